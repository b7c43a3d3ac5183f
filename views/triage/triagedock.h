#pragma once

#include "models/domain/incidentquery.h"

#include <QDockWidget>
#include <QTimer>

class AsyncIncidentStore;
class IncidentListModel;
class QComboBox;
class ServiceChoice;
class QLineEdit;
class QTableView;
class SeverityToggles;

// The incident queue: what needs attention, most severe first, with a filter
// bar. Filtering and sorting run in the store; the table pages in more rows as
// it scrolls.
class TriageDock final : public QDockWidget {
    Q_OBJECT
public:
    TriageDock(IncidentListModel* model, AsyncIncidentStore* store, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    qint64 currentIncidentId() const;
    void selectIncident(qint64 incidentId);
    // Moves the selection by `step` rows (next: 1, previous: -1).
    void stepSelection(int step);
    void focusSearch();

Q_SIGNALS:
    void currentIncidentChanged(qint64 incidentId);

private:
    enum class Scope { Active, Unacknowledged, Finished, All };
    QWidget* buildFilterBar();
    IncidentFilter filterFromControls() const;
    void applyFilter();
    void refreshServices();
    void emitCurrent();

    IncidentListModel* m_model;
    AsyncIncidentStore* m_store;
    QTableView* m_view = nullptr;
    QComboBox* m_scope = nullptr;
    SeverityToggles* m_severities = nullptr;
    ServiceChoice* m_service = nullptr;
    QComboBox* m_environment = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
    qint64 m_pendingSelection = 0;
    qint64 m_lastEmitted = -1;
};
