#pragma once

#include "domain/alertquery.h"

#include <QDockWidget>
#include <QTimer>

class AlertListModel;
class QComboBox;
class QLineEdit;
class QTableView;
class SeverityToggles;

// The live alert stream from every source: what is firing, how often, since
// when, and which incident it belongs to. Filtering, sorting and search run in
// the store; the table pages in more rows as it scrolls, so a stream of a
// million alerts stays quick. Activating an alert of an incident opens it.
class AlertStreamDock final : public QDockWidget {
    Q_OBJECT
public:
    explicit AlertStreamDock(AlertListModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    void focusSearch();

Q_SIGNALS:
    void incidentRequested(qint64 incidentId);

private:
    enum class Scope { Open, Firing, Resolved, All };
    QWidget* buildFilterBar();
    AlertFilter filterFromControls() const;
    void applyFilter();

    AlertListModel* m_model;
    QTableView* m_view = nullptr;
    QComboBox* m_scope = nullptr;
    SeverityToggles* m_severities = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
};
