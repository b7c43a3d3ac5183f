#include "views/mainwindow.h"

#include "models/itemmodels/alertlistmodel.h"
#include "models/itemmodels/attentioncolours.h"
#include "models/itemmodels/communicationmodel.h"
#include "models/itemmodels/incidentlistmodel.h"
#include "models/itemmodels/plaintooltip.h"
#include "models/itemmodels/selectedincident.h"
#include "models/itemmodels/timelinemodel.h"
#include "models/rules/reviewdocument.h"
#include "models/store/databaselocation.h"
#include "models/store/incidentcommands.h"
#include "models/store/presencetracker.h"
#include "views/alerts/alertstreamdock.h"
#include "views/alerts/silencesdock.h"
#include "views/checklist/checklistdock.h"
#include "views/common/desktopnotifier.h"
#include "views/common/externallink.h"
#include "views/common/plainmessage.h"
#include "views/dialogs/credentialsdialog.h"
#include "views/dialogs/declareincidentdialog.h"
#include "views/dialogs/escalationdialog.h"
#include "views/dialogs/rulestesterdialog.h"
#include "views/dialogs/severitytabledialog.h"
#include "views/dockcatalogue.h"
#include "views/health/healthdock.h"
#include "views/incident/incidentdock.h"
#include "views/oncall/oncalldock.h"
#include "views/outbox/outboxdock.h"
#include "views/receiver/receiverdock.h"
#include "views/review/offlinereviewactions.h"
#include "views/review/reviewdock.h"
#include "views/review/reviewtrackerdock.h"
#include "views/runbook/playbookreviewreminder.h"
#include "views/runbook/runbookdock.h"
#include "views/statistics/reportdialog.h"
#include "views/statistics/statisticsdock.h"
#include "views/statuspage/statuspagedock.h"
#include "views/timeline/timelinedock.h"
#include "views/triage/triagedock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
}

MainWindow::MainWindow(const ConsoleContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_listModel(new IncidentListModel(context.store, context.clock, this))
    , m_timelineModel(new TimelineModel(context.store, this))
    , m_selected(new SelectedIncident(context.store, this))
    , m_alertModel(new AlertListModel(context.store, context.clock, this))
    , m_notifier(new DesktopNotifier(context.store, context.clock, context.settings, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/incident-console.svg")));
    setDockNestingEnabled(true);
    // Every panel is a dock; the central widget is an empty placeholder that takes no room.
    auto* placeholder = new QWidget(this);
    placeholder->setMaximumSize(0, 0);
    setCentralWidget(placeholder);
    placeholder->hide();

    buildDocks();
    resizeDocks({ m_triage, m_alerts, m_incident }, { 30, 30, 40 }, Qt::Vertical);
    resizeDocks({ m_incident, m_checklist, m_timeline }, { 30, 38, 32 }, Qt::Horizontal);

    createActions();
    createMenusAndToolbar();

    m_receiverLabel = new QLabel(this);
    m_receiverLabel->setObjectName(QStringLiteral("ReceiverStatus"));
    m_receiverLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_receiverLabel);
    m_communicationLabel = new QLabel(this);
    m_communicationLabel->setObjectName(QStringLiteral("CommunicationStatus"));
    m_communicationLabel->hide();
    statusBar()->addPermanentWidget(m_communicationLabel);
    if (!m_context.playbooksDirectory.isEmpty()) {
        m_playbookReviews = new PlaybookReviewReminder(
            m_context.playbooksDirectory, m_context.commands->author(), m_context.clock, this);
        statusBar()->addPermanentWidget(m_playbookReviews);
    }
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("DatabaseStatus"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_triage, &TriageDock::currentIncidentChanged, this, [this](qint64 id) {
        const int row = m_listModel->rowForId(id);
        m_selected->select(id, m_listModel->incidentAt(row));
        m_timelineModel->setIncident(id);
        m_checklist->setIncident(id);
    });
    connect(m_checklist, &ChecklistDock::runbookRequested, m_runbook, &RunbookDock::showRunbook);
    connect(m_onCall, &OnCallDock::editRequested, this, &MainWindow::editEscalation);
    connect(m_selected, &SelectedIncident::changed, m_communication, &CommunicationDock::setIncident);
    connect(m_selected, &SelectedIncident::changed, m_statusPage, &StatusPageDock::setIncident);
    connect(m_selected, &SelectedIncident::changed, m_review, &ReviewDock::setIncident);
    connect(m_review, &ReviewDock::saved, m_reviewTracker, &ReviewTrackerDock::reload);
    // Who else has the selected incident open, in the incident dock; "writing the review" while the review
    // dock has the keyboard here.
    m_presence = new PresenceTracker(context.store, context.commands->author(), this);
    connect(m_selected, &SelectedIncident::changed, m_presence,
        [this](const Incident& incident) { m_presence->setIncident(incident.id); });
    connect(m_presence, &PresenceTracker::othersChanged, m_incident, &IncidentDock::setOthersPresent);
    connect(qApp, &QApplication::focusChanged, m_presence, [this](QWidget*, QWidget* now) {
        m_presence->setActivity(now && m_review->isAncestorOf(now) ? Presence::Activity::WritingReview
                                                                   : Presence::Activity::Viewing);
    });
    // The lessons of past incidents like the one selected, in the incident dock.
    connect(m_selected, &SelectedIncident::changed, this, [this](const Incident& incident) {
        if (!incident.isValid())
            m_similarFor = 0;
        if (!incident.isValid() || incident.id == m_similarFor)
            return;
        m_similarFor = incident.id;
        m_context.store->run<StoreResult<QList<PostIncidentReview>>>(
            this, [incident](IncidentStore& store) { return store.reviews().similarReviews(incident, 3); },
            [this, id = incident.id](const StoreResult<QList<PostIncidentReview>>& similar) {
                m_incident->setSimilar(id, similar ? *similar : QList<PostIncidentReview>());
            });
    });
    connect(m_incident, &IncidentDock::similarIncidentRequested, this, &MainWindow::openReview);
    connect(m_reviewTracker, &ReviewTrackerDock::incidentRequested, this, &MainWindow::openReview);
    connect(m_statistics, &StatisticsDock::incidentRequested, m_triage, &TriageDock::selectIncident);
    connect(m_statistics, &StatisticsDock::reportRequested, this, &MainWindow::exportMonthlyReport);
    // Charts need height: when the statistics tab comes forward in a short area, the area grows.
    connect(m_statistics, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_statistics->isFloating() && m_statistics->height() < 480 && height() > 900)
            QTimer::singleShot(0, this, [this] { resizeDocks({ m_statistics }, { 560 }, Qt::Vertical); });
    });
    connect(m_review, &ReviewDock::exportRequested, this, [this](const PostIncidentReview& review) {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the review"),
            QStringLiteral("%1-review.pdf").arg(review.incidentKey),
            tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"));
        if (file.isEmpty())
            return;
        QString error;
        if (!ReviewDocument(review, m_selected->incident(), m_context.reviewTemplate)
                 .write(file, QString(), &error))
            PlainMessage::warning(
                this, tr("Review not exported"), tr("%1\n\nThe review is unchanged.").arg(error));
        else
            statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)), 10000);
    });
    m_statusPage->setPlan(m_context.communication.plan);
    connect(m_communication, &CommunicationDock::planChanged, m_statusPage, &StatusPageDock::setPlan);
    connect(m_communication, &CommunicationDock::statusPageRequested, this, [this] {
        m_statusPage->show();
        m_statusPage->raise();
        // Writing needs the message and its buttons in view: grow the dock if the layout left it short.
        if (!m_statusPage->isFloating() && m_statusPage->height() < 320)
            resizeDocks({ m_statusPage }, { 320 }, Qt::Vertical);
        m_statusPage->titleEdit()->setFocus();
    });
    // Overdue updates are shown wherever the commander looks: the dock's tab and the status bar.
    CommunicationModel* communication = m_communication->model();
    connect(communication, &QAbstractItemModel::dataChanged, this, &MainWindow::showCommunicationState);
    connect(communication, &QAbstractItemModel::rowsInserted, this, &MainWindow::showCommunicationState);
    connect(communication, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showCommunicationState);
    connect(m_notifier, &DesktopNotifier::incidentRequested, m_triage, &TriageDock::selectIncident);
    connect(m_notifier, &DesktopNotifier::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_alerts, &AlertStreamDock::runbookRequested, this, [this](const QString& link) {
        // A runbook of ours opens here; a web link, once the user has seen it, in the browser.
        if (m_runbook->showRunbook(link))
            return;
        const ExternalLink::Outcome outcome = ExternalLink::open(this, link);
        if (outcome == ExternalLink::Outcome::Refused)
            statusBar()->showMessage(
                tr("The runbook link %1 is not a web link, so it is not opened.").arg(link), 15000);
        else if (outcome == ExternalLink::Outcome::Failed)
            statusBar()->showMessage(tr("Cannot open the runbook %1.").arg(link), 15000);
    });
    connect(m_alerts, &AlertStreamDock::incidentRequested, m_triage, &TriageDock::selectIncident);
    const auto showMessage = [this](const QString& message) { statusBar()->showMessage(message, 15000); };
    connect(m_alerts, &AlertStreamDock::statusMessage, this, showMessage);
    connect(m_silences, &SilencesDock::statusMessage, this, showMessage);
    connect(m_outbox, &OutboxDock::statusMessage, this, showMessage);
    connect(m_selected, &SelectedIncident::changed, this, &MainWindow::updateActions);
    connect(context.commands, &IncidentCommands::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
        QApplication::beep();
    });
    connect(m_listModel, &IncidentListModel::loadFailed, this,
        [this](const QString& message) { statusBar()->showMessage(message, 15000); });

    retranslate();
    m_defaultState = saveState(m_layoutVersion);
    restoreLayout();
    updateActions();
    m_listModel->reload();
    m_triage->view()->setFocus(); // keyboard first: arrows move through the queue at once
}

QAction* MainWindow::makeAction(const QString& text, const QKeySequence& shortcut, const QString& objectName)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void MainWindow::buildDocks()
{
    const QList<DockEntry> entries = mainWindowDocks();
    m_layoutVersion = dockLayoutVersion(entries);
    const DockParts parts { m_context, m_listModel, m_timelineModel, m_selected, m_alertModel };
    QHash<QString, QDockWidget*> byName;
    QList<QDockWidget*> inFront;
    for (const DockEntry& entry : entries) {
        QDockWidget* dock = entry.make(parts, this);
        dock->setObjectName(entry.name);
        QDockWidget* beside = byName.value(entry.placement.of);
        switch (entry.placement.how) {
        case DockPlacement::How::Area:
            addDockWidget(entry.placement.area, dock);
            break;
        case DockPlacement::How::Below:
            splitDockWidget(beside, dock, Qt::Vertical);
            break;
        case DockPlacement::How::RightOf:
            splitDockWidget(beside, dock, Qt::Horizontal);
            break;
        case DockPlacement::How::TabBehind:
            tabifyDockWidget(beside, dock);
            break;
        }
        if (entry.placement.inFront)
            inFront.append(dock);
        byName.insert(entry.name, dock);
        m_docks.append(dock);
    }
    for (QDockWidget* dock : std::as_const(inFront))
        dock->raise();
    // The docks the window wires to one another.
    const auto named = [&byName](auto* typed, const char* name) {
        using Dock = std::remove_pointer_t<decltype(typed)>;
        return qobject_cast<Dock*>(byName.value(QLatin1String(name)));
    };
    m_triage = named(m_triage, "TriageDock");
    m_alerts = named(m_alerts, "AlertStreamDock");
    m_incident = named(m_incident, "IncidentDock");
    m_checklist = named(m_checklist, "ChecklistDock");
    m_timeline = named(m_timeline, "TimelineDock");
    m_silences = named(m_silences, "SilencesDock");
    m_receiver = named(m_receiver, "ReceiverDock");
    m_outbox = named(m_outbox, "OutboxDock");
    m_onCall = named(m_onCall, "OnCallDock");
    m_runbook = named(m_runbook, "RunbookDock");
    m_reviewTracker = named(m_reviewTracker, "ReviewTrackerDock");
    m_statusPage = named(m_statusPage, "StatusPageDock");
    m_statistics = named(m_statistics, "statisticsDock");
    m_health = named(m_health, "healthDock");
    m_communication = named(m_communication, "CommunicationDock");
    m_review = named(m_review, "ReviewDock");
}

void MainWindow::createActions()
{
    m_declare = makeAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("actionDeclare"));
    connect(m_declare, &QAction::triggered, this, &MainWindow::declareIncident);
    // Not Ctrl+K: text fields take that for "delete to end of line".
    m_acknowledge = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStringLiteral("actionAcknowledge"));
    connect(m_acknowledge, &QAction::triggered, this,
        [this] { moveTo(static_cast<int>(IncidentStatus::Acknowledged)); });
    m_resolve = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QStringLiteral("actionResolve"));
    connect(
        m_resolve, &QAction::triggered, this, [this] { moveTo(static_cast<int>(IncidentStatus::Resolved)); });
    m_raiseSeverity = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), QStringLiteral("actionRaiseSeverity"));
    connect(m_raiseSeverity, &QAction::triggered, this, [this] { stepSeverity(true); });
    m_lowerSeverity = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), QStringLiteral("actionLowerSeverity"));
    connect(m_lowerSeverity, &QAction::triggered, this, [this] { stepSeverity(false); });
    m_addNote = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("actionAddNote"));
    connect(m_addNote, &QAction::triggered, m_incident, &IncidentDock::focusNote);
    m_escalate = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QStringLiteral("actionEscalate"));
    connect(m_escalate, &QAction::triggered, this, [this] {
        if (!m_selected->isValid())
            return;
        m_context.commands->escalate(
            m_selected->incident().id, m_context.escalation, [this](const TimelineEntry& entry) {
                statusBar()->showMessage(
                    tr("Escalated to level %1: paging %2.").arg(entry.newValue, entry.body), 15000);
            });
    });
    m_sendUpdate
        = makeAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_U), QStringLiteral("actionSendUpdate"));
    connect(m_sendUpdate, &QAction::triggered, this, [this] {
        m_communication->show();
        m_communication->raise();
        QTableView* view = m_communication->view();
        // The most pressing audience first: the model lists the ones due before the rest.
        const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
        view->setFocus();
        view->selectRow(row);
        m_communication->sendUpdate(row);
    });
    m_statusPageAction = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("actionStatusPage"));
    connect(
        m_statusPageAction, &QAction::triggered, m_communication, &CommunicationDock::statusPageRequested);
    m_next
        = makeAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Down), QStringLiteral("actionNextIncident"));
    connect(m_next, &QAction::triggered, this, [this] { m_triage->stepSelection(1); });
    m_previous = makeAction(
        QString(), QKeySequence(Qt::CTRL | Qt::Key_Up), QStringLiteral("actionPreviousIncident"));
    connect(m_previous, &QAction::triggered, this, [this] { m_triage->stepSelection(-1); });
    m_find = makeAction(QString(), QKeySequence::Find, QStringLiteral("actionFind"));
    connect(m_find, &QAction::triggered, m_triage, &TriageDock::focusSearch);
    m_resetLayout = makeAction(QString(), QKeySequence(), QStringLiteral("actionResetLayout"));
    connect(m_resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    m_yourName = makeAction(QString(), QKeySequence(), QStringLiteral("actionYourName"));
    connect(m_yourName, &QAction::triggered, this, &MainWindow::askForName);
    m_quit = makeAction(QString(), QKeySequence::Quit, QStringLiteral("actionQuit"));
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenusAndToolbar()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_declare);
    file->addSeparator();
    file->addAction(m_yourName);
    QAction* credentials = file->addAction(QString());
    credentials->setObjectName(QStringLiteral("actionCredentials"));
    credentials->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Comma)); // Preferences has no key on every platform
    credentials->setEnabled(m_context.vault != nullptr);
    connect(credentials, &QAction::triggered, this, [this] {
        CredentialsDialog dialog(m_context.vault, this);
        bool changed = false;
        connect(&dialog, &CredentialsDialog::finishedChange, this, [&changed] { changed = true; });
        dialog.exec();
        if (changed)
            Q_EMIT credentialsChanged();
    });
    file->addSeparator();
    QAction* report = file->addAction(QString());
    report->setObjectName(QStringLiteral("actionMonthlyReport"));
    connect(report, &QAction::triggered, this, &MainWindow::exportMonthlyReport);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* incident = menuBar()->addMenu(QString());
    incident->setObjectName(QStringLiteral("menuIncident"));
    incident->addAction(m_acknowledge);
    incident->addAction(m_resolve);
    m_moveToMenu = incident->addMenu(QString());
    for (IncidentStatus status : Lifecycle::all()) {
        QAction* action = m_moveToMenu->addAction(Lifecycle::label(status));
        action->setData(static_cast<int>(status));
        connect(action, &QAction::triggered, this, [this, status] { moveTo(static_cast<int>(status)); });
        m_moveToActions.append(action);
    }
    incident->addSeparator();
    incident->addAction(m_raiseSeverity);
    incident->addAction(m_lowerSeverity);
    incident->addAction(m_addNote);
    incident->addAction(m_escalate);
    incident->addSeparator();
    incident->addAction(m_sendUpdate);
    incident->addAction(m_statusPageAction);
    QAction* matrix = incident->addAction(QString());
    matrix->setObjectName(QStringLiteral("actionEditMatrix"));
    connect(matrix, &QAction::triggered, m_communication, &CommunicationDock::editMatrix);
    QAction* templates = incident->addAction(QString());
    templates->setObjectName(QStringLiteral("actionEditTemplates"));
    connect(templates, &QAction::triggered, m_communication, &CommunicationDock::editTemplates);
    if (m_context.openStore) {
        m_offline = new OfflineReviewActions(m_selected, m_context.databasePath, m_context.openStore, this);
        incident->addSeparator();
        incident->addAction(m_offline->takeAction());
        incident->addAction(m_offline->pushAction());
    }
    incident->addSeparator();
    incident->addAction(m_next);
    incident->addAction(m_previous);

    QMenu* view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_find);
    view->addSeparator();
    for (QDockWidget* dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction* escalation = view->addAction(QString());
    escalation->setObjectName(QStringLiteral("actionEditEscalation"));
    connect(escalation, &QAction::triggered, this, &MainWindow::editEscalation);
    QAction* tester = view->addAction(QString());
    tester->setObjectName(QStringLiteral("actionRulesTester"));
    connect(tester, &QAction::triggered, this, [this] {
        auto* dialog = new RulesTesterDialog(
            m_context.store, m_context.rules->current(), m_context.alertSources, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // not modal: alerts keep arriving while rules are tried
        dialog->activateWindow();
    });
    QAction* severityTable = view->addAction(QString());
    severityTable->setObjectName(QStringLiteral("actionSeverityTable"));
    severityTable->setEnabled(!m_context.severityPolicyFile.isEmpty());
    connect(severityTable, &QAction::triggered, this, [this] {
        // As saved last: an earlier edit in this session is in the file, not yet in force.
        QString warning;
        auto* dialog = new SeverityTableDialog(
            SeverityPolicy::load(m_context.severityPolicyFile, &warning), m_context.severityPolicyFile, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            statusBar()->showMessage(
                tr("Severity table saved to %1: it applies from the console's next start.")
                    .arg(QDir::toNativeSeparators(m_context.severityPolicyFile)),
                15000);
        });
        dialog->open();
    });
    QAction* playbookReview = view->addAction(QString());
    playbookReview->setObjectName(QStringLiteral("actionReviewPlaybooks"));
    connect(playbookReview, &QAction::triggered, this, [this] {
        if (m_playbookReviews)
            m_playbookReviews->openReview();
    });
    view->addSeparator();
    view->addAction(m_resetLayout);

    QMenu* help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* about = help->addAction(QString());
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Incident Console"),
            tr("<h3>Incident Console %1</h3><p>A desktop console for incident response.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_declare);
    toolbar->addSeparator();
    toolbar->addAction(m_acknowledge);
    toolbar->addAction(m_resolve);
    toolbar->addSeparator();
    toolbar->addAction(m_raiseSeverity);
    toolbar->addAction(m_lowerSeverity);
    toolbar->addAction(m_addNote);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Incident Console"));
    m_declare->setText(tr("&Declare incident…"));
    m_acknowledge->setText(tr("&Acknowledge"));
    m_resolve->setText(tr("&Resolve"));
    m_raiseSeverity->setText(tr("Raise se&verity"));
    m_lowerSeverity->setText(tr("&Lower severity"));
    m_addNote->setText(tr("Add &note"));
    m_escalate->setText(tr("&Escalate to the next level"));
    m_sendUpdate->setText(tr("Send &update to stakeholders…"));
    m_statusPageAction->setText(tr("Write the status &page"));
    m_next->setText(tr("&Next incident"));
    m_previous->setText(tr("&Previous incident"));
    m_find->setText(tr("&Find incident"));
    m_resetLayout->setText(tr("&Reset layout"));
    m_quit->setText(tr("&Quit"));
    m_yourName->setText(tr("Your &name…"));
    m_moveToMenu->setTitle(tr("&Move to"));
    if (m_offline)
        m_offline->retranslate();
    for (QAction* action : std::as_const(m_moveToActions))
        action->setText(Lifecycle::label(static_cast<IncidentStatus>(action->data().toInt())));
    const QList<QMenu*> menus = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu* menu : menus) {
        if (menu->objectName() == QLatin1String("menuFile"))
            menu->setTitle(tr("&File"));
        else if (menu->objectName() == QLatin1String("menuIncident"))
            menu->setTitle(tr("&Incident"));
        else if (menu->objectName() == QLatin1String("menuView"))
            menu->setTitle(tr("&View"));
        else if (menu->objectName() == QLatin1String("menuHelp"))
            menu->setTitle(tr("&Help"));
    }
    if (auto* credentials = findChild<QAction*>(QStringLiteral("actionCredentials")))
        credentials->setText(tr("&Credentials…"));
    if (auto* report = findChild<QAction*>(QStringLiteral("actionMonthlyReport")))
        report->setText(tr("Monthly incident &report…"));
    if (auto* matrix = findChild<QAction*>(QStringLiteral("actionEditMatrix")))
        matrix->setText(tr("Edit the communication &matrix…"));
    if (auto* templates = findChild<QAction*>(QStringLiteral("actionEditTemplates")))
        templates->setText(tr("Message &templates…"));
    if (auto* escalation = findChild<QAction*>(QStringLiteral("actionEditEscalation")))
        escalation->setText(tr("&Escalation and on-call…"));
    if (auto* tester = findChild<QAction*>(QStringLiteral("actionRulesTester")))
        tester->setText(tr("&Test alert rules…"));
    if (auto* severityTable = findChild<QAction*>(QStringLiteral("actionSeverityTable")))
        severityTable->setText(tr("Se&verity table…"));
    if (auto* playbookReview = findChild<QAction*>(QStringLiteral("actionReviewPlaybooks")))
        playbookReview->setText(tr("Review &playbooks…"));
    if (auto* about = findChild<QAction*>(QStringLiteral("actionAbout")))
        about->setText(tr("&About Incident Console"));
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("MainToolbar")))
        toolbar->setWindowTitle(tr("Incident actions"));
    showDatabase();
}

void MainWindow::showDatabase()
{
    QString ignored;
    const std::optional<DatabaseLocation> database
        = DatabaseLocation::parse(m_context.databasePath, &ignored);
    const QString shown = database && database->isPostgres()
        ? database->displayText()
        : QDir::toNativeSeparators(m_context.databasePath);
    m_databaseLabel->setText(m_databaseProblem.isEmpty() ? tr("Database: %1").arg(shown)
                                                         : tr("Database: reconnecting to %1").arg(shown));
    m_databaseLabel->setToolTip(plainToolTip(m_databaseProblem));
    QPalette palette = m_databaseLabel->palette();
    palette.setColor(QPalette::WindowText,
        m_databaseProblem.isEmpty() ? QApplication::palette().color(QPalette::WindowText)
                                    : AttentionColours::overdue());
    m_databaseLabel->setPalette(palette);
}

void MainWindow::setDatabaseProblem(const QString& problem)
{
    m_databaseProblem = problem;
    showDatabase();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_declare)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const bool selected = m_selected->isValid();
    const Incident& incident = m_selected->incident();
    m_acknowledge->setEnabled(
        selected && Lifecycle::canTransition(incident.status, IncidentStatus::Acknowledged));
    m_resolve->setEnabled(selected && Lifecycle::canTransition(incident.status, IncidentStatus::Resolved));
    m_raiseSeverity->setEnabled(selected && incident.severity != Severity::Sev1);
    m_lowerSeverity->setEnabled(selected && incident.severity != Severity::Sev4);
    m_addNote->setEnabled(selected);
    m_sendUpdate->setEnabled(selected);
    m_statusPageAction->setEnabled(selected);
    m_escalate->setEnabled(
        selected && Lifecycle::isActive(incident.status) && m_context.escalation.ruleFor(incident));
    for (QAction* action : std::as_const(m_moveToActions)) {
        const auto status = static_cast<IncidentStatus>(action->data().toInt());
        action->setEnabled(selected && Lifecycle::canTransition(incident.status, status));
    }
}

void MainWindow::moveTo(int status)
{
    if (!m_selected->isValid())
        return;
    const auto to = static_cast<IncidentStatus>(status);
    const QString why = Lifecycle::whyNot(m_selected->incident().status, to);
    if (!why.isEmpty()) {
        statusBar()->showMessage(why, 10000);
        return;
    }
    m_context.commands->changeStatus(m_selected->id(), to);
}

void MainWindow::stepSeverity(bool raise)
{
    if (!m_selected->isValid())
        return;
    const Severity current = m_selected->incident().severity;
    const Severity next = raise ? raisedSeverity(current) : loweredSeverity(current);
    if (next != current)
        m_context.commands->changeSeverity(m_selected->id(), next);
}

void MainWindow::declareIncident()
{
    DeclareIncidentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.commands->declare(dialog.draft(), [this](const Incident& incident) {
        statusBar()->showMessage(tr("Declared %1.").arg(incident.key), 10000);
        m_triage->selectIncident(incident.id);
    });
}

void MainWindow::setReceiverStatus(const QString& text, bool healthy, const QString& detail)
{
    m_receiverLabel->setText(text);
    m_receiverLabel->setToolTip(plainToolTip(detail));
    QPalette palette = m_receiverLabel->palette();
    palette.setColor(QPalette::WindowText,
        healthy ? QApplication::palette().color(QPalette::WindowText) : AttentionColours::overdue());
    m_receiverLabel->setPalette(palette);
    m_receiver->setListening(text, healthy, detail);
}

void MainWindow::setStatusPagePublishing(const QString& problem, const QList<AffectedComponent>& components)
{
    m_statusPage->setPublishProblem(problem);
    m_statusPage->setComponents(components);
}

void MainWindow::openReview(qint64 incidentId)
{
    m_triage->selectIncident(incidentId);
    m_review->show();
    m_review->raise();
}

void MainWindow::setEscalation(const EscalationConfig& config)
{
    m_context.escalation = config;
    m_onCall->setConfig(config);
    updateActions();
    Q_EMIT escalationChanged(config);
}

void MainWindow::editEscalation()
{
    EscalationDialog dialog(m_context.escalation, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_context.escalationFile.isEmpty()) {
        QSaveFile file(m_context.escalationFile);
        QDir().mkpath(QFileInfo(m_context.escalationFile).absolutePath());
        if (!file.open(QIODevice::WriteOnly) || file.write(dialog.config().toJson()) < 0 || !file.commit()) {
            PlainMessage::warning(this, tr("Escalation not saved"),
                tr("Cannot write %1: %2").arg(m_context.escalationFile, file.errorString()));
            return;
        }
    }
    setEscalation(dialog.config());
    statusBar()->showMessage(
        tr("Escalation policies, schedules and team assignment saved and in force."), 10000);
}

void MainWindow::showCommunicationState()
{
    const CommunicationModel* model = m_communication->model();
    const int overdue = model->count(DueState::Overdue);
    const int soon = model->count(DueState::DueSoon);
    m_communication->setWindowTitle(overdue > 0 ? tr("Communication · %n overdue", nullptr, overdue)
            : soon > 0                          ? tr("Communication · %n due soon", nullptr, soon)
                                                : tr("Communication"));
    m_communicationLabel->setVisible(overdue + soon > 0);
    if (overdue + soon == 0)
        return;
    m_communicationLabel->setText(overdue > 0 ? tr("%n stakeholder update(s) overdue", nullptr, overdue)
                                              : tr("%n stakeholder update(s) due soon", nullptr, soon));
    m_communicationLabel->setStyleSheet(overdue > 0
            ? QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 0 6px; }")
                  .arg(AttentionColours::overdue().name())
            : QStringLiteral(
                "QLabel { background: #ffb300; color: black; font-weight: bold; padding: 0 6px; }"));
}

void MainWindow::setPollStates(const QList<PollState>& states)
{
    m_receiver->setPollStates(states);
}

void MainWindow::deliveryRefused()
{
    m_receiver->reloadSoon();
}

void MainWindow::askForName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your name"),
        tr("Timeline entries you write are signed with this name:"), QLineEdit::Normal,
        m_context.commands->author(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_context.commands->setAuthor(name);
    statusBar()->showMessage(tr("Changes are now recorded as %1.").arg(m_context.commands->author()), 10000);
    m_presence->setPerson(m_context.commands->author());
    Q_EMIT authorChanged(m_context.commands->author());
}

void MainWindow::restoreLayout()
{
    if (!m_context.settings)
        return;
    // restoreGeometry moves a window saved on a screen that is gone onto one that exists.
    if (!restoreGeometry(m_context.settings->value(kGeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.85);
        move(available.center() - rect().center());
    }
    restoreState(m_context.settings->value(kStateKey).toByteArray(), m_layoutVersion);
}

void MainWindow::saveLayout()
{
    if (!m_context.settings)
        return;
    m_context.settings->setValue(kGeometryKey, saveGeometry());
    m_context.settings->setValue(kStateKey, saveState(m_layoutVersion));
}

void MainWindow::exportMonthlyReport()
{
    auto* dialog = new ReportDialog(m_context.store, m_context.statistics.goals, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog->show();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, m_layoutVersion);
    for (QDockWidget* dock : std::as_const(m_docks))
        dock->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_review->saveNow(); // a review being written is saved on close, not only kept
    saveLayout();
    event->accept();
}
