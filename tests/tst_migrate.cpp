// `incident-console migrate`, the real binary: a console's SQLite store, filled
// through the store as a console fills it, moved into a PostgreSQL database and
// read back there: the same incidents, timelines, alerts (found by their words),
// reviews and outbox; ids that go on where the file's stopped; a target in use
// refused unless --replace.
#include "models/rules/alertrules.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
AlertSignal firing(const QString& name, const QString& fingerprint)
{
    AlertSignal signal;
    signal.source = QStringLiteral("alertmanager");
    signal.name = name;
    signal.fingerprint = fingerprint;
    signal.labels.insert(QStringLiteral("alertname"), name);
    signal.labels.insert(QStringLiteral("severity"), QStringLiteral("warning"));
    signal.annotations.insert(QStringLiteral("summary"), name + QStringLiteral(" on ") + fingerprint);
    signal.startsAt = QDateTime(QDate(2026, 11, 23), QTime(8, 59), Qt::UTC);
    return signal;
}

int migrate(const QStringList& arguments, QString* output)
{
    return TestSupport::runConsole(QStringList { QStringLiteral("migrate") } + arguments, output);
}
}

class TestMigrate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aConsolesFileMovesToATeamsDatabase();
    void refusesWhatItCannotCopyOver();

private:
    ManualClock m_clock;
    std::unique_ptr<TestSupport::TestDatabase> m_team; // the PostgreSQL database moved into
    std::unique_ptr<QTemporaryDir> m_dir; // the console's file
};

void TestMigrate::init()
{
    if (!TestSupport::TestDatabase::onPostgres())
        QSKIP("Moves a SQLite file into PostgreSQL: run with IC_TEST_POSTGRES.");
    m_team = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_team->isValid(), qPrintable(m_team->error()));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMigrate::aConsolesFileMovesToATeamsDatabase()
{
    const QString file = m_dir->filePath(QStringLiteral("incidents.db"));
    QString error;
    qint64 resolvedId = 0;
    {
        std::unique_ptr<IncidentStore> store = TestSupport::openStore(file, &m_clock, &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 1; i <= 3; ++i) {
            const StoreResult<Incident> declared
                = store->incidents().declare(TestSupport::draft(QStringLiteral("Checkout latency %1").arg(i),
                                                 Severity::Sev2, QStringLiteral("payments")),
                    QStringLiteral("ana"));
            QVERIFY2(declared, qPrintable(declared.error()));
            QVERIFY(store->incidents().addNote(
                declared->id, QStringLiteral("Note ünïcode %1").arg(i), QStringLiteral("ben")));
            resolvedId = declared->id;
        }
        m_clock.advance(600);
        QVERIFY(store->incidents().changeStatus(resolvedId, IncidentStatus::Resolved, QStringLiteral("ana")));
        QList<AlertSignal> firingAlerts;
        for (int i = 0; i < 50; ++i)
            firingAlerts.append(firing(i % 2 ? QStringLiteral("DiskFull") : QStringLiteral("QueueBacklog"),
                QStringLiteral("fp-%1").arg(i)));
        QVERIFY(store->intake().ingestAlerts(firingAlerts, AlertRules::defaults(SeverityPolicy::defaults())));
        const StoreResult<PostIncidentReview> started
            = store->reviews().startReview(resolvedId, QStringLiteral("ana"));
        QVERIFY2(started, qPrintable(started.error()));
        PostIncidentReview review = *started;
        review.summary = QStringLiteral("The connection pool ran dry after the deploy.");
        QVERIFY(store->reviews().saveReview(review, QStringLiteral("ana")));
    }
    const auto count = [](const QString& location, const char* table) {
        return TestSupport::firstNumber(
            location, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    };

    QString output;
    QCOMPARE(
        migrate({ QStringLiteral("--from"), file, QStringLiteral("--to"), m_team->location() }, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("each table counted on both sides")), qPrintable(output));
    for (const char* table : { "incidents", "timeline", "alerts", "reviews", "review_revisions", "change_log",
             "alert_log", "outbox_cursor" })
        QCOMPARE(count(m_team->location(), table), count(file, table));

    std::unique_ptr<IncidentStore> moved = TestSupport::openStore(m_team->location(), &m_clock, &error);
    QVERIFY2(moved, qPrintable(error));
    const StoreResult<Incident> resolved = moved->incidents().incident(resolvedId);
    QVERIFY2(resolved, qPrintable(resolved.error()));
    QCOMPARE(resolved->status, IncidentStatus::Resolved);
    QCOMPARE(resolved->title, QStringLiteral("Checkout latency 3"));
    // Full text is rebuilt in PostgreSQL's own form: the words find the same alerts and review.
    AlertQuery diskFull;
    diskFull.filter.text = QStringLiteral("diskfull");
    const StoreResult<QList<Alert>> found = moved->alerts().page(diskFull, std::nullopt, 100);
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->size(), 25);
    const StoreResult<QList<PostIncidentReview>> reviews
        = moved->reviews().search(QStringLiteral("pool"), 10);
    QVERIFY2(reviews, qPrintable(reviews.error()));
    QCOMPARE(reviews->size(), 1);
    // The next incident takes the next id and key, not one the file had used.
    const StoreResult<Incident> next = moved->incidents().declare(
        TestSupport::draft(QStringLiteral("After the move")), QStringLiteral("ana"));
    QVERIFY2(next, qPrintable(next.error()));
    QCOMPARE(next->id, resolvedId + 1);
    const StoreResult<TimelineEntry> note = moved->incidents().addNote(
        next->id, QStringLiteral("First note on the team's database"), QStringLiteral("ben"));
    QVERIFY2(note, qPrintable(note.error()));
}

void TestMigrate::refusesWhatItCannotCopyOver()
{
    const QString file = m_dir->filePath(QStringLiteral("incidents.db"));
    QString error;
    {
        std::unique_ptr<IncidentStore> store = TestSupport::openStore(file, &m_clock, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->incidents().declare(
            TestSupport::draft(QStringLiteral("From the file")), QStringLiteral("ana")));
        std::unique_ptr<IncidentStore> inUse = TestSupport::openStore(m_team->location(), &m_clock, &error);
        QVERIFY2(inUse, qPrintable(error));
        QVERIFY(inUse->incidents().declare(
            TestSupport::draft(QStringLiteral("Already there")), QStringLiteral("ana")));
    }
    QString output;
    QCOMPARE(
        migrate({ QStringLiteral("--from"), file, QStringLiteral("--to"), m_team->location() }, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("in use already (1 incidents")), qPrintable(output));
    QCOMPARE(
        TestSupport::firstNumber(m_team->location(), QStringLiteral("SELECT count(*) FROM incidents")), 1);

    QCOMPARE(migrate({ QStringLiteral("--from"), file, QStringLiteral("--to"), m_team->location(),
                         QStringLiteral("--replace") },
                 &output),
        0);
    std::unique_ptr<IncidentStore> moved = TestSupport::openStore(m_team->location(), &m_clock, &error);
    QVERIFY2(moved, qPrintable(error));
    const StoreResult<QList<Incident>> all = moved->incidents().page(IncidentQuery {}, std::nullopt, 10);
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().title, QStringLiteral("From the file"));

    for (const QStringList& wrong : { QStringList { QStringLiteral("--from"), file },
             QStringList { QStringLiteral("--from"), m_team->location(), QStringLiteral("--to"), file },
             QStringList { QStringLiteral("--to"), m_team->location(), QStringLiteral("--sideways") } })
        QCOMPARE(migrate(wrong, &output), 2);
    QCOMPARE(migrate({ QStringLiteral("--from"), m_dir->filePath(QStringLiteral("missing.db")),
                         QStringLiteral("--to"), m_team->location() },
                 &output),
        1);
    QVERIFY2(!QFile::exists(m_dir->filePath(QStringLiteral("missing.db"))), "a missing file is not made");
}

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
