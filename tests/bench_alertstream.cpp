// The alert stream at scale: 1,000,000 alerts in the store (SQLite, and PostgreSQL
// as a team runs it), the stream open on them. How long the first page, a sort, a filter and a text search
// take to reach the model, and the memory it all needs. Prints FIGURE lines; fails only on wrong answers.
#include "models/itemmodels/alertlistmodel.h"
#include "models/store/sql/sqlbatchinsert.h"
#include "models/store/sql/sqldialect.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
constexpr int kAlerts = 1000000;
}

class BenchAlertStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstPage();
    void sortAndFilter_data();
    void sortAndFilter();
    void cleanupTestCase();

private:
    void generate();
    double load(const std::function<void()>& change);

    TestSupport::TestDatabase m_database;
    QString m_location;
    const char* m_engine = "";
    std::unique_ptr<AsyncIncidentStore> m_store;
    std::unique_ptr<AlertListModel> m_model;
};

void BenchAlertStream::generate()
{
    // Written straight into the schema in one transaction (the fixture, not the product's path), with
    // the words the store indexes of each alert.
    QElapsedTimer timer;
    timer.start();
    TestSupport::FixtureDatabase fixture(m_location);
    QVERIFY(fixture.isOpen());
    QSqlDatabase db = fixture.database();
    SqlBatchInsert alerts(db,
        QStringLiteral("INSERT INTO alerts (id, source, fingerprint, name, summary, service, severity, "
                       "status, labels, annotations, "
                       "starts_at, ends_at, first_seen, last_seen, occurrences, correlation_key) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?)"), 15);
    const SqlDialect dialect = SqlDialect::of(db);
    SqlBatchInsert words(db, dialect.insertWords(QStringLiteral("alerts_fts")), dialect.wordsRow(), 2);
    QRandomGenerator random(20261123);
    const QStringList kinds { QStringLiteral("HighErrorRate"), QStringLiteral("HighLatency"),
        QStringLiteral("DiskFilling"), QStringLiteral("PodCrashLooping"), QStringLiteral("NodeNotReady"),
        QStringLiteral("QueueBacklog"), QStringLiteral("CertificateExpiring"),
        QStringLiteral("ReplicationLag") };
    const QStringList sources { QStringLiteral("alertmanager"), QStringLiteral("grafana"),
        QStringLiteral("cloudwatch"), QStringLiteral("pagerduty"), QStringLiteral("generic") };
    const qint64 start = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 step = 15000; // an alert every 15 s for half a year
    for (int i = 1; i <= kAlerts; ++i) {
        const QString kind = kinds.at(static_cast<int>(random.bounded(static_cast<quint32>(kinds.size()))));
        const QString service = QStringLiteral("svc-%1").arg(random.bounded(300u));
        const QString instance = QStringLiteral("host-%1").arg(random.bounded(5000u));
        const qint64 seen = start + step * i;
        const bool open = i > kAlerts - 20000; // the newest are still firing
        const QString source = sources.at(static_cast<int>(random.bounded(5u)));
        const QString fingerprint = QStringLiteral("%1").arg(random.generate64(), 16, 16, QLatin1Char('0'));
        const int severity = 1 + static_cast<int>(random.bounded(4u));
        const int occurrences = 1 + static_cast<int>(random.bounded(50u));
        Alert alert; // what the store indexes of it
        alert.name = kind;
        alert.summary = QStringLiteral("%1 on %2 %3").arg(kind, service, instance);
        alert.service = service;
        alert.fingerprint = fingerprint;
        QVERIFY2(words.add({ i, dialect.indexedWords(AlertTextSearch::indexedText(alert)) }),
            qPrintable(words.error().text()));
        QVERIFY2(alerts.add({ i, source, fingerprint, kind, alert.summary, service, severity,
                     static_cast<int>(open ? AlertStatus::Firing : AlertStatus::Resolved),
                     QStringLiteral("{\"alertname\":\"%1\",\"instance\":\"%2\"}").arg(kind, instance), seen,
                     open ? QVariant(QMetaType::fromType<qint64>()) : QVariant(seen + 600000), seen,
                     seen + 60000, occurrences, kind + QLatin1Char('\x1f') + service }),
            qPrintable(alerts.error().text()));
    }
    QVERIFY2(alerts.finish(), qPrintable(alerts.error().text()));
    QVERIFY2(words.finish(), qPrintable(words.error().text()));
    if (!dialect.isPostgres())
        QVERIFY(
            QSqlQuery(db).exec(QStringLiteral("INSERT INTO alerts_fts (alerts_fts) VALUES ('optimize')")));
    QVERIFY(fixture.finish());
    QSqlQuery indexed(db);
    QVERIFY(indexed.exec(QStringLiteral("SELECT count(*) FROM alerts_fts")) && indexed.next());
    QCOMPARE(indexed.value(0).toInt(), kAlerts); // every alert's words, or a search would miss it
    qInfo("generated %d alerts in %.1f s", kAlerts, static_cast<double>(timer.elapsed()) / 1000.0);
}

void BenchAlertStream::initTestCase()
{
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    m_location = m_database.location();
    m_engine = TestSupport::TestDatabase::onPostgres() ? "PostgreSQL" : "SQLite";
    generate();
}

double BenchAlertStream::load(const std::function<void()>& change)
{
    QSignalSpy loaded(m_model.get(), &AlertListModel::loaded);
    QElapsedTimer timer;
    timer.start();
    change();
    if (!loaded.wait(60000))
        return -1;
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void BenchAlertStream::firstPage()
{
    QElapsedTimer timer;
    timer.start();
    m_store = TestSupport::openAsyncStore(m_location, SystemClock::instance());
    QVERIFY(m_store);
    m_model = std::make_unique<AlertListModel>(m_store.get(), SystemClock::instance());
    const double ms = load([this] { m_model->setFilter(AlertFilter {}); });
    QVERIFY(ms >= 0);
    QVERIFY(m_model->rowCount() > 0);
    QTRY_COMPARE(m_model->totalCount(), kAlerts);
    qInfo("FIGURE alert stream, %d alerts on %s: open to first page %.0f ms", kAlerts, m_engine,
        static_cast<double>(timer.nsecsElapsed()) / 1e6);
}

void BenchAlertStream::sortAndFilter_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<int>("severity");
    QTest::newRow("sort by name") << int(AlertListModel::NameColumn) << int(Qt::AscendingOrder) << QString()
                                  << false << 0;
    QTest::newRow("sort by count") << int(AlertListModel::CountColumn) << int(Qt::DescendingOrder)
                                   << QString() << false << 0;
    QTest::newRow("sort by service") << int(AlertListModel::ServiceColumn) << int(Qt::AscendingOrder)
                                     << QString() << false << 0;
    QTest::newRow("filter SEV1") << int(AlertListModel::LastSeenColumn) << int(Qt::DescendingOrder)
                                 << QString() << false << 1;
    QTest::newRow("filter open") << int(AlertListModel::LastSeenColumn) << int(Qt::DescendingOrder)
                                 << QString() << true << 0;
    QTest::newRow("search word") << int(AlertListModel::LastSeenColumn) << int(Qt::DescendingOrder)
                                 << QStringLiteral("host-4242") << false << 0;
    QTest::newRow("search two words") << int(AlertListModel::LastSeenColumn) << int(Qt::DescendingOrder)
                                      << QStringLiteral("disk svc-17") << false << 0;
    QTest::newRow("search a common word") << int(AlertListModel::LastSeenColumn) << int(Qt::DescendingOrder)
                                          << QStringLiteral("latency") << false << 0;
    QTest::newRow("search, sorted by name") << int(AlertListModel::NameColumn) << int(Qt::AscendingOrder)
                                            << QStringLiteral("latency") << false << 0;
}

void BenchAlertStream::sortAndFilter()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QString, text);
    QFETCH(bool, openOnly);
    QFETCH(int, severity);
    QVERIFY(m_model);
    // Back to the plain stream first, so that each row measures its own change.
    if (m_model->query().filter != AlertFilter {})
        QVERIFY(load([this] { m_model->setFilter(AlertFilter {}); }) >= 0);
    if (m_model->query().sort != AlertSort {})
        QVERIFY(load([this] { m_model->sort(AlertListModel::LastSeenColumn, Qt::DescendingOrder); }) >= 0);

    AlertFilter filter = openOnly ? AlertFilter::open() : AlertFilter {};
    filter.text = text;
    if (severity > 0)
        filter.severities = { static_cast<Severity>(severity) };
    double filterMs = 0;
    if (filter != AlertFilter {})
        filterMs = load([this, filter] { m_model->setFilter(filter); });
    const double sortMs = sortColumn == AlertListModel::LastSeenColumn && order == Qt::DescendingOrder
        ? 0
        : load([this, sortColumn, order] { m_model->sort(sortColumn, static_cast<Qt::SortOrder>(order)); });
    QVERIFY(filterMs >= 0 && sortMs >= 0);
    // Right answers: every row shown matches, in order.
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(filter.matches(*m_model->alertAt(row)));
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(!AlertOrdering(m_model->query().sort)(*m_model->alertAt(row), *m_model->alertAt(row - 1)));
    if (filterMs > 0 && sortMs > 0)
        qInfo("FIGURE alert stream on %s, %s: filter %.0f ms, then sort %.0f ms (%d matching)", m_engine,
            QTest::currentDataTag(), filterMs, sortMs, m_model->totalCount());
    else
        qInfo("FIGURE alert stream on %s, %s: %.0f ms (%d matching)", m_engine, QTest::currentDataTag(),
            filterMs + sortMs, m_model->totalCount());
}

void BenchAlertStream::cleanupTestCase()
{
    qint64 current = 0;
    const qint64 peak = TestSupport::peakResidentKb(&current);
    qInfo("FIGURE alert stream memory on %s: peak resident %.0f MB (after the data set was written), now "
          "%.0f MB",
        m_engine, static_cast<double>(peak) / 1024, static_cast<double>(current) / 1024);
    m_model.reset();
    m_store.reset();
}

QTEST_GUILESS_MAIN(BenchAlertStream)
#include "bench_alertstream.moc"
