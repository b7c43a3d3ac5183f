#include "models/domain/responsestatus.h"
#include "models/itemmodels/alertlistmodel.h"
#include "models/itemmodels/incidentlistmodel.h"
#include "models/itemmodels/rejecteddeliverymodel.h"
#include "models/itemmodels/selectedincident.h"
#include "models/itemmodels/silencelistmodel.h"
#include "models/itemmodels/timelinemodel.h"
#include "models/rules/alertrules.h"
#include "models/store/incidentcommands.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kAna = QStringLiteral("ana");

// Asks for more rows whenever the model can give them, as a view scrolled to the end does,
// until the model has `rows` and says nothing more follows.
bool fetchAll(QAbstractItemModel& model, int rows)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (model.canFetchMore({})) {
            model.fetchMore({});
            model.fetchMore({}); // a second call while one is under way must not fetch twice
        } else if (model.rowCount() == rows) {
            QTest::qWait(50); // a fetch may still be under way
            if (model.rowCount() == rows && !model.canFetchMore({}))
                return true;
            continue;
        }
        QTest::qWait(5);
    }
    qWarning("fetchAll: %d rows of %d, canFetchMore %d", model.rowCount(), rows, model.canFetchMore({}));
    return false;
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}
}

class TestItemModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listLoadsInPagesFromTheStore();
    void declaredIncidentIsInsertedInPlace();
    void severityChangeMovesTheRow();
    void resolvingRemovesFromTheActiveQueue();
    void editingTitleChangesOnlyThatCell();
    void newFilterOrSortReloads();
    void changesByAnotherProcessAppear();
    void responseCountdownFollowsTheClock();
    void shortListsChangeRowByRow();
    void timelineFollowsTheIncident();
    void timelineCorrectionMarksTheOriginal();
    void timelinePagesLongHistories();
    void selectedIncidentStaysCurrent();
    void pagedModelsHoldOnlyTheirWindowUnderLiveInserts();
    void windowEmptiedByRemovalsFillsAgain();
    void lastRowThatSortsLaterLeavesTheWindow();

private:
    Incident declareSync(const QString& title, Severity severity, const QString& service = QString());
    void waitLoaded(IncidentListModel& model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::TestDatabase> m_database;
    ManualClock m_clock;
    std::unique_ptr<IncidentStore> m_sync; // a second connection, like another process
    std::unique_ptr<AsyncIncidentStore> m_store;
    std::unique_ptr<IncidentCommands> m_commands;
};

void TestItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    const QString path = m_database->location();
    m_store = TestSupport::openAsyncStore(path, &m_clock);
    QVERIFY(m_store);
    m_sync = TestSupport::openStore(path, &m_clock);
    QVERIFY(m_sync);
    m_commands = std::make_unique<IncidentCommands>(m_store.get(), kAna);
}

void TestItemModels::cleanup()
{
    m_commands.reset();
    m_store.reset();
    m_sync.reset();
    m_database.reset();
}

Incident TestItemModels::declareSync(const QString& title, Severity severity, const QString& service)
{
    const StoreResult<Incident> incident
        = m_sync->incidents().declare(TestSupport::draft(title, severity, service), kAna);
    return incident ? *incident : Incident {};
}

void TestItemModels::waitLoaded(IncidentListModel& model)
{
    QTRY_VERIFY(!model.isLoading());
}

void TestItemModels::listLoadsInPagesFromTheStore()
{
    for (int i = 0; i < 35; ++i)
        declareSync(QStringLiteral("Incident %1").arg(i), static_cast<Severity>(1 + i % 4));
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    model.setPageSize(10);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_VERIFY(model.rowCount() >= 10);
    QCOMPARE(model.totalCount(), 35);
    QVERIFY(fetchAll(model, 35));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 3); // 10 + 10 + 10 + 5
    QCOMPARE(model.totalCount(), 35);
    QVERIFY(!model.canFetchMore({}));
    // Most severe first, and SEV1 rows keep key order among themselves.
    QCOMPARE(model.index(0, IncidentListModel::SeverityColumn).data().toString(), QStringLiteral("SEV1"));
    QCOMPARE(model.index(34, IncidentListModel::SeverityColumn).data().toString(), QStringLiteral("SEV4"));
    QCOMPARE(model.index(0, IncidentListModel::KeyColumn).data().toString(), QStringLiteral("INC-2026-0001"));
    QCOMPARE(model.index(1, IncidentListModel::KeyColumn).data().toString(), QStringLiteral("INC-2026-0005"));
}

void TestItemModels::declaredIncidentIsInsertedInPlace()
{
    declareSync(QStringLiteral("one"), Severity::Sev1);
    declareSync(QStringLiteral("three"), Severity::Sev3);
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 2);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_commands->declare(TestSupport::draft(QStringLiteral("two"), Severity::Sev2));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(column(model, IncidentListModel::TitleColumn),
        (QStringList { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") }));
    QTRY_COMPARE(model.totalCount(), 3);
}

void TestItemModels::severityChangeMovesTheRow()
{
    declareSync(QStringLiteral("one"), Severity::Sev1);
    declareSync(QStringLiteral("two"), Severity::Sev2);
    const Incident three = declareSync(QStringLiteral("three"), Severity::Sev3);
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitLoaded(model);

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_commands->changeSeverity(three.id, Severity::Sev1);
    QTRY_COMPARE(moved.count(), 1);
    QCOMPARE(column(model, IncidentListModel::TitleColumn),
        (QStringList { QStringLiteral("one"), QStringLiteral("three"), QStringLiteral("two") }));
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
    QCOMPARE(
        model.index(1, IncidentListModel::SeverityColumn).data(IncidentListModel::SeverityRole).toInt(), 1);
}

void TestItemModels::resolvingRemovesFromTheActiveQueue()
{
    const Incident one = declareSync(QStringLiteral("one"), Severity::Sev1);
    declareSync(QStringLiteral("two"), Severity::Sev2);
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitLoaded(model);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    m_commands->changeStatus(one.id, IncidentStatus::Resolved);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(column(model, IncidentListModel::TitleColumn), QStringList { QStringLiteral("two") });
    QTRY_COMPARE(model.totalCount(), 1);
}

void TestItemModels::editingTitleChangesOnlyThatCell()
{
    const Incident one = declareSync(QStringLiteral("before"), Severity::Sev1);
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitLoaded(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_commands->editField(one.id, IncidentField::Title, QStringLiteral("after"));
    QTRY_COMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 0);
    QCOMPARE(topLeft.column(), int(IncidentListModel::TitleColumn));
    QCOMPARE(bottomRight.column(), int(IncidentListModel::TitleColumn));
    QCOMPARE(model.index(0, IncidentListModel::TitleColumn).data().toString(), QStringLiteral("after"));
}

void TestItemModels::newFilterOrSortReloads()
{
    declareSync(QStringLiteral("db slow"), Severity::Sev2, QStringLiteral("db"));
    declareSync(QStringLiteral("api down"), Severity::Sev1, QStringLiteral("api"));
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitLoaded(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    IncidentFilter filter = model.query().filter;
    filter.service = QStringLiteral("db");
    model.setFilter(filter);
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(column(model, IncidentListModel::TitleColumn), QStringList { QStringLiteral("db slow") });

    filter.service.clear();
    model.setFilter(filter);
    QTRY_COMPARE(reset.count(), 2);
    model.sort(IncidentListModel::TitleColumn, Qt::AscendingOrder);
    QTRY_COMPARE(reset.count(), 3);
    QCOMPARE(column(model, IncidentListModel::TitleColumn),
        (QStringList { QStringLiteral("api down"), QStringLiteral("db slow") }));
    // Age sorts youngest first when ascending.
    model.sort(IncidentListModel::AgeColumn, Qt::AscendingOrder);
    QTRY_COMPARE(reset.count(), 4);
    QCOMPARE(model.query().sort.key, IncidentSortKey::DetectedAt);
    QCOMPARE(model.query().sort.order, Qt::DescendingOrder);
}

void TestItemModels::changesByAnotherProcessAppear()
{
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitLoaded(model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    declareSync(QStringLiteral("from the command line"), Severity::Sev1);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(0, IncidentListModel::TitleColumn).data().toString(),
        QStringLiteral("from the command line"));
}

void TestItemModels::responseCountdownFollowsTheClock()
{
    declareSync(QStringLiteral("one"), Severity::Sev1); // 15 minutes to acknowledge
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitLoaded(model);
    const QModelIndex response = model.index(0, IncidentListModel::ResponseColumn);
    QCOMPARE(response.data().toString(), QStringLiteral("15:00 left"));
    QCOMPARE(
        response.data(IncidentListModel::ResponseStateRole).toInt(), int(ResponseStatus::State::Pending));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.advance(12 * 60);
    model.refreshTimes();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(IncidentListModel::AgeColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(IncidentListModel::ResponseColumn));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(IncidentListModel::ResponseStateRole));
    QCOMPARE(response.data().toString(), QStringLiteral("03:00 left"));
    QCOMPARE(
        response.data(IncidentListModel::ResponseStateRole).toInt(), int(ResponseStatus::State::DueSoon));
    QCOMPARE(model.index(0, IncidentListModel::AgeColumn).data().toString(), QStringLiteral("12m"));

    m_clock.advance(5 * 60);
    model.refreshTimes();
    QCOMPARE(response.data().toString(), QStringLiteral("missed by 2m"));
    QCOMPARE(response.data(IncidentListModel::ResponseStateRole).toInt(), int(ResponseStatus::State::Missed));
}

void TestItemModels::timelineFollowsTheIncident()
{
    const Incident one = declareSync(QStringLiteral("one"), Severity::Sev1);
    const Incident two = declareSync(QStringLiteral("two"), Severity::Sev2);
    TimelineModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(one.id);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TimelineModel::KindColumn).data().toString(), QStringLiteral("Declared"));
    QCOMPARE(model.index(0, TimelineModel::AuthorColumn).data().toString(), kAna);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_commands->changeStatus(one.id, IncidentStatus::Acknowledged);
    m_commands->addNote(two.id, QStringLiteral("not for this view"));
    m_commands->addNote(one.id, QStringLiteral("rolled back"));
    QTRY_COMPARE(model.rowCount(), 3);
    int insertedRows = 0;
    for (const QList<QVariant>& signal : std::as_const(inserted))
        insertedRows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    QCOMPARE(insertedRows, 2); // the note on the other incident is not ours
    QCOMPARE(model.index(1, TimelineModel::DetailsColumn).data().toString(),
        QStringLiteral("Status: Triggered → Acknowledged"));
    QCOMPARE(model.index(2, TimelineModel::DetailsColumn).data().toString(), QStringLiteral("rolled back"));
    // Shown in local time (the tests run in Europe/Berlin): 09:00 UTC is 10:00.
    QVERIFY(model.index(0, TimelineModel::TimeColumn).data().toString().endsWith(QLatin1String("10:00:00")));
}

void TestItemModels::timelineCorrectionMarksTheOriginal()
{
    const Incident one = declareSync(QStringLiteral("one"), Severity::Sev1);
    const TimelineEntry note = *m_sync->incidents().addNote(one.id, QStringLiteral("wrong"), kAna);
    TimelineModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(one.id);
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(!model.index(1, 0).data(TimelineModel::CorrectedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_commands->addCorrection(note.id, QStringLiteral("right"));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QVERIFY(model.index(1, 0).data(TimelineModel::CorrectedRole).toBool());
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(model.index(2, 0).data(TimelineModel::CorrectsIdRole).toLongLong(), note.id);
}

void TestItemModels::timelinePagesLongHistories()
{
    const Incident one = declareSync(QStringLiteral("one"), Severity::Sev1);
    for (int i = 0; i < 11; ++i)
        QVERIFY(m_sync->incidents().addNote(one.id, QStringLiteral("note %1").arg(i), kAna));
    TimelineModel model(m_store.get());
    model.setPageSize(4);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(one.id);
    QTRY_VERIFY(model.rowCount() >= 4);
    // A full last page cannot tell whether more follow; the fetch after it finds nothing and says so.
    QVERIFY(fetchAll(model, 12));
    QCOMPARE(inserted.count(), 3); // 4 + 4 + 4
    QCOMPARE(model.index(11, TimelineModel::DetailsColumn).data().toString(), QStringLiteral("note 10"));
}

void TestItemModels::selectedIncidentStaysCurrent()
{
    const Incident one = declareSync(QStringLiteral("one"), Severity::Sev1);
    SelectedIncident selected(m_store.get());
    QSignalSpy changed(&selected, &SelectedIncident::changed);
    selected.select(one.id);
    QTRY_COMPARE(selected.incident().title, QStringLiteral("one"));
    m_sync->incidents().editField(one.id, IncidentField::Title, QStringLiteral("renamed elsewhere"), kAna);
    QTRY_COMPARE(selected.incident().title, QStringLiteral("renamed elsewhere"));
    selected.clear();
    QVERIFY(!selected.isValid());
    QCOMPARE(changed.last().first().value<Incident>().id, 0);
}

// Memory follows what is shown, not what arrives: 50,000 alerts, 100 incidents
// and 1,000 timeline entries arriving live leave each paged model holding no
// more than its window, at every step; a view scrolled to the end stops at
// maxRows(), and what the window holds is exactly the top of the store's order.
void TestItemModels::pagedModelsHoldOnlyTheirWindowUnderLiveInserts()
{
    const Incident storm = declareSync(QStringLiteral("storm"), Severity::Sev2);
    AlertListModel alerts(m_store.get(), &m_clock);
    alerts.setTickInterval(0);
    alerts.setPageSize(100);
    alerts.setMaxPages(3);
    IncidentListModel incidents(m_store.get(), &m_clock);
    incidents.setTickInterval(0);
    incidents.setPageSize(20);
    incidents.setMaxPages(2);
    TimelineModel timeline(m_store.get());
    timeline.setPageSize(50);
    timeline.setMaxPages(2);
    // Checked by the tester through the first batch (it checks every row after every change, too slow for
    // all of them).
    using Tester = QAbstractItemModelTester;
    auto alertsTester = std::make_unique<Tester>(&alerts, Tester::FailureReportingMode::QtTest);
    auto incidentsTester = std::make_unique<Tester>(&incidents, Tester::FailureReportingMode::QtTest);
    auto timelineTester = std::make_unique<Tester>(&timeline, Tester::FailureReportingMode::QtTest);
    int overWindow = 0; // rows held beyond the window, at any step
    const auto watch = [&overWindow](QAbstractItemModel* model, const std::function<int()>& window) {
        connect(model, &QAbstractItemModel::rowsInserted, model, [&overWindow, model, window] {
            overWindow = std::max(overWindow, model->rowCount() - window());
        });
    };
    watch(&alerts, [&alerts] { return alerts.windowRows(); });
    watch(&incidents, [&incidents] { return incidents.windowRows(); });
    watch(&timeline, [&timeline] { return timeline.maxRows(); });
    alerts.reload();
    incidents.reload();
    timeline.setIncident(storm.id);
    QTRY_VERIFY(!alerts.isLoading() && !incidents.isLoading() && !timeline.isLoading());

    const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    for (int batch = 0; batch < 50; ++batch) {
        QList<AlertSignal> batchAlerts;
        for (int i = 0; i < 1000; ++i) {
            AlertSignal signal;
            signal.source = QStringLiteral("alertmanager");
            signal.name = QStringLiteral("Storm");
            signal.fingerprint = QStringLiteral("storm-%1").arg(batch * 1000 + i);
            signal.labels.insert(QStringLiteral("instance"), signal.fingerprint);
            signal.startsAt = m_clock.nowUtc();
            batchAlerts.append(signal);
        }
        QVERIFY(m_sync->intake().ingestAlerts(batchAlerts, rules));
        if (batch < 20) {
            for (int note = 0; note < 50; ++note)
                QVERIFY(m_sync->incidents().addNote(
                    storm.id, QStringLiteral("note %1").arg(batch * 50 + note), kAna));
        }
        if (batch < 10) {
            for (int i = 0; i < 10; ++i)
                declareSync(QStringLiteral("incident %1").arg(batch * 10 + i), Severity::Sev3);
        }
        m_clock.advance(1);
        m_store->lookForChanges();
        QTest::qWait(batch % 5 == 0 ? 150 : 0); // some arrive in separate announcements, some together
        if (batch == 0) {
            QTRY_COMPARE(alerts.totalCount(), 1000);
            alertsTester.reset();
            incidentsTester.reset();
            timelineTester.reset();
        }
    }
    m_store->lookForChanges();
    QTRY_COMPARE_WITH_TIMEOUT(alerts.totalCount(), 50000, 20000);
    QTRY_COMPARE(incidents.totalCount(), 101);
    QTRY_COMPARE(timeline.index(timeline.rowCount() - 1, TimelineModel::DetailsColumn).data().toString(),
        QStringLiteral("note 999"));
    QCOMPARE(overWindow, 0);
    // (The testers asked for more pages as they checked: windows may have grown a page since.)
    QVERIFY(alerts.rowCount() <= alerts.windowRows() && alerts.windowRows() <= alerts.maxRows());
    QVERIFY(incidents.rowCount() <= incidents.windowRows() && incidents.windowRows() <= incidents.maxRows());
    QCOMPARE(timeline.rowCount(), timeline.maxRows());
    QCOMPARE(timeline.earlierEntriesLeftOut(), 1001 - 100); // the declaration and 1,000 notes

    // A view scrolled to the end: pages come until maxRows, then no more.
    QVERIFY(fetchAll(alerts, 300));
    QVERIFY(fetchAll(incidents, 40));
    QCOMPARE(alerts.totalCount(), 50000);
    const StoreResult<QList<Alert>> top = m_sync->alerts().page(alerts.query(), std::nullopt, 300);
    QVERIFY(top);
    for (int row = 0; row < 300; ++row)
        QCOMPARE(alerts.alertAt(row)->id, top->at(row).id);
}

// Every row of the first page resolved: the active queue's window is empty while
// more active incidents wait in the store; a view asking for more gets them.
void TestItemModels::windowEmptiedByRemovalsFillsAgain()
{
    QList<Incident> declared;
    for (int i = 0; i < 8; ++i)
        declared.append(declareSync(QStringLiteral("incident %1").arg(i), Severity::Sev2));
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    model.setPageSize(3);
    // No tester here: it asks for more pages as it checks, and the window would never empty.
    model.reload();
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 3);
    QList<qint64> shown;
    for (int row = 0; row < 3; ++row)
        shown.append(model.index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong());
    for (const qint64 id : shown)
        QVERIFY(m_sync->incidents().changeStatus(id, IncidentStatus::Resolved, kAna));
    m_store->lookForChanges();
    QTRY_COMPARE(model.totalCount(), 5);
    if (model.canFetchMore({}))
        model.fetchMore({}); // as a view with no rows left does
    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(fetchAll(model, 5));
}

// The last held row changes so that it sorts later, while rows not fetched yet
// sort between its old and its new place: it leaves the window (to come back
// with the page it belongs to) rather than hide them.
void TestItemModels::lastRowThatSortsLaterLeavesTheWindow()
{
    declareSync(QStringLiteral("first"), Severity::Sev1);
    const Incident second = declareSync(QStringLiteral("second"), Severity::Sev2);
    declareSync(QStringLiteral("third"), Severity::Sev2);
    IncidentListModel model(m_store.get(), &m_clock);
    model.setTickInterval(0);
    model.setPageSize(2);
    // No tester here: it asks for more pages as it checks, and would fetch "third" before the change.
    model.reload();
    waitLoaded(model);
    QCOMPARE(column(model, IncidentListModel::TitleColumn),
        (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
    // Most severe first: SEV4 sorts after "third", which the model has not fetched.
    QVERIFY(m_sync->incidents().changeSeverity(second.id, Severity::Sev4, kAna));
    m_store->lookForChanges();
    QTRY_COMPARE(column(model, IncidentListModel::TitleColumn), QStringList { QStringLiteral("first") });
    QVERIFY(fetchAll(model, 3));
    QCOMPARE(column(model, IncidentListModel::TitleColumn),
        (QStringList { QStringLiteral("first"), QStringLiteral("third"), QStringLiteral("second") }));
}

// Silences (and refused deliveries) are short lists loaded whole; a refresh
// must still be exact row changes, so that a selected row stays selected.
void TestItemModels::shortListsChangeRowByRow()
{
    ManualClock clock;
    SilenceListModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto silence = [&clock](qint64 id, int endsInMinutes, const QString& comment) {
        Silence s;
        s.id = id;
        QString error;
        s.matchers = *Silence::parseMatchers(QStringLiteral("service=db%1").arg(id), &error);
        s.startsAt = clock.nowUtc().addSecs(id == 4 ? 600 : -60);
        s.endsAt = clock.nowUtc().addSecs(60LL * endsInMinutes);
        s.comment = comment;
        return s;
    };
    const auto ids = [&model] {
        QList<qint64> result;
        for (const Silence& s : model.rows())
            result.append(s.id);
        return result;
    };
    model.setSilences({ silence(1, 10, QStringLiteral("a")), silence(2, 20, QStringLiteral("b")),
        silence(3, 30, QStringLiteral("c")) });
    QCOMPARE(ids(), (QList<qint64> { 1, 2, 3 }));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // 1 expired (gone), 3 now ends first (moved up), 2's comment edited, 4 scheduled (new).
    model.setSilences({ silence(3, 5, QStringLiteral("c")), silence(2, 20, QStringLiteral("b2")),
        silence(4, 40, QStringLiteral("d")) });
    QCOMPARE(ids(), (QList<qint64> { 3, 2, 4 }));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(changed.size(), 2); // 3's end and 2's comment
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(2, SilenceListModel::StateColumn).data().toString(), QStringLiteral("Scheduled"));
    QCOMPARE(model.index(0, SilenceListModel::StateColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(1, SilenceListModel::CommentColumn).data().toString(), QStringLiteral("b2"));
    QCOMPARE(model.index(0, SilenceListModel::MatchersColumn).data().toString(),
        QStringLiteral("service=\"db3\""));

    model.setSilences({});
    QCOMPARE(model.rowCount(), 0);

    RejectedDeliveryModel deliveries;
    QAbstractItemModelTester deliveriesTester(
        &deliveries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RejectedDelivery older;
    older.id = 1;
    older.route = QStringLiteral("POST /webhooks/alerts/prometheus");
    older.reason = QStringLiteral("not JSON");
    RejectedDelivery newer = older;
    newer.id = 2;
    deliveries.setDeliveries({ older });
    deliveries.setDeliveries({ newer, older });
    QCOMPARE(deliveries.rowCount(), 2);
    QCOMPARE(deliveries.rowAt(0)->id, 2);
    QCOMPARE(deliveries.index(1, RejectedDeliveryModel::ReasonColumn).data().toString(),
        QStringLiteral("not JSON"));
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
