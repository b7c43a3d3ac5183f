#pragma once

#include "models/domain/clock.h"
#include "models/rules/communicationplan.h"
#include "models/rules/messagetemplate.h"

#include <QDockWidget>
#include <QTimer>

class AsyncIncidentStore;
class CommunicationModel;
class IncidentCommands;
class QLabel;
class QPushButton;
class QTableView;
struct StoreChange;

// The communication matrix for the selected incident: each stakeholder group
// it must reach by its severity, their channel, when they last heard and when
// the next update is due, with overdue and due-soon rows and a banner that are
// hard to miss; regulators' deadlines for regulated data below them. Sending an
// update (Enter) records it on the timeline and restarts that group's clock.
class CommunicationDock final : public QDockWidget {
    Q_OBJECT
public:
    struct Settings {
        CommunicationPlan plan = CommunicationPlan::builtIn();
        QString planFile; // where matrix edits are kept; empty: not kept
        TemplateCatalog templates = TemplateCatalog::builtIn();
        QString configDirectory; // where edited templates are kept; empty: not kept
    };

    CommunicationDock(AsyncIncidentStore* store, IncidentCommands* commands, const Clock* clock,
        Settings settings, QWidget* parent = nullptr);

    CommunicationModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    const TemplateCatalog& templates() const { return m_settings.templates; }
    void setIncident(const Incident& incident);
    // Opens the dialog to write and send an update to the audience in `row` of the model.
    void sendUpdate(int row);
    void editMatrix();
    void editTemplates();

Q_SIGNALS:
    // The external customers hear through the status page: write it there.
    void statusPageRequested();
    // The matrix or cadence was edited.
    void planChanged(const CommunicationPlan& plan);

private:
    void reloadLog();
    void updateBanner();

    AsyncIncidentStore* m_store;
    IncidentCommands* m_commands;
    const Clock* m_clock;
    Settings m_settings;
    CommunicationModel* m_model;
    QLabel* m_banner;
    QLabel* m_heading;
    QTableView* m_view;
    QPushButton* m_send;
    QTimer m_tick;
    qint64 m_incidentId = 0;
};
