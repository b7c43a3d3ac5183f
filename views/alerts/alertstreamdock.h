#pragma once

#include "models/domain/alertquery.h"

#include <QDockWidget>
#include <QTimer>

class AlertListModel;
class AsyncIncidentStore;
class Clock;
class IncidentCommands;
class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class SeverityToggles;

// The live alert stream from every source: what is firing, how often, since
// when, and which incident it belongs to. Filtering, sorting and search run in
// the store; the table pages in more rows as it scrolls, so a stream of a
// million alerts stays quick. Activating an alert of an incident opens it.
// From the current alert: acknowledge it (A), declare an incident from it (D),
// attach it to an incident (T), silence it and its kind (S); and the filtered
// stream exports to CSV.
class AlertStreamDock final : public QDockWidget {
    Q_OBJECT
public:
    AlertStreamDock(AlertListModel* model, IncidentCommands* commands, AsyncIncidentStore* store,
        const Clock* clock, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    void focusSearch();

    void acknowledgeCurrent();
    void declareFromCurrent();
    void attachCurrent();
    void silenceCurrent();
    void exportCsv();
    // Writes the filtered stream to `path` off the GUI thread; says how it went through statusMessage().
    void exportCsvTo(const QString& path);

Q_SIGNALS:
    void incidentRequested(qint64 incidentId);
    // The selected alert's runbook link (an id of a local runbook, or a URL).
    void runbookRequested(const QString& link);
    void statusMessage(const QString& message);

private:
    void openRunbookOfCurrent();
    QAction* addAlertAction(const QString& text, const QKeySequence& shortcut, const QString& objectName,
        void (AlertStreamDock::*slot)());
    void updateActions();
    qint64 currentAlertId() const;
    enum class Scope { Open, Firing, Resolved, All };
    QWidget* buildFilterBar();
    AlertFilter filterFromControls() const;
    void applyFilter();

    AlertListModel* m_model;
    IncidentCommands* m_commands;
    AsyncIncidentStore* m_store;
    const Clock* m_clock;
    QList<QAction*> m_alertActions; // need a current alert
    QAction* m_runbook = nullptr;
    QAction* m_acknowledge = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_scope = nullptr;
    SeverityToggles* m_severities = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
};
