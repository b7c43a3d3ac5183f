#include "app/webhooks/webhooksources.h"
#include "models/domain/credentialvault.h"
#include "models/itemmodels/alertlistmodel.h"
#include "models/itemmodels/checklistmodel.h"
#include "models/itemmodels/communicationmodel.h"
#include "models/itemmodels/oncallmodel.h"
#include "models/itemmodels/rejecteddeliverymodel.h"
#include "models/itemmodels/selectedincident.h"
#include "models/itemmodels/silencelistmodel.h"
#include "models/store/incidentcommands.h"
#include "models/store/offlinecopy.h"
#include "models/store/presencetracker.h"
#include "models/store/storeopener.h"
#include "testsupport.h"
#include "views/alerts/alertstreamdock.h"
#include "views/alerts/silencesdock.h"
#include "views/checklist/checklistdock.h"
#include "views/common/alarmsound.h"
#include "views/common/desktopnotifier.h"
#include "views/common/externallink.h"
#include "views/communication/matrixdialog.h"
#include "views/communication/sendupdatedialog.h"
#include "views/dialogs/credentialsdialog.h"
#include "views/dialogs/declareincidentdialog.h"
#include "views/dialogs/escalationdialog.h"
#include "views/dialogs/rulestesterdialog.h"
#include "views/dialogs/severitytabledialog.h"
#include "views/dialogs/silencedialog.h"
#include "views/incident/incidentdock.h"
#include "views/mainwindow.h"
#include "views/oncall/oncalldock.h"
#include "views/receiver/receiverdock.h"
#include "views/runbook/playbookreviewdialog.h"
#include "views/runbook/playbookreviewreminder.h"
#include "views/runbook/runbookdock.h"
#include "views/statuspage/statuspagedock.h"
#include "views/timeline/timelinedock.h"
#include "views/triage/triagedock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void declareAcknowledgeAndReadTheTimeline();
    void anEditOverSomeoneElsesShowsTheConflict();
    void theIncidentDockShowsWhoElseIsOnIt();
    void declareDialogMakesUpATitleAndAsksWhenDetected();
    void keyboardMovesThroughTheQueue();
    void layoutIsSavedAndRestored();
    void entriesAreSignedWithTheChosenName();
    void alertStreamActionsSilencesAndReceiver();
    void onlyWebLinksFromAlertsLeaveTheConsole();
    void labelsShowOutsideTextAsWritten();
    void credentialsDialogShowsStatesNeverValues();
    void desktopNotificationsFollowDoNotDisturb();
    void stakeholderUpdatesAndTheStatusPage();
    void escalationIsEditedInTheWindow();
    void sev1AlarmIsOptionalAndKept();
    void anIncidentTakenOfflineBringsItsReviewBack();
    void theIncidentPageWrapsToANarrowDock();
    void playbookReviewsAreRemindedAndMarked();
    void theIncidentDockKeepsTheExtendedTeamAndHowItWasFound();
    void theSeverityTableIsEditedWithoutJson();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Declares an incident (as another hand would) and selects it in the triage list; its id, 0 if not.
    qint64 declareAndSelect(MainWindow* window, const QString& title);
    // Chooses `file` in the file dialog as soon as it opens.
    void answerFileDialog(const QString& file);
    // Clicks the button `button` of the next message box, titled `title`; its title and text in *said
    // (starting "not answered" if it had another title or no such button).
    void answerMessageBox(const QString& title, const QString& button, QString* said);
    // Fills in and accepts the declare dialog as soon as it opens.
    void answerDeclareDialog(const QString& title, Severity severity);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AsyncIncidentStore> m_store;
    std::unique_ptr<IncidentCommands> m_commands;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    m_store = TestSupport::openAsyncStore(m_dir->filePath(QStringLiteral("gui.db")), SystemClock::instance());
    QVERIFY(m_store);
    m_commands = std::make_unique<IncidentCommands>(m_store.get(), QStringLiteral("ana"));
}

void TestMainWindow::cleanup()
{
    m_commands.reset();
    m_store.reset();
    m_settings.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    ConsoleContext context;
    context.store = m_store.get();
    context.commands = m_commands.get();
    context.clock = SystemClock::instance();
    context.settings = m_settings.get();
    context.databasePath = m_dir->filePath(QStringLiteral("gui.db"));
    context.alertSources = WebhookSources::standard()->descriptions();
    context.communication.planFile = m_dir->filePath(QStringLiteral("communication.json"));
    context.escalationFile = m_dir->filePath(QStringLiteral("escalation.json"));
    context.playbooksDirectory = m_dir->filePath(QStringLiteral("config"));
    context.severityPolicyFile = m_dir->filePath(QStringLiteral("config/severity-policy.json"));
    context.openStore = [](const QString& location, QString* error) {
        return TestSupport::openStore(location, SystemClock::instance(), error);
    };
    auto window = std::make_unique<MainWindow>(context);
    window->show();
    window->activateWindow();
    return window;
}

void TestMainWindow::answerDeclareDialog(const QString& title, Severity severity)
{
    QTimer::singleShot(0, this, [title, severity] {
        auto* dialog = qobject_cast<DeclareIncidentDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* severityBox = dialog->findChild<QComboBox*>(QStringLiteral("DeclareSeverity"));
        severityBox->setCurrentIndex(severityBox->findData(static_cast<int>(severity)));
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("DeclareType"));
        type->setCurrentIndex(type->findData(static_cast<int>(IncidentType::Security)));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("DeclareTitle")), title);
        QTest::keyClicks(
            dialog->findChild<QLineEdit*>(QStringLiteral("DeclareService")), QStringLiteral("auth"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
}

void TestMainWindow::declareAcknowledgeAndReadTheTimeline()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTableView* triage = window->triageDock()->view();
    QTableView* timeline = window->timelineDock()->view();

    answerDeclareDialog(QStringLiteral("Credential stuffing on login"), Severity::Sev1);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier); // Declare incident…
    QTRY_COMPARE(triage->model()->rowCount(), 1);
    QTRY_VERIFY(window->selectedIncident()->isValid());
    const Incident declared = window->selectedIncident()->incident();
    QCOMPARE(declared.title, QStringLiteral("Credential stuffing on login"));
    QCOMPARE(declared.severity, Severity::Sev1);
    QCOMPARE(declared.type, IncidentType::Security);
    QCOMPARE(declared.service, QStringLiteral("auth"));
    QCOMPARE(triage->currentIndex().row(), 0);
    // The offscreen platform does not hand activation back after a modal dialog as a window manager does.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    QAction* acknowledge = window->findChild<QAction*>(QStringLiteral("actionAcknowledge"));
    QTRY_VERIFY(acknowledge->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); // Acknowledge
    QTRY_COMPARE(window->selectedIncident()->incident().status, IncidentStatus::Acknowledged);
    QTRY_VERIFY(!acknowledge->isEnabled());

    QTRY_COMPARE(timeline->model()->rowCount(), 2);
    QCOMPARE(timeline->model()->index(0, 2).data().toString(), QStringLiteral("Declared"));
    QCOMPARE(timeline->model()->index(0, 1).data().toString(), QStringLiteral("ana"));
    QCOMPARE(
        timeline->model()->index(1, 3).data().toString(), QStringLiteral("Status: Triggered → Acknowledged"));
    QCOMPARE(triage->model()->index(0, 2).data().toString(), QStringLiteral("Acknowledged"));

    // A note typed in the incident dock lands on the timeline; the box empties once it is stored.
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* note = window->incidentDock()->findChild<QPlainTextEdit*>(QStringLiteral("IncidentNote"));
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Blocked the offending ASN"));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(timeline->model()->rowCount(), 3);
    QCOMPARE(timeline->model()->index(2, 3).data().toString(), QStringLiteral("Blocked the offending ASN"));
    QTRY_VERIFY(note->toPlainText().isEmpty());

    // Raising past SEV1 is not offered; lowering is, and is recorded.
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("actionRaiseSeverity"))->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(timeline->model()->rowCount(), 4);
    QCOMPARE(timeline->model()->index(3, 3).data().toString(),
        QStringLiteral("Severity: SEV1 · Critical → SEV2 · High"));

    // A security incident (as declared above) came with its playbook's checklist. Checking
    // a step off in the checklist dock: the box is ticked and the timeline says so.
    ChecklistModel* checklist = window->checklistDock()->model();
    QTRY_COMPARE(checklist->rowCount(), 4 + 27 + 1 + 6); // the security playbook and procedure
    QVERIFY(checklist->index(0).data(ChecklistModel::IsPhaseRole).toBool());
    checklist->setData(checklist->index(1), Qt::Checked, Qt::CheckStateRole);
    QTRY_COMPARE(checklist->index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTRY_COMPARE(timeline->model()->rowCount(), 5);
    QCOMPARE(
        timeline->model()->index(4, 3).data().toString(), QStringLiteral("Done: Isolate affected systems"));
    QCOMPARE(window->checklistDock()->findChild<QLabel*>(QStringLiteral("ChecklistSummary"))->text().left(19),
        QStringLiteral("1 of 33 steps done."));
    // Its runbooks open beside it.
    QVERIFY(window->runbookDock()->showRunbook(QStringLiteral("database-failover")));
    QVERIFY(window->runbookDock()->browser()->toPlainText().contains(QLatin1String("Verification")));
}

qint64 TestMainWindow::declareAndSelect(MainWindow* window, const QString& title)
{
    m_commands->declare(TestSupport::draft(title));
    QTableView* triage = window->triageDock()->view();
    if (!QTest::qWaitFor([triage] { return triage->model()->rowCount() == 1; }))
        return 0;
    triage->setCurrentIndex(triage->model()->index(0, 0));
    if (!QTest::qWaitFor([window] { return window->selectedIncident()->isValid(); }))
        return 0;
    return window->selectedIncident()->id();
}

void TestMainWindow::anEditOverSomeoneElsesShowsTheConflict()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const qint64 id = declareAndSelect(window.get(), QStringLiteral("Checkout slow"));
    QVERIFY(id > 0);
    auto* title = window->incidentDock()->findChild<QLineEdit*>(QStringLiteral("IncidentTitle"));
    auto* conflict = window->incidentDock()->findChild<QLabel*>(QStringLiteral("IncidentEditConflict"));
    QVERIFY(title && conflict);
    QTRY_COMPARE(title->text(), QStringLiteral("Checkout slow"));

    // Ana types; meanwhile Bo, on another console, renames the incident.
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" in eu-west"));
    IncidentCommands bo(m_store.get(), QStringLiteral("bo"));
    bo.editField(id, IncidentField::Title, QStringLiteral("Checkout down"));
    QTRY_COMPARE(window->selectedIncident()->incident().title, QStringLiteral("Checkout down"));
    QCOMPARE(title->text(), QStringLiteral("Checkout slow in eu-west")); // not taken from under her fingers

    QTest::keyClick(title, Qt::Key_Return);
    QTRY_VERIFY(conflict->isVisible());
    QVERIFY2(conflict->text().startsWith(QStringLiteral("bo changed the title to “Checkout down” at ")),
        qPrintable(conflict->text()));
    QVERIFY2(conflict->text().endsWith(QStringLiteral("Yours: “Checkout slow in eu-west”")),
        qPrintable(conflict->text()));
    QTest::qWait(300);
    QCOMPARE(window->selectedIncident()->incident().title, QStringLiteral("Checkout down"));
}

void TestMainWindow::theIncidentDockKeepsTheExtendedTeamAndHowItWasFound()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const qint64 id = declareAndSelect(window.get(), QStringLiteral("Atlas cluster unreachable"));
    QVERIFY(id > 0);
    auto* extended = window->incidentDock()->findChild<QGroupBox*>(QStringLiteral("IncidentExtendedTeam"));
    QVERIFY(extended);
    auto* administrator
        = extended->findChild<QLineEdit*>(QStringLiteral("IncidentRole-database_administrator"));
    QVERIFY(administrator);
    QCOMPARE(extended->findChildren<QLineEdit*>().size(), kIncidentRoleCount - kCoreIncidentRoleCount);
    administrator->setFocus();
    QTRY_VERIFY(administrator->hasFocus());
    QTest::keyClicks(administrator, QStringLiteral("Priya"));
    QTest::keyClick(administrator, Qt::Key_Return);
    QTRY_COMPARE(window->selectedIncident()->incident().role(IncidentRole::DatabaseAdministrator),
        QStringLiteral("Priya"));

    auto* detectedBy = window->incidentDock()->findChild<QComboBox*>(QStringLiteral("IncidentDetectedBy"));
    QVERIFY(detectedBy);
    QCOMPARE(detectedBy->currentData().toInt(), static_cast<int>(DetectionSource::NotRecorded));
    const int customer = detectedBy->findData(static_cast<int>(DetectionSource::CustomerReport));
    detectedBy->setCurrentIndex(customer);
    Q_EMIT detectedBy->activated(customer);
    QTRY_COMPARE(window->selectedIncident()->incident().detectionSource, DetectionSource::CustomerReport);
}

void TestMainWindow::theSeverityTableIsEditedWithoutJson()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    window->findChild<QAction*>(QStringLiteral("actionSeverityTable"))->trigger();
    auto* dialog = window->findChild<SeverityTableDialog*>(QStringLiteral("SeverityTableDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // As shipped: SEV2 within an hour, SEV4 within 5 business days.
    auto* sev2 = dialog->findChild<QSpinBox*>(QStringLiteral("SeverityTarget-SEV2"));
    auto* sev2Unit = dialog->findChild<QComboBox*>(QStringLiteral("SeverityTargetUnit-SEV2"));
    QCOMPARE(sev2->value(), 1);
    QCOMPARE(sev2Unit->currentText(), QStringLiteral("hours"));
    // Seed 002's times with one button; a word of our own for SEV3.
    dialog->findChild<QPushButton*>(QStringLiteral("SeverityUseProcedures"))->click();
    QCOMPARE(sev2->value(), 30);
    QCOMPARE(sev2Unit->currentText(), QStringLiteral("minutes"));
    auto* sev3Words = dialog->findChild<QLineEdit*>(QStringLiteral("SeverityWords-SEV3"));
    sev3Words->setText(sev3Words->text() + QStringLiteral(", degraded"));
    // A word for two severities is refused, and nothing is written.
    auto* sev4Words = dialog->findChild<QLineEdit*>(QStringLiteral("SeverityWords-SEV4"));
    const QString sev4Before = sev4Words->text();
    sev4Words->setText(sev4Before + QStringLiteral(", degraded"));
    QVERIFY(!dialog->save());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("SeverityTableProblem"))
                ->text()
                .contains(QLatin1String("degraded")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("config/severity-policy.json"))));
    sev4Words->setText(sev4Before);
    QVERIFY(dialog->save());

    QString warning;
    const SeverityPolicy saved
        = SeverityPolicy::load(m_dir->filePath(QStringLiteral("config/severity-policy.json")), &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(saved.responseTarget(Severity::Sev1), (ResponseTarget { 15, 0 }));
    QCOMPARE(saved.responseTarget(Severity::Sev2), (ResponseTarget { 30, 0 }));
    QCOMPARE(saved.responseTarget(Severity::Sev3), (ResponseTarget { 120, 0 }));
    QCOMPARE(saved.responseTarget(Severity::Sev4), (ResponseTarget { 0, 1 }));
    QCOMPARE(saved.severityFor(u"degraded"), std::optional<Severity>(Severity::Sev3));
    QCOMPARE(saved.severityFor(u"critical"), std::optional<Severity>(Severity::Sev1)); // the others kept
    dialog->close();
}

void TestMainWindow::theIncidentDockShowsWhoElseIsOnIt()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const qint64 id = declareAndSelect(window.get(), QStringLiteral("Checkout slow"));
    QVERIFY(id > 0);
    auto* present = window->incidentDock()->findChild<QLabel*>(QStringLiteral("IncidentPresence"));
    QVERIFY(present);
    QVERIFY(!present->isVisible());

    // Bo, on another console, opens the incident and writes its review.
    const auto announce = [this, id](Presence::Activity activity) {
        bool done = false;
        m_store->run<bool>(
            this,
            [id, activity](IncidentStore& store) {
                return bool(store.presence().announce(
                    Presence { QStringLiteral("bo-laptop"), QStringLiteral("bo"), id, activity, {} }));
            },
            [&done](const bool& ok) { done = ok; });
        QTRY_VERIFY(done);
    };
    announce(Presence::Activity::WritingReview);
    QTRY_VERIFY_WITH_TIMEOUT(present->isVisible(), PresenceTracker::kRenewMs * 2);
    QCOMPARE(present->text(), QStringLiteral("Also on this incident: bo (writing the review)"));
    announce(Presence::Activity::Viewing);
    QTRY_COMPARE_WITH_TIMEOUT(
        present->text(), QStringLiteral("Also on this incident: bo"), PresenceTracker::kRenewMs * 2);
}

void TestMainWindow::declareDialogMakesUpATitleAndAsksWhenDetected()
{
    const QDateTime opened = QDateTime::currentDateTimeUtc();
    DeclareIncidentDialog dialog;
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("DeclareTitle"));
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("DeclareHint"));
    // No title yet: declaring is not held up, and the dialog says what the incident will be called.
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.draft().title, QStringLiteral("SEV2 · Outage · Production"));
    QTest::keyClicks(
        dialog.findChild<QLineEdit*>(QStringLiteral("DeclareService")), QStringLiteral("database"));
    auto* environment = dialog.findChild<QComboBox*>(QStringLiteral("DeclareEnvironment"));
    environment->setCurrentIndex(environment->findData(static_cast<int>(Environment::All)));
    QCOMPARE(dialog.draft().title, QStringLiteral("SEV2 · Outage · database · Every environment"));
    QVERIFY2(hint->text().contains(dialog.draft().title), qPrintable(hint->text()));
    QTest::keyClicks(title, QStringLiteral("   "));
    QCOMPARE(dialog.draft().title, QStringLiteral("SEV2 · Outage · database · Every environment"));
    QTest::keyClicks(title, QStringLiteral("Primary down"));
    QCOMPARE(dialog.draft().title, QStringLiteral("Primary down"));
    QVERIFY(!hint->text().contains(QLatin1String("SEV2 ·")));
    // Detected: the moment the dialog opened unless changed, never later than that, kept in UTC.
    auto* detected = dialog.findChild<QDateTimeEdit*>(QStringLiteral("DeclareDetected"));
    QVERIFY(qAbs(dialog.draft().detectedAt.secsTo(opened)) < 60); // shown to the minute
    QCOMPARE(dialog.draft().detectedAt.timeSpec(), Qt::UTC);
    detected->setDateTime(QDateTime::currentDateTime().addSecs(-25 * 60));
    QVERIFY(qAbs(dialog.draft().detectedAt.secsTo(opened.addSecs(-25 * 60))) < 60);
    detected->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    QVERIFY(dialog.draft().detectedAt <= QDateTime::currentDateTimeUtc());
    // Detected by: nothing assumed until someone says how it was discovered.
    auto* detectedBy = dialog.findChild<QComboBox*>(QStringLiteral("DeclareDetectedBy"));
    QCOMPARE(dialog.draft().detectionSource, DetectionSource::NotRecorded);
    QCOMPARE(detectedBy->count(), 8);
    detectedBy->setCurrentIndex(detectedBy->findData(static_cast<int>(DetectionSource::CustomerReport)));
    QCOMPARE(dialog.draft().detectionSource, DetectionSource::CustomerReport);
}

void TestMainWindow::keyboardMovesThroughTheQueue()
{
    for (const auto& [title, severity] : { std::pair { "first", Severity::Sev1 },
             std::pair { "second", Severity::Sev2 }, std::pair { "third", Severity::Sev3 } })
        m_commands->declare(TestSupport::draft(QString::fromLatin1(title), severity));
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTRY_COMPARE(window->triageDock()->view()->model()->rowCount(), 3);
    QTRY_COMPARE(window->selectedIncident()->incident().title, QStringLiteral("first")); // starts at the top
    QTest::keyClick(window.get(), Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(window->selectedIncident()->incident().title, QStringLiteral("second"));
    QTest::keyClick(window.get(), Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Down, Qt::ControlModifier); // stays on the last one
    QTRY_COMPARE(window->selectedIncident()->incident().title, QStringLiteral("third"));
    QTest::keyClick(window.get(), Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE(window->selectedIncident()->incident().title, QStringLiteral("second"));
    QTRY_COMPARE(window->timelineDock()->view()->model()->rowCount(), 1);
}

void TestMainWindow::layoutIsSavedAndRestored()
{
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->timelineDock()->hide();
        window->resize(1111, 777);
        window->close();
    }
    QVERIFY(m_settings->contains(QStringLiteral("window/state")));
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->timelineDock()->isHidden());
        QCOMPARE(window->size(), QSize(1111, 777));
        window->findChild<QAction*>(QStringLiteral("actionResetLayout"))->trigger();
        QVERIFY(!window->timelineDock()->isHidden());
    }
}

void TestMainWindow::entriesAreSignedWithTheChosenName()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy changed(window.get(), &MainWindow::authorChanged);
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), QStringLiteral("ana"));
        dialog->setTextValue(QStringLiteral("Ana Ruiz (IC)"));
        dialog->accept();
    });
    window->findChild<QAction*>(QStringLiteral("actionYourName"))->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("Ana Ruiz (IC)"));
    m_commands->declare(TestSupport::draft(QStringLiteral("signed")));
    QTRY_COMPARE(window->timelineDock()->view()->model()->rowCount(), 1);
    QCOMPARE(window->timelineDock()->view()->model()->index(0, 1).data().toString(),
        QStringLiteral("Ana Ruiz (IC)"));
}

namespace {
AlertSignal alertmanagerAlert(const QString& name, const QString& severity, const QString& instance)
{
    AlertSignal signal;
    signal.source = QStringLiteral("alertmanager");
    signal.name = name;
    signal.fingerprint = name + instance;
    signal.labels = { { QStringLiteral("alertname"), name }, { QStringLiteral("severity"), severity },
        { QStringLiteral("instance"), instance } };
    signal.annotations = { { QStringLiteral("summary"), name + QStringLiteral(" on ") + instance } };
    return signal;
}

int rowNamed(QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AlertListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}
}

// From the alert stream, by keyboard: acknowledge (A), declare from the alert
// (D), silence (S); the silence shows in its dock and holds the alert; the
// stream exports to CSV; a refused delivery shows in the receiver dock.
void TestMainWindow::onlyWebLinksFromAlertsLeaveTheConsole()
{
    QVERIFY(ExternalLink::isWebLink(QUrl(QStringLiteral("https://wiki.example.net/runbooks/db"))));
    QVERIFY(ExternalLink::isWebLink(QUrl(QStringLiteral("HTTP://wiki.example.net"))));
    for (const char* link : { "file:///etc/passwd", "smb://share/x", "javascript:alert(1)", "https:///nohost",
             "ms-settings:privacy", "/runbooks/db" })
        QVERIFY2(!ExternalLink::isWebLink(QUrl(QString::fromLatin1(link))), link);

    // A runbook annotation from an alert that names a local file is not opened, and the user is told why.
    auto window = makeWindow();
    auto* alerts = window->findChild<AlertStreamDock*>();
    QVERIFY(alerts);
    Q_EMIT alerts->runbookRequested(QStringLiteral("file:///etc/passwd"));
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("not a web link")),
        qPrintable(window->statusBar()->currentMessage()));
}

void TestMainWindow::labelsShowOutsideTextAsWritten()
{
    // Labels that show what a sender, a service or the store said never take it
    // for markup: "<img src=…>" in an error or a name is shown as those characters.
    auto window = makeWindow();
    for (const char* name : { "ReceiverStatus", "ReceiverListening", "ReceiverInbox", "ChecklistSummary",
             "StatusPageStatus", "DatabaseStatus" }) {
        const auto* label = window->findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(label, name);
        QVERIFY2(label->textFormat() == Qt::PlainText, name);
    }
    // A team database out of reach says so, with the server's words as its tool tip, and says when
    // it is back.
    auto* database = window->findChild<QLabel*>(QStringLiteral("DatabaseStatus"));
    const QString reachable = database->text();
    window->setDatabaseProblem(QStringLiteral("The connection to the database broke. <b>Trying again</b>"));
    QVERIFY2(database->text().contains(QLatin1String("reconnecting")), qPrintable(database->text()));
    QVERIFY(database->toolTip().contains(QLatin1String("&lt;b&gt;Trying again")));
    window->setDatabaseProblem({});
    QCOMPARE(database->text(), reachable);
    QVERIFY(database->toolTip().isEmpty());
    // The review's state line is rich text on purpose, so what it quotes is escaped.
    const auto* reviewState = window->findChild<QLabel*>(QStringLiteral("ReviewState"));
    QVERIFY(reviewState);
    QCOMPARE(reviewState->textFormat(), Qt::RichText);
}

void TestMainWindow::alertStreamActionsSilencesAndReceiver()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QSignalSpy stored(this, &QObject::objectNameChanged);
    m_store->run<bool>(
        this,
        [](IncidentStore& store) {
            return bool(
                store.intake().ingestAlerts({ alertmanagerAlert(QStringLiteral("DatabaseDown"),
                                                  QStringLiteral("critical"), QStringLiteral("db-1")),
                                                alertmanagerAlert(QStringLiteral("SlowQueries"),
                                                    QStringLiteral("warning"), QStringLiteral("db-2")) },
                    AlertRules::defaults(SeverityPolicy::defaults())));
        },
        [this](const bool& ok) { setObjectName(ok ? QStringLiteral("stored") : QStringLiteral("failed")); });
    QVERIFY(stored.wait(10000));
    QCOMPARE(objectName(), QStringLiteral("stored"));
    m_store->lookForChanges();

    QTableView* stream = window->alertStreamDock()->view();
    QAbstractItemModel* alerts = stream->model();
    QTRY_COMPARE(alerts->rowCount(), 2);
    stream->setFocus();
    stream->setCurrentIndex(alerts->index(rowNamed(alerts, QStringLiteral("SlowQueries")), 0));
    QTest::keyClick(stream, Qt::Key_A);
    QTRY_COMPARE(alerts->index(rowNamed(alerts, QStringLiteral("SlowQueries")), 0)
                     .data(AlertListModel::AlertStatusRole)
                     .toInt(),
        static_cast<int>(AlertStatus::Acknowledged));

    QTableView* triage = window->triageDock()->view();
    QTRY_COMPARE(triage->model()->rowCount(), 1); // DatabaseDown opened one
    stream->setCurrentIndex(alerts->index(rowNamed(alerts, QStringLiteral("SlowQueries")), 0));
    QTest::keyClick(stream, Qt::Key_D);
    QTRY_COMPARE(triage->model()->rowCount(), 2);
    QTRY_COMPARE(window->selectedIncident()->incident().title, QStringLiteral("SlowQueries on db-2"));

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    stream->setFocus();
    stream->setCurrentIndex(alerts->index(rowNamed(alerts, QStringLiteral("SlowQueries")), 0));
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<SilenceDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* matchers = dialog->findChild<QPlainTextEdit*>(QStringLiteral("SilenceMatchers"));
        QCOMPARE(matchers->toPlainText(), QStringLiteral("alertname=\"SlowQueries\"\ninstance=\"db-2\""));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // says why first
        QTest::keyClicks(
            dialog->findChild<QLineEdit*>(QStringLiteral("SilenceComment")), QStringLiteral("index rebuild"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::keyClick(stream, Qt::Key_S);
    QTRY_COMPARE(window->silencesDock()->model()->rowCount(), 1);
    QCOMPARE(window->silencesDock()->model()->index(0, SilenceListModel::CommentColumn).data().toString(),
        QStringLiteral("index rebuild"));
    QTRY_COMPARE(alerts->index(rowNamed(alerts, QStringLiteral("SlowQueries")), 0)
                     .data(AlertListModel::AlertStatusRole)
                     .toInt(),
        static_cast<int>(AlertStatus::Suppressed));

    const QString csv = m_dir->filePath(QStringLiteral("alerts.csv"));
    window->alertStreamDock()->exportCsvTo(csv);
    QTRY_VERIFY(QFileInfo::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 3); // header and both alerts

    RejectedDelivery refused;
    refused.route = QStringLiteral("POST /webhooks/alerts/prometheus");
    refused.status = 400;
    refused.reason = QStringLiteral("The body is not valid JSON");
    refused.contentType = QStringLiteral("application/json");
    refused.body = "{not json";
    m_store->run<bool>(
        this,
        [refused](
            IncidentStore& store) { return bool(store.intake().keepRejectedDeliveries({ refused }, 10)); },
        [window = window.get()](const bool&) { window->deliveryRefused(); });
    ReceiverDock* receiver = window->receiverDock();
    QTRY_COMPARE(receiver->rejectedModel()->rowCount(), 1);
    auto* rejectedView = receiver->findChild<QTableView*>(QStringLiteral("RejectedDeliveries"));
    rejectedView->setCurrentIndex(receiver->rejectedModel()->index(0, 0));
    QVERIFY(receiver->findChild<QPlainTextEdit*>(QStringLiteral("RejectedBody"))
                ->toPlainText()
                .contains(QLatin1String("{not json")));
    QTRY_COMPARE(receiver->sourcesTable()->item(0, 1)->text(), QStringLiteral("2")); // alertmanager's alerts

    QTableWidget* polling = receiver->pollingTable();
    QVERIFY(!polling->isVisibleTo(receiver)); // nothing polled
    PollState state;
    state.name = QStringLiteral("alertmanager prod");
    state.url = QUrl(QStringLiteral("http://am:9093"));
    state.lastError = QStringLiteral("Connection refused");
    state.consecutiveFailures = 2;
    state.nextPoll = QDateTime::currentDateTimeUtc().addSecs(120);
    window->setPollStates({ state });
    QVERIFY(polling->isVisibleTo(receiver));
    QCOMPARE(polling->item(0, 1)->text(), QStringLiteral("never"));
    QCOMPARE(polling->item(0, 3)->text(), QStringLiteral("Connection refused (failures in a row: 2)"));

    // The rules tester, from the View menu: what a sibling of DatabaseDown would do.
    window->findChild<QAction*>(QStringLiteral("actionRulesTester"))->trigger();
    auto* tester = window->findChild<RulesTesterDialog*>();
    QVERIFY(tester);
    QSignalSpy tested(tester, &RulesTesterDialog::tested);
    tester->setLabels(QStringLiteral("alertname=DatabaseDown\ninstance=db-9\nseverity=critical"));
    tester->test();
    QVERIFY(tested.wait(10000));
    QVERIFY2(tester->verdict().contains(QLatin1String("SEV1")), qPrintable(tester->verdict()));
    QVERIFY2(tester->verdict().contains(QLatin1String("It would join INC-2026-0001.")),
        qPrintable(tester->verdict()));
    tester->setLabels(QStringLiteral("severity=critical"));
    tester->test();
    QCOMPARE(tester->verdict(), QStringLiteral("An alert needs an alertname label."));
}

namespace {
// A keychain in memory, answering later as the real one does.
class MemoryVault final : public CredentialVault {
public:
    QHash<QString, QByteArray> values;
    QString failure; // every call fails with this, when set
    QList<Credential> credentials() const override
    {
        return { { QStringLiteral("pagerduty/routing-key"), QStringLiteral("PagerDuty routing key"),
                     QStringLiteral("PAGERDUTY_SERVICE_KEY") },
            { QStringLiteral("slack/webhook-url"), QStringLiteral("Slack webhook"),
                QStringLiteral("SLACK_INCIDENT_WEBHOOK") },
            { QStringLiteral("receiver/token"), QStringLiteral("Receiver token"), QString() } };
    }
    void whichAreSet(SetKeys done) override
    {
        QTimer::singleShot(0, [this, done] {
            const QList<QString> keys = values.keys();
            done(failure, failure.isEmpty() ? QSet<QString>(keys.cbegin(), keys.cend()) : QSet<QString>());
        });
    }
    void store(const QString& key, const QByteArray& value, Done done) override
    {
        QTimer::singleShot(0, [this, key, value, done] {
            if (failure.isEmpty())
                values.insert(key, value);
            done(failure);
        });
    }
    void remove(const QString& key, Done done) override
    {
        QTimer::singleShot(0, [this, key, done] {
            values.remove(key);
            done(failure);
        });
    }
    QList<Credential> importable() const override { return { credentials().at(1) }; }
    void importFromEnvironment(Done done) override
    {
        store(QStringLiteral("slack/webhook-url"), "https://hooks.example/x", done);
    }
};

QString stateOf(const CredentialsDialog& dialog, const QString& key)
{
    QTableWidget* table = dialog.table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == key)
            return table->item(row, 2)->text();
    }
    return {};
}
}

void TestMainWindow::credentialsDialogShowsStatesNeverValues()
{
    MemoryVault vault;
    vault.values.insert(QStringLiteral("receiver/token"), "s3cret-token");
    CredentialsDialog dialog(&vault);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 3);
    QTRY_COMPARE(stateOf(dialog, QStringLiteral("receiver/token")), QStringLiteral("Set"));
    QCOMPARE(stateOf(dialog, QStringLiteral("pagerduty/routing-key")), QStringLiteral("Not set"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("ImportCredentials"))->isVisibleTo(&dialog));

    QSignalSpy finished(&dialog, &CredentialsDialog::finishedChange);
    dialog.storeValue(QStringLiteral("pagerduty/routing-key"), "R0UTINGKEY");
    QVERIFY(finished.wait());
    QCOMPARE(vault.values.value(QStringLiteral("pagerduty/routing-key")), QByteArray("R0UTINGKEY"));
    QTRY_COMPARE(stateOf(dialog, QStringLiteral("pagerduty/routing-key")), QStringLiteral("Set"));
    dialog.importFromEnvironment();
    QVERIFY(finished.wait());
    QTRY_COMPARE(stateOf(dialog, QStringLiteral("slack/webhook-url")), QStringLiteral("Set"));
    dialog.deleteValue(QStringLiteral("receiver/token"));
    QVERIFY(finished.wait());
    QTRY_COMPARE(stateOf(dialog, QStringLiteral("receiver/token")), QStringLiteral("Not set"));

    // No value is ever on screen.
    const auto texts = dialog.findChildren<QLabel*>();
    for (const QByteArray& value : { QByteArray("R0UTINGKEY"), QByteArray("https://hooks.example/x") }) {
        for (int row = 0; row < dialog.table()->rowCount(); ++row) {
            for (int column = 0; column < dialog.table()->columnCount(); ++column)
                QVERIFY(!dialog.table()->item(row, column)->text().contains(QString::fromUtf8(value)));
        }
        for (const QLabel* label : texts)
            QVERIFY(!label->text().contains(QString::fromUtf8(value)));
    }

    // Without a keychain: said plainly, and nothing stored.
    vault.failure = QStringLiteral("No Secret Service is running");
    dialog.storeValue(QStringLiteral("receiver/token"), "x");
    QVERIFY(finished.wait());
    QTRY_VERIFY(dialog.findChild<QLabel*>(QStringLiteral("CredentialsStatus"))
                    ->text()
                    .contains(QLatin1String("No Secret Service")));
    QVERIFY(!vault.values.contains(QStringLiteral("receiver/token")));
}

void TestMainWindow::desktopNotificationsFollowDoNotDisturb()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    DesktopNotifier* notifier = window->desktopNotifier();
    QSignalSpy notified(notifier, &DesktopNotifier::notified);
    m_commands->declare(TestSupport::draft(QStringLiteral("Payments down"), Severity::Sev1));
    QTRY_COMPARE(notified.size(), 1);
    QVERIFY(notified.first().first().value<DesktopNotification>().title.startsWith(
        QLatin1String("SEV1 declared")));
    QTRY_VERIFY(notifier->toolTip().contains(QLatin1String("1 SEV1")));

    // Quiet for an hour: decided, not shown; and remembered for the next start.
    notifier->setQuietUntil(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_commands->declare(TestSupport::draft(QStringLiteral("Search down"), Severity::Sev2));
    QTRY_VERIFY(notifier->toolTip().contains(QLatin1String("1 SEV2")));
    QCOMPARE(notified.size(), 1);
    window.reset();
    std::unique_ptr<MainWindow> again = makeWindow();
    QVERIFY(again->desktopNotifier()->quietUntil().isValid());
    again->desktopNotifier()->setQuietUntil({});
}

void TestMainWindow::answerFileDialog(const QString& file)
{
    QTimer::singleShot(0, this, [file] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(file);
        QMetaObject::invokeMethod(dialog, "accept"); // as its Save or Open button does
    });
}

void TestMainWindow::answerMessageBox(const QString& title, const QString& button, QString* said)
{
    // The box runs an event loop of its own: it is answered from a timer that fires there. A box with
    // another title is left to another answer, for a while.
    said->clear();
    auto* watch = new QTimer(this);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    connect(watch, &QTimer::timeout, this, [watch, waited, title, button, said] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || (box->windowTitle() != title && waited->elapsed() < 10000))
            return;
        watch->stop();
        watch->deleteLater();
        *said = box->windowTitle() + QLatin1Char('\n') + box->text() + QLatin1Char('\n')
            + box->informativeText();
        for (QAbstractButton* each : box->buttons()) {
            if (each->text() == button && box->windowTitle() == title) {
                each->click();
                return;
            }
        }
        box->reject();
        *said = QStringLiteral("not answered: ") + *said;
    });
    watch->start(50);
}

void TestMainWindow::anIncidentTakenOfflineBringsItsReviewBack()
{
    const QString team = m_dir->filePath(QStringLiteral("gui.db"));
    const QString offline = m_dir->filePath(QStringLiteral("offline/INC-offline.db"));
    QVERIFY(QDir().mkpath(QFileInfo(offline).absolutePath()));
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto* take = window->findChild<QAction*>(QStringLiteral("actionTakeOffline"));
    auto* push = window->findChild<QAction*>(QStringLiteral("actionPushOffline"));
    QVERIFY(take && push);
    QVERIFY(!take->isEnabled()); // nothing selected
    const qint64 id = declareAndSelect(window.get(), QStringLiteral("Card payments failing"));
    QVERIFY(id > 0);
    QVERIFY(take->isEnabled());
    const QString key = window->selectedIncident()->incident().key;
    const auto writeReview = [id](const QString& location, const QString& summary, const QString& author) {
        std::unique_ptr<IncidentStore> store = TestSupport::openStore(location, SystemClock::instance());
        PostIncidentReview review = store->reviews().review(id)->has_value()
            ? store->reviews().review(id)->value()
            : *store->reviews().startReview(id, author);
        review.summary = summary;
        return bool(store->reviews().saveReview(review, author));
    };
    const auto summaryAt = [id](const QString& location) {
        std::unique_ptr<IncidentStore> store = TestSupport::openStore(location, SystemClock::instance());
        return store->reviews().review(id)->value_or(PostIncidentReview()).summary;
    };

    // Taken: the incident in a file of its own, the window's answer when the copy is done.
    QString said;
    answerFileDialog(offline);
    answerMessageBox(QStringLiteral("Taken offline"), QStringLiteral("Later"), &said);
    take->trigger();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(key) && !said.startsWith(QLatin1String("not")), qPrintable(said));
    QVERIFY(QFile::exists(offline));
    QVERIFY(QFile::exists(OfflineCopy::originFileOf(offline)));

    // Written on the train, brought back: a new revision on the team's database.
    QVERIFY(writeReview(offline, QStringLiteral("Written on the train"), QStringLiteral("rui")));
    answerFileDialog(offline);
    answerMessageBox(QStringLiteral("Review brought back"), QStringLiteral("OK"), &said);
    push->trigger();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(QStringLiteral("as written offline by rui")), qPrintable(said));
    QCOMPARE(summaryAt(team), QStringLiteral("Written on the train"));

    // Ana saves meanwhile: a question, nothing overwritten, until Rui chooses to replace hers.
    QVERIFY(writeReview(team, QStringLiteral("Ana's, at the office"), QStringLiteral("ana")));
    QVERIFY(writeReview(offline, QStringLiteral("Rui's, at the station"), QStringLiteral("rui")));
    answerFileDialog(offline);
    answerMessageBox(
        QStringLiteral("Someone else saved this review"), QStringLiteral("Keep mine in the file"), &said);
    push->trigger();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(
        said.contains(QStringLiteral("ana saved this review at ")) && !said.startsWith(QLatin1String("not")),
        qPrintable(said));
    QTRY_VERIFY(push->isEnabled());
    QCOMPARE(summaryAt(team), QStringLiteral("Ana's, at the office"));
    // Asked again, Rui replaces it.
    QString replaced;
    answerFileDialog(offline);
    answerMessageBox(
        QStringLiteral("Someone else saved this review"), QStringLiteral("Save mine over theirs"), &said);
    answerMessageBox(QStringLiteral("Review brought back"), QStringLiteral("OK"), &replaced);
    push->trigger();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(!said.startsWith(QLatin1String("not")), qPrintable(said));
    QTRY_VERIFY(!replaced.isEmpty());
    QVERIFY2(replaced.contains(QStringLiteral("as written offline by rui")), qPrintable(replaced));
    QCOMPARE(summaryAt(team), QStringLiteral("Rui's, at the station"));
}

// At 1366×768 a dock gets a third of the width or less: the Incident dock's page wraps (status buttons,
// regulated data, form labels above their fields) rather than demanding the width of its longest row.
void TestMainWindow::theIncidentPageWrapsToANarrowDock()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(
        declareAndSelect(window.get(), QStringLiteral("Card payments failing at checkout for every customer"))
        > 0);
    QTRY_VERIFY(window->incidentDock()->findChild<QPushButton*>(QStringLiteral("StatusButton-acknowledged")));
    auto* page = window->incidentDock()->findChild<QScrollArea*>(QStringLiteral("IncidentPage"));
    QVERIFY(page);
    const int narrowest = page->widget()->minimumSizeHint().width();
    QVERIFY2(narrowest <= 320, qPrintable(QString::number(narrowest)));
    // On one line where there is room.
    QVERIFY(page->widget()->sizeHint().width() > narrowest);
}

void TestMainWindow::playbookReviewsAreRemindedAndMarked()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    auto* reminder = window->findChild<PlaybookReviewReminder*>(QStringLiteral("PlaybookReviewReminder"));
    QVERIFY(reminder);
    // Nothing shipped has been reviewed by this team yet: every playbook is due, and the status bar says so.
    const int shipped = static_cast<int>(PlaybookCatalog::builtIn().playbooks.size());
    QCOMPARE(reminder->due(), shipped);
    QVERIFY(reminder->isVisible());
    QVERIFY2(reminder->text().contains(QString::number(shipped)), qPrintable(reminder->text()));

    window->findChild<QAction*>(QStringLiteral("actionReviewPlaybooks"))->trigger();
    auto* dialog = window->findChild<PlaybookReviewDialog*>(QStringLiteral("PlaybookReviewDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("PlaybookReviewTable"));
    QCOMPARE(table->rowCount(), shipped);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Never"));
    auto* mark = dialog->findChild<QPushButton*>(QStringLiteral("MarkPlaybookReviewed"));
    QVERIFY(!mark->isEnabled());
    const QString id = table->item(0, 0)->data(Qt::UserRole).toString();
    table->selectRow(0);
    QVERIFY(mark->isEnabled());
    mark->click();
    // Noted in the user's copy, by the person at the console; one fewer is due, and it sorts last now.
    QCOMPARE(reminder->due(), shipped - 1);
    QFile copy(m_dir->filePath(QStringLiteral("config/playbooks/%1.json").arg(id)));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(copy.readAll()).object();
    QCOMPARE(saved.value(QLatin1String("reviewedBy")).toString(), m_commands->author());
    QCOMPARE(
        saved.value(QLatin1String("lastReviewed")).toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(table->item(table->rowCount() - 1, 0)->data(Qt::UserRole).toString(), id);
    QCOMPARE(table->item(table->rowCount() - 1, 2)->text(), m_commands->author());
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::stakeholderUpdatesAndTheStatusPage()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    CommunicationModel* matrix = window->communicationDock()->model();
    QAbstractItemModelTester tester(matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Incident incident;
    IncidentDraft draft = TestSupport::draft(
        QStringLiteral("Card payments failing"), Severity::Sev1, QStringLiteral("checkout"));
    m_commands->declare(draft, [&incident](const Incident& declared) { incident = declared; });
    QTRY_VERIFY(incident.isValid());
    window->triageDock()->selectIncident(incident.id);
    QTRY_COMPARE(window->selectedIncident()->id(), incident.id);
    QTRY_COMPARE(matrix->rowCount(), 7); // every group of the matrix hears of a SEV1
    const auto rowOf = [matrix](const QString& id) {
        for (int row = 0; row < matrix->rowCount(); ++row) {
            if (matrix->dueAt(row)->audienceId == id)
                return row;
        }
        return -1;
    };
    const int leads = rowOf(QStringLiteral("engineering-leads"));
    QCOMPARE(matrix->dueAt(leads)->state, DueState::OnTrack);
    QCOMPARE(matrix->dueAt(leads)->nextKind, UpdateKind::Initial);

    // Write the first notice to the engineering leads: not sendable while a [[prompt]] is left.
    bool sent = false;
    QTimer::singleShot(0, this, [&sent] {
        auto* dialog = qobject_cast<SendUpdateDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QPushButton* slack = dialog->findChild<QPushButton*>(QStringLiteral("Send_slack"));
        QVERIFY(slack);
        QVERIFY(dialog->body()->toPlainText().contains(QLatin1String("INCIDENT ALERT - SEV1")));
        QVERIFY(!slack->isEnabled()); // "[[Who is affected, and how many]]"
        QString text = dialog->body()->toPlainText();
        text.replace(
            QRegularExpression(QStringLiteral("\\[\\[[^\\]]*\\]\\]")), QStringLiteral("All card payments"));
        dialog->body()->setPlainText(text);
        QVERIFY(slack->isEnabled());
        QTest::mouseClick(slack, Qt::LeftButton);
        sent = true;
    });
    window->communicationDock()->sendUpdate(leads);
    QVERIFY(sent);
    QTRY_VERIFY(matrix->dueAt(rowOf(QStringLiteral("engineering-leads")))->lastSent.isValid());
    QCOMPARE(matrix->dueAt(rowOf(QStringLiteral("engineering-leads")))->nextKind, UpdateKind::Update);
    QTRY_VERIFY([&] {
        const QAbstractItemModel* timeline = window->timelineDock()->view()->model();
        for (int row = 0; row < timeline->rowCount(); ++row) {
            if (timeline->index(row, 3).data().toString().startsWith(
                    QLatin1String("Update sent to Engineering Leads (Slack)")))
                return true;
        }
        return false;
    }());

    // The status page: draft, preview, publish; the update is in the history and on the timeline.
    StatusPageDock* page = window->statusPageDock();
    page->setPublishProblem(QString());
    page->titleEdit()->setText(QStringLiteral("Card payments failing at checkout"));
    page->composeFromTemplate();
    QVERIFY(page->bodyEdit()->toPlainText().contains(QLatin1String("problems with checkout")));
    QVERIFY(page->bodyEdit()->toPlainText().contains(QLatin1String("Next Update: ")));
    QVERIFY(
        !page->bodyEdit()->toPlainText().contains(QLatin1String("none planned"))); // SEV1: every 30 minutes
    QVERIFY(page->preview()->toHtml().contains(QLatin1String("CRITICAL")));
    QVERIFY(page->preview()->toPlainText().contains(QLatin1String("Card payments failing at checkout")));
    page->publish(true);
    QTRY_COMPARE(page->history()->count(), 1);
    QVERIFY(page->history()->item(0)->text().contains(QLatin1String("waiting to be sent")));
    QTRY_VERIFY(matrix->dueAt(rowOf(QStringLiteral("customers")))->lastSent.isValid()); // the public heard
    {
        QString error;
        auto store = TestSupport::openStore(
            m_dir->filePath(QStringLiteral("gui.db")), SystemClock::instance(), &error);
        QVERIFY2(store, qPrintable(error));
        const QList<OutboxMessage> outbox = *store->outbox().outboxMessages(10);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().channel, QStringLiteral("statuspage"));
        QCOMPARE(store->communication().statusPageDraft(incident.id)->title,
            QStringLiteral("Card payments failing at checkout"));
    }

    // Without Statuspage credentials: a clear message, nothing posted, the draft kept.
    page->setPublishProblem(QStringLiteral("No Statuspage credentials."));
    page->bodyEdit()->setPlainText(QStringLiteral("We found the cause."));
    QTimer::singleShot(0, this, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    page->publish(true);
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("No Statuspage credentials.")));
    QTest::qWait(200);
    QCOMPARE(page->history()->count(), 1);
    QCOMPARE(page->bodyEdit()->toPlainText(), QStringLiteral("We found the cause."));

    // Edit the matrix: the executives no longer hear of SEV1, SEV1 updates every 15 minutes; kept in the
    // file.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<MatrixDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->groupTable()->item(0, 1)->setCheckState(Qt::Unchecked);
        dialog->findChild<QSpinBox*>(QStringLiteral("EverySEV1"))->setValue(15);
        dialog->accept();
    });
    window->communicationDock()->editMatrix();
    QString warning;
    const CommunicationPlan saved
        = CommunicationPlan::load(m_dir->filePath(QStringLiteral("communication.json")), &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(saved.cadenceFor(Severity::Sev1).everyMinutes, 15);
    QVERIFY(!saved.group(QStringLiteral("executives"))->notifies(Severity::Sev1));
    QCOMPARE(matrix->dueAt(rowOf(QStringLiteral("executives")))->state, DueState::NotRequired);
    QCOMPARE(matrix->dueAt(rowOf(QStringLiteral("engineering-leads")))->nextDue,
        matrix->dueAt(rowOf(QStringLiteral("engineering-leads")))->lastSent.addSecs(15 * 60));

    // Personal data in a security incident: GDPR's clock, whose notice needs each required fact ticked.
    m_commands->editField(incident.id, IncidentField::Type, QStringLiteral("security"));
    m_commands->editField(incident.id, IncidentField::RegulatedData, QStringLiteral("personal"));
    QTRY_COMPARE(matrix->rowCount(), 8);
    const int gdpr = rowOf(QStringLiteral("compliance/gdpr"));
    QVERIFY(gdpr >= 0);
    QCOMPARE(matrix->dueAt(gdpr)->nextDue, incident.detectedAt.addSecs(72 * 3600));
    bool notified = false;
    QTimer::singleShot(0, this, [&notified] {
        auto* dialog = qobject_cast<SendUpdateDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->requiredInfo().size(), 5);
        QString text = dialog->body()->toPlainText();
        text.replace(QRegularExpression(QStringLiteral("\\[\\[[^\\]]*\\]\\]")), QStringLiteral("stated"));
        dialog->body()->setPlainText(text);
        QPushButton* send = dialog->sendButtons().first();
        QVERIFY(!send->isEnabled());
        for (QCheckBox* box : dialog->requiredInfo())
            box->setChecked(true);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        notified = true;
    });
    window->communicationDock()->sendUpdate(gdpr);
    QVERIFY(notified);
    QTRY_COMPARE(matrix->dueAt(rowOf(QStringLiteral("compliance/gdpr")))->state, DueState::Done);
}

void TestMainWindow::escalationIsEditedInTheWindow()
{
    std::unique_ptr<MainWindow> window = makeWindow();
    QSignalSpy changed(window.get(), &MainWindow::escalationChanged);
    bool refusedFirst = false;
    QTimer::singleShot(0, this, [&refusedFirst] {
        auto* dialog = qobject_cast<EscalationDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // SEV1 after 10 minutes instead of 5.
        qobject_cast<QSpinBox*>(dialog->ruleTable()->cellWidget(0, 2))->setValue(10);
        // The Production policy's first level pages the primary rota and a person.
        dialog->policyList()->setCurrentRow(0);
        QCOMPARE(dialog->policyList()->currentItem()->text(), QStringLiteral("Production"));
        dialog->levelTable()->item(0, 1)->setText(QStringLiteral("schedule:primary, user:Ana Lima"));
        // A rota for the primary schedule, in its own time zone.
        dialog->scheduleList()->setCurrentRow(0);
        dialog->layerTable()->insertRow(0);
        dialog->layerTable()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("2026-11-23 09:00")));
        auto* turn = new QSpinBox(dialog->layerTable());
        turn->setRange(1, 24 * 28);
        turn->setValue(7 * 24);
        dialog->layerTable()->setCellWidget(0, 1, turn);
        dialog->layerTable()->setItem(0, 2, new QTableWidgetItem(QStringLiteral("Ana Lima, Rui Costa")));
        // A rule that names a policy that does not exist is refused, with the reason, and nothing closes.
        qobject_cast<QComboBox*>(dialog->ruleTable()->cellWidget(2, 3))
            ->setCurrentText(QStringLiteral("Nobody"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem()->text().contains(QLatin1String("Nobody")));
        refusedFirst = true;
        qobject_cast<QComboBox*>(dialog->ruleTable()->cellWidget(2, 3))
            ->setCurrentText(QStringLiteral("Support"));
        dialog->accept();
    });
    window->editEscalation();
    QVERIFY(refusedFirst);
    QCOMPARE(changed.size(), 1);
    QFile file(m_dir->filePath(QStringLiteral("escalation.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<EscalationConfig> saved = EscalationConfig::parse(file.readAll(), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->rules.first().unacknowledgedMinutes, 10);
    QCOMPARE(saved->policy(QStringLiteral("Production"))->levels.first().targets.size(), 2);
    QCOMPARE(saved->schedule(QStringLiteral("primary"))->layers.first().users,
        (QStringList { QStringLiteral("Ana Lima"), QStringLiteral("Rui Costa") }));
    QCOMPARE(saved->schedule(QStringLiteral("primary"))->zone.id(), QByteArray("America/New_York"));
    // In force at once: the on-call dock shows who is on the new rota.
    const QAbstractItemModel* onCall = window->onCallDock()->model();
    QTRY_VERIFY(onCall->index(0, OnCallModel::NowColumn).data().toString().contains(QLatin1String("Ana Lima"))
        || onCall->index(0, OnCallModel::NowColumn).data().toString().contains(QLatin1String("Rui Costa")));
}

void TestMainWindow::sev1AlarmIsOptionalAndKept()
{
    // The alarm: three pulses of two tones, 16-bit mono at 22,050 Hz, loud but not full scale, no click at
    // the start.
    const QByteArray pcm = AlarmSound::samples();
    const int pulse = static_cast<int>(0.18 * 22050);
    const int gap = static_cast<int>(0.07 * 22050);
    QCOMPARE(pcm.size(), 3 * (pulse + gap) * 2);
    const auto* samples = reinterpret_cast<const qint16*>(pcm.constData());
    qint16 peak = 0;
    for (int i = 0; i < pcm.size() / 2; ++i)
        peak = std::max<qint16>(peak, static_cast<qint16>(std::abs(samples[i])));
    QVERIFY2(peak > 0.30 * 32767 && peak <= 0.35 * 32767 + 1, qPrintable(QString::number(peak)));
    QVERIFY(std::abs(samples[0]) < 100 && std::abs(samples[pulse - 1]) < 200);
    QCOMPARE(samples[pulse + gap / 2], qint16(0)); // silence between pulses

    // On unless turned off; the choice is kept across restarts.
    {
        DesktopNotifier notifier(m_store.get(), SystemClock::instance(), m_settings.get());
        QVERIFY(notifier.soundOn());
        notifier.setSoundOn(false);
    }
    DesktopNotifier again(m_store.get(), SystemClock::instance(), m_settings.get());
    QVERIFY(!again.soundOn());
}
