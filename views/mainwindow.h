#pragma once

#include "models/domain/pollstate.h"
#include "models/domain/statuspage.h"
#include "views/consolecontext.h"

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
class PlaybookReviewReminder;
class RunbookDock;
class OutboxDock;
class ReceiverDock;
class SilencesDock;
class AsyncIncidentStore;
class Clock;
class IncidentCommands;
class IncidentDock;
class IncidentListModel;
class PresenceTracker;
class SelectedIncident;
class TimelineDock;
class TimelineModel;
class TriageDock;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;

// The console window: the triage, incident and timeline docks, the actions that
// work an incident from the keyboard, and the saved layout.
class OfflineReviewActions;

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
    // Why the database is out of reach (a server's connection broke), or empty once it is back.
    void setDatabaseProblem(const QString& problem);
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
    void showDatabase();
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QString& objectName);
    // Builds the docks of the catalogue (dockcatalogue.h) and places them as it says.
    void buildDocks();
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
    AlertListModel* m_alertModel;
    DesktopNotifier* m_notifier;
    QList<QDockWidget*> m_docks; // in the catalogue's order
    int m_layoutVersion = 0;
    TriageDock* m_triage = nullptr;
    IncidentDock* m_incident = nullptr;
    PresenceTracker* m_presence = nullptr;
    TimelineDock* m_timeline = nullptr;
    AlertStreamDock* m_alerts = nullptr;
    SilencesDock* m_silences = nullptr;
    ReceiverDock* m_receiver = nullptr;
    OutboxDock* m_outbox = nullptr;
    OnCallDock* m_onCall = nullptr;
    ChecklistDock* m_checklist = nullptr;
    RunbookDock* m_runbook = nullptr;
    CommunicationDock* m_communication = nullptr;
    StatusPageDock* m_statusPage = nullptr;
    ReviewDock* m_review = nullptr;
    ReviewTrackerDock* m_reviewTracker = nullptr;
    StatisticsDock* m_statistics = nullptr;
    HealthDock* m_health = nullptr;
    QLabel* m_communicationLabel = nullptr;
    qint64 m_similarFor = 0; // the incident whose similar past incidents are shown
    QLabel* m_databaseLabel = nullptr;
    PlaybookReviewReminder* m_playbookReviews = nullptr; // none without a configuration folder
    QString m_databaseProblem;
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
    OfflineReviewActions* m_offline = nullptr; // none without ConsoleContext::openStore
    QMenu* m_moveToMenu = nullptr;
    QList<QAction*> m_moveToActions;
};
