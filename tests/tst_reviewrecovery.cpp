// Never lose writing: a console is killed (SIGKILL) while a review is being
// written; the next one restores the text and says so. The writer is this
// same program started again as a child, running the real Review dock.
#include "models/itemmodels/actionitemmodel.h"
#include "models/itemmodels/reviewlistmodel.h"
#include "models/store/incidentcommands.h"
#include "testsupport.h"
#include "views/review/reviewdock.h"
#include "views/review/reviewtrackerdock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <csignal>
#include <cstdio>

namespace {
const char* const kWriterVariable = "IC_REVIEW_WRITER_DB";
const QString kTyped
    = QStringLiteral("The payment API was unavailable for 45 minutes while the pool was exhausted.");

// The child: opens the review of incident 1, types into its summary, and waits to be killed.
int runWriter(const QString& database)
{
    auto store = TestSupport::openAsyncStore(database, SystemClock::instance());
    IncidentCommands commands(store.get(), QStringLiteral("writer"));
    ReviewDock dock(store.get(), &commands, SystemClock::instance(), ReviewTemplate::builtIn());
    dock.setKeepInterval(200);
    dock.show();
    Incident incident;
    store->run<StoreResult<Incident>>(
        &dock, [](IncidentStore& s) { return s.incidents().incident(1); },
        [&incident](const StoreResult<Incident>& found) { incident = *found; });
    while (!incident.isValid())
        QTest::qWait(20);
    dock.setIncident(incident);
    while (!dock.loaded().isValid())
        QTest::qWait(20);
    dock.sectionEditor(QStringLiteral("summary"))->setPlainText(kTyped);
    // Kept once the store has it: say so, then wait for the end that never comes gracefully.
    for (;;) {
        QTest::qWait(100);
        bool kept = false;
        store->run<StoreResult<QPair<QByteArray, QDateTime>>>(
            &dock, [](IncidentStore& s) { return s.reviews().unsavedReview(1); },
            [&kept](const StoreResult<QPair<QByteArray, QDateTime>>& unsaved) {
                kept = unsaved && unsaved->second.isValid();
            });
        QTest::qWait(100);
        if (kept) {
            std::puts("kept");
            std::fflush(stdout);
        }
    }
}
}

class TestReviewRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedMidEditLosesNothing();
    void aReviewSavedElsewhereFirstIsNotOverwritten();
};

void TestReviewRecovery::killedMidEditLosesNothing()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("recovery.db"));
    {
        auto store = TestSupport::openStore(database, SystemClock::instance());
        const Incident incident = *store->incidents().declare(
            TestSupport::draft(QStringLiteral("Payment API unavailable"), Severity::Sev1),
            QStringLiteral("ana"));
        QCOMPARE(incident.id, 1);
        QVERIFY(store->reviews().startReview(incident.id, QStringLiteral("ana")));
    }
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(kWriterVariable), database);
    writer.setProcessEnvironment(environment);
    writer.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(writer.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT(
        (said += writer.readAllStandardOutput()).contains("kept") || writer.state() != QProcess::Running,
        20000);
    QCOMPARE(writer.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL); // no chance to save
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    // The next console: the typed text is back, and it says so.
    auto store = TestSupport::openAsyncStore(database, SystemClock::instance());
    IncidentCommands commands(store.get(), QStringLiteral("ana"));
    ReviewDock dock(store.get(), &commands, SystemClock::instance(), ReviewTemplate::builtIn());
    ReviewTrackerDock tracker(store.get(), SystemClock::instance());
    // The tracker's models keep Qt's model contract through every reload below.
    QAbstractItemModelTester reviewsTester(
        tracker.reviews(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester actionsTester(
        tracker.actionItems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        tracker.actionFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tracker.show(); // a hidden tracker waits to be shown before it loads
    QVERIFY(QTest::qWaitForWindowExposed(&tracker));
    QObject::connect(&dock, &ReviewDock::saved, &tracker, &ReviewTrackerDock::reload);
    Incident incident;
    store->run<StoreResult<Incident>>(
        this, [](IncidentStore& s) { return s.incidents().incident(1); },
        [&incident](const StoreResult<Incident>& found) { incident = *found; });
    QTRY_VERIFY(incident.isValid());
    dock.setIncident(incident);
    QTRY_VERIFY(dock.notice()->isVisible() || !dock.notice()->isHidden());
    QVERIFY(dock.notice()->text().startsWith(QLatin1String("Restored what you had written")));
    QCOMPARE(dock.sectionEditor(QStringLiteral("summary"))->toPlainText(), kTyped);
    QVERIFY(dock.isDirty());

    // Saving keeps it for good; an action item written here shows in the tracker.
    dock.saveNow();
    QTRY_VERIFY(!dock.isDirty() && dock.notice()->isHidden());
    PostIncidentReview withAction;
    QTRY_COMPARE(tracker.actionItems()->rowCount(), 0);
    {
        auto direct = TestSupport::openStore(database, SystemClock::instance());
        QVERIFY(!direct->reviews().unsavedReview(1)->second.isValid());
        QVERIFY((*direct->reviews().review(1))->summary.contains(QLatin1String("pool was exhausted")));
        withAction = **direct->reviews().review(1);
        withAction.actionItems = { { QStringLiteral("Add index"), QStringLiteral("DB team"),
            QDate(2020, 1, 1), ActionPriority::High, ActionStatus::Open, ActionHorizon::ShortTerm } };
        QVERIFY(direct->reviews().saveReview(withAction, QStringLiteral("ana")));
    }
    tracker.reload();
    QTRY_COMPARE(tracker.actionItems()->rowCount(), 1);
    QCOMPARE(tracker.actionItems()->count(ActionItemModel::Due::Overdue), 1);
    tracker.search()->setText(QStringLiteral("exhausted"));
    QTRY_COMPARE(tracker.reviews()->rowCount(), 1);
    tracker.search()->setText(QStringLiteral("zebra"));
    QTRY_COMPARE(tracker.reviews()->rowCount(), 0);
}

void TestReviewRecovery::aReviewSavedElsewhereFirstIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("two-writers.db"));
    Incident incident;
    Incident other;
    {
        auto direct = TestSupport::openStore(database, SystemClock::instance());
        incident = *direct->incidents().declare(
            TestSupport::draft(QStringLiteral("Payment API unavailable")), QStringLiteral("ana"));
        other = *direct->incidents().declare(
            TestSupport::draft(QStringLiteral("Another one")), QStringLiteral("ana"));
        QVERIFY(direct->reviews().startReview(incident.id, QStringLiteral("ana")));
    }
    auto store = TestSupport::openAsyncStore(database, SystemClock::instance());
    IncidentCommands commands(store.get(), QStringLiteral("rui"));
    ReviewDock dock(store.get(), &commands, SystemClock::instance(), ReviewTemplate::builtIn());
    dock.show();
    dock.setIncident(incident);
    QTRY_VERIFY(dock.loaded().isValid());
    // Ana, on another console, saves her version of the summary.
    const auto saveAsAna = [&database, id = incident.id](const QString& text) {
        auto direct = TestSupport::openStore(database, SystemClock::instance());
        PostIncidentReview theirs = **direct->reviews().review(id);
        theirs.summary = QStringLiteral("<p>%1</p>").arg(text);
        return bool(direct->reviews().saveReview(theirs, QStringLiteral("ana")));
    };
    const auto summaryInStore = [&database, id = incident.id] {
        auto direct = TestSupport::openStore(database, SystemClock::instance());
        return (*direct->reviews().review(id))->summary;
    };
    QTextEdit* summary = dock.sectionEditor(QStringLiteral("summary"));
    auto* readTheirs = dock.findChild<QPushButton*>(QStringLiteral("ReviewReadTheirs"));
    QVERIFY(summary && readTheirs);

    // Rui writes while Ana saves first: his save is refused, his text stays, and he is told.
    summary->setPlainText(QStringLiteral("Rui: the pool ran dry"));
    QVERIFY(saveAsAna(QStringLiteral("Ana: a bad deploy")));
    dock.saveNow();
    QTRY_VERIFY(!readTheirs->isHidden());
    QVERIFY2(dock.notice()->text().startsWith(QStringLiteral("ana saved this review at ")),
        qPrintable(dock.notice()->text()));
    QVERIFY(dock.isDirty());
    QCOMPARE(summary->toPlainText(), QStringLiteral("Rui: the pool ran dry"));
    QVERIFY(summaryInStore().contains(QStringLiteral("Ana: a bad deploy")));

    // Leaving for another incident does not save over hers.
    dock.setIncident(other);
    QTest::qWait(300);
    QVERIFY(summaryInStore().contains(QStringLiteral("Ana: a bad deploy")));

    // Read theirs drops his and shows hers; then Save, having read it, replaces it.
    dock.setIncident(incident);
    QTRY_VERIFY(dock.loaded().isValid());
    summary->setPlainText(QStringLiteral("Rui again"));
    QVERIFY(saveAsAna(QStringLiteral("Ana again")));
    dock.saveNow();
    QTRY_VERIFY(!readTheirs->isHidden());
    readTheirs->click();
    QTRY_VERIFY(summary->toPlainText().contains(QStringLiteral("Ana again")));
    QVERIFY(!dock.isDirty());
    summary->setPlainText(QStringLiteral("Rui, having read Ana's"));
    dock.saveNow();
    QTRY_VERIFY(!dock.isDirty());
    QTRY_VERIFY(summaryInStore().contains(QStringLiteral("having read")));
}

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    if (qEnvironmentVariableIsSet(kWriterVariable))
        return runWriter(qEnvironmentVariable(kWriterVariable));
    TestReviewRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewrecovery.moc"
