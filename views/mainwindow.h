#pragma once

#include "models/domain/alertsources.h"
#include "models/domain/pollstate.h"
#include "models/rules/alertrules.h"

#include "views/communication/communicationdock.h"
#include "models/domain/statuspage.h"
#include "models/rules/escalationpolicy.h"
#include "models/rules/playbook.h"
#include "models/rules/reviewtemplate.h"
#include "models/rules/statisticsconfig.h"

#include <QMainWindow>

class AlertListModel;
class AlertStreamDock;
class CredentialVault;
class ChecklistDock;
class StatusPageDock;
class ReviewDock;
class ReviewTrackerDock;
class StatisticsDock;
class HealthDock;
class DesktopNotifier;
class OnCallDock;
class RunbookDock;
class OutboxDock;
class ReceiverDock;
class SilencesDock;
class AsyncIncidentStore;
class Clock;
class IncidentCommands;
class IncidentDock;
class IncidentListModel;
class SelectedIncident;
class TimelineDock;
class TimelineModel;
class TriageDock;
class QAction;
class QLabel;
class QMenu;
class QSettings;

// What the main window works with; made by the application and outliving the window.
struct ConsoleContext {
    AsyncIncidentStore* store = nullptr;
    IncidentCommands* commands = nullptr;
    const Clock* clock = nullptr;
    QSettings* settings = nullptr; // window layout only; never credentials
    QString databasePath;
    AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults()); // for the rules tester
    QList<AlertSource> alertSources = {}; // the receiver's webhooks, for the receiver dock and the rules tester
    CredentialVault* vault = nullptr; // the keychain, for Settings → Credentials; none: the action is off
    EscalationConfig escalation = EscalationConfig::builtIn(); // schedules and policies, for On call and Escalate
    PlaybookCatalog playbooks = PlaybookCatalog::builtIn(); // for the checklist and runbook docks
    QString escalationFile = {}; // where edited escalation policies are kept; empty: not kept
    ReviewTemplate reviewTemplate = ReviewTemplate::builtIn(); // the post-incident review's sections
    CommunicationDock::Settings communication = {}; // the matrix, message templates and where edits of them are kept
    StatisticsConfig statistics = StatisticsConfig::builtIn(); // response goals, health tiles
    QString statisticsFile = {}; // where the Prometheus address is kept when changed; empty: not kept
};

// The console window: the triage, incident and timeline docks, the actions that
// work an incident from the keyboard, and the saved layout.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const ConsoleContext& context, QWidget* parent = nullptr);

    TriageDock* triageDock() const { return m_triage; }
    IncidentDock* incidentDock() const { return m_incident; }
    TimelineDock* timelineDock() const { return m_timeline; }
    SelectedIncident* selectedIncident() const { return m_selected; }
    // Opens the declare dialog; the new incident becomes the selected one.
    void declareIncident();
    void askForName();
    // Shown at the right of the status bar; `detail` as its tooltip.
    void setReceiverStatus(const QString& text, bool healthy, const QString& detail = QString());
    // The receiver refused a delivery: the receiver dock shows it.
    void deliveryRefused();
    // How polling each source is going (none when nothing is polled).
    void setPollStates(const QList<PollState>& states);
    AlertStreamDock* alertStreamDock() const { return m_alerts; }
    SilencesDock* silencesDock() const { return m_silences; }
    ReceiverDock* receiverDock() const { return m_receiver; }
    OutboxDock* outboxDock() const { return m_outbox; }
    OnCallDock* onCallDock() const { return m_onCall; }
    ChecklistDock* checklistDock() const { return m_checklist; }
    RunbookDock* runbookDock() const { return m_runbook; }
    DesktopNotifier* desktopNotifier() const { return m_notifier; }
    CommunicationDock* communicationDock() const { return m_communication; }
    StatusPageDock* statusPageDock() const { return m_statusPage; }
    ReviewDock* reviewDock() const { return m_review; }
    ReviewTrackerDock* reviewTrackerDock() const { return m_reviewTracker; }
    StatisticsDock* statisticsDock() const { return m_statistics; }
    HealthDock* healthDock() const { return m_health; }
    // Opens the monthly report dialog (from the statistics dock or the File menu).
    void exportMonthlyReport();
    // Whether status page updates can go to Statuspage (empty problem: they can) and the page's components.
    void setStatusPagePublishing(const QString& problem, const QList<AffectedComponent>& components);
    // Escalation policies, schedules and assignment in force from now (edited here, or the file changed).
    void setEscalation(const EscalationConfig& config);
    void editEscalation();

Q_SIGNALS:
    // The user chose another name to sign timeline entries with.
    void authorChanged(const QString& name);
    void escalationChanged(const EscalationConfig& config);
    // Credentials were set, replaced or deleted in the keychain: the integrations should read them again.
    void credentialsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QString& objectName);
    void createActions();
    void createMenusAndToolbar();
    void updateActions();
    void moveTo(int status);
    void stepSeverity(bool raise);
    void restoreLayout();
    void saveLayout();
    void resetLayout();
    void retranslate();
    void showCommunicationState();
    // Selects the incident and shows its review (from the tracker or a similar past incident).
    void openReview(qint64 incidentId);

    ConsoleContext m_context;
    IncidentListModel* m_listModel;
    TimelineModel* m_timelineModel;
    SelectedIncident* m_selected;
    TriageDock* m_triage;
    IncidentDock* m_incident;
    TimelineDock* m_timeline;
    AlertListModel* m_alertModel;
    AlertStreamDock* m_alerts;
    SilencesDock* m_silences;
    ReceiverDock* m_receiver;
    OutboxDock* m_outbox;
    OnCallDock* m_onCall;
    ChecklistDock* m_checklist;
    RunbookDock* m_runbook;
    CommunicationDock* m_communication;
    StatusPageDock* m_statusPage;
    ReviewDock* m_review;
    ReviewTrackerDock* m_reviewTracker;
    StatisticsDock* m_statistics;
    HealthDock* m_health;
    DesktopNotifier* m_notifier;
    QLabel* m_communicationLabel = nullptr;
    qint64 m_similarFor = 0; // the incident whose similar past incidents are shown
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_receiverLabel = nullptr;
    QByteArray m_defaultState;

    QAction* m_declare = nullptr;
    QAction* m_acknowledge = nullptr;
    QAction* m_resolve = nullptr;
    QAction* m_raiseSeverity = nullptr;
    QAction* m_lowerSeverity = nullptr;
    QAction* m_addNote = nullptr;
    QAction* m_escalate = nullptr;
    QAction* m_sendUpdate = nullptr;
    QAction* m_statusPageAction = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_find = nullptr;
    QAction* m_resetLayout = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_yourName = nullptr;
    QMenu* m_moveToMenu = nullptr;
    QList<QAction*> m_moveToActions;
};
