#pragma once

#include "models/rules/playbook.h"

#include <QDockWidget>

class AsyncIncidentStore;
class ChecklistModel;
class IncidentCommands;
class QLabel;
class QListView;
class QPushButton;
struct StoreChange;

// The selected incident's playbook checklist, phase by phase, with the
// critical response path marked: check steps off (each on the timeline), add
// another playbook, open the runbooks that go with them.
class ChecklistDock final : public QDockWidget {
    Q_OBJECT
public:
    ChecklistDock(AsyncIncidentStore* store, IncidentCommands* commands, PlaybookCatalog catalog,
        QWidget* parent = nullptr);

    ChecklistModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    void setIncident(qint64 incidentId);

Q_SIGNALS:
    void runbookRequested(const QString& runbookId);

private:
    void reload();
    void updateSummary();
    void fillMenus();

    AsyncIncidentStore* m_store;
    IncidentCommands* m_commands;
    PlaybookCatalog m_catalog;
    ChecklistModel* m_model;
    QLabel* m_summary;
    QListView* m_view;
    QPushButton* m_add;
    QPushButton* m_runbooks;
    qint64 m_incidentId = 0;
};
