// The statistics dock at scale: 100,000 incidents over two years and
// 1,000,000 alerts in the store. Prints how long the dock takes from asking to
// having drawn every chart, per period; asserts only that the figures are right.
#include "models/rules/monthlyreport.h"
#include "testsupport.h"
#include "views/statistics/monthlyreportwriter.h"
#include "views/statistics/statisticsdock.h"

#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kIncidents = 100000;
constexpr int kAlerts = 1000000;
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

template<typename T> const T& pick(QRandomGenerator& random, const QList<T>& values)
{
    return values.at(static_cast<int>(random.bounded(static_cast<quint32>(values.size()))));
}
}

class BenchStatistics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dockDrawsEveryChart_data();
    void dockDrawsEveryChart();
    void monthlyReportPdf();

private:
    void generate();

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock { kNow };
};

void BenchStatistics::generate()
{
    QElapsedTimer timer;
    timer.start();
    TestSupport::FixtureDatabase fixture(m_path);
    QVERIFY(fixture.isOpen());
    QSqlDatabase db = fixture.database();
    QSqlQuery incident(db);
    QVERIFY(incident.prepare(
        QStringLiteral("INSERT INTO incidents (id, key, key_year, key_number, title, severity, type, "
                       "service, environment, status, commander, "
                       "detected_at, response_due_at, acknowledged_at, resolved_at, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'production', ?, 'ana', ?, ?, ?, ?, ?, ?)")));
    QRandomGenerator random(20261124);
    const QStringList services { QStringLiteral("api"), QStringLiteral("database"),
        QStringLiteral("payments"), QStringLiteral("auth"), QStringLiteral("search"), QStringLiteral("cdn"),
        QStringLiteral("checkout"), QStringLiteral("queue"), QStringLiteral("cache"),
        QStringLiteral("reporting"), QStringLiteral("mail"), QStringLiteral("billing") };
    const QStringList types { QStringLiteral("outage"), QStringLiteral("performance"),
        QStringLiteral("security"), QStringLiteral("data"), QStringLiteral("integration") };
    const qint64 start = kNow.addYears(-2).toMSecsSinceEpoch();
    const qint64 span = kNow.toMSecsSinceEpoch() - start;
    const qint64 minute = 60 * 1000;
    for (int i = 1; i <= kIncidents; ++i) {
        const qint64 detected = start + span / kIncidents * (i - 1);
        const quint32 roll = random.bounded(100u);
        const int severity = roll < 5 ? 1 : roll < 20 ? 2 : roll < 60 ? 3 : 4;
        const bool active = i > kIncidents - 300;
        const int year = QDateTime::fromMSecsSinceEpoch(detected, Qt::UTC).date().year();
        const qint64 acknowledged = detected + minute * (1 + random.bounded(40u));
        const qint64 resolved = acknowledged + minute * (10 + random.bounded(600u));
        for (const QVariant& value :
            QVariantList { i, QStringLiteral("INC-%1-%2").arg(year).arg(i, 6, 10, QLatin1Char('0')), year, i,
                QStringLiteral("Incident %1").arg(i), severity, pick(random, types), pick(random, services),
                active ? 1 : 6, detected, detected + minute * 15, acknowledged,
                active ? QVariant(QMetaType::fromType<qint64>()) : QVariant(resolved),
                detected + minute * random.bounded(12u), resolved })
            incident.addBindValue(value);
        QVERIFY2(incident.exec(), qPrintable(incident.lastError().text()));
    }
    QSqlQuery alert(db);
    QVERIFY(alert.prepare(QStringLiteral("INSERT INTO alerts (id, source, fingerprint, name, service, "
                                         "severity, status, first_seen, last_seen, "
                                         "occurrences) VALUES (?, ?, ?, ?, ?, ?, 2, ?, ?, ?)")));
    const QStringList names { QStringLiteral("HighErrorRate"), QStringLiteral("HighLatency"),
        QStringLiteral("DiskFilling"), QStringLiteral("PodCrashLooping"), QStringLiteral("NodeNotReady"),
        QStringLiteral("QueueBacklog"), QStringLiteral("CertificateExpiring"),
        QStringLiteral("ReplicationLag") };
    const QStringList sources { QStringLiteral("alertmanager"), QStringLiteral("grafana"),
        QStringLiteral("cloudwatch"), QStringLiteral("pagerduty"), QStringLiteral("generic") };
    for (int i = 1; i <= kAlerts; ++i) {
        const qint64 seen = start + span / kAlerts * (i - 1);
        for (const QVariant& value : QVariantList { i, pick(random, sources), QStringLiteral("f%1").arg(i),
                 pick(random, names), pick(random, services), 1 + static_cast<int>(random.bounded(4u)), seen,
                 seen + minute, 1 + static_cast<int>(random.bounded(20u)) })
            alert.addBindValue(value);
        QVERIFY2(alert.exec(), qPrintable(alert.lastError().text()));
    }
    // What ingestion would have counted, hour by hour (the migration fills it the same way).
    QVERIFY(QSqlQuery(db).exec(QStringLiteral(
        "INSERT INTO alert_volume (hour, source, name, service, severity, notifications) SELECT first_seen - "
        "first_seen % 3600000, "
        "source, name, service, severity, sum(occurrences) FROM alerts GROUP BY 1, 2, 3, 4, 5")));
    QVERIFY(
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO alert_volume_daily (day, source, name, notifications) "
                                          "SELECT CAST(strftime('%s', date(first_seen / 1000, "
                                          "'unixepoch', 'localtime'), 'utc') AS INTEGER) * 1000, source, "
                                          "name, sum(occurrences) FROM alerts GROUP BY 1, 2, 3")));
    QVERIFY(fixture.finish());
    qInfo("generated %d incidents and %d alerts in %.1f s", kIncidents, kAlerts, timer.elapsed() / 1000.0);
}

void BenchStatistics::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("statistics.db"));
    generate();
}

void BenchStatistics::dockDrawsEveryChart_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("service");
    QTest::newRow("last 12 weeks") << 0 << QString();
    QTest::newRow("last 12 months") << 3 << QString();
    QTest::newRow("last 24 months (everything)") << 4 << QString();
    QTest::newRow("last 24 months, service=payments") << 4 << QStringLiteral("payments");
}

void BenchStatistics::dockDrawsEveryChart()
{
    QFETCH(int, period);
    QFETCH(QString, service);
    const std::unique_ptr<AsyncIncidentStore> store = TestSupport::openAsyncStore(m_path, &m_clock);
    QVERIFY(store);
    StatisticsDock dock(store.get(), &m_clock, StatisticsConfig::builtIn());
    dock.resize(1900, 1000);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy loaded(&dock, &StatisticsDock::loaded);
    QVERIFY(loaded.wait(30000)); // the first load, of the default period, as the dock is shown
    auto* choice = dock.findChild<QComboBox*>(QStringLiteral("statisticsPeriod"));
    QVERIFY(choice);
    double worst = 0;
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        loaded.clear();
        QElapsedTimer timer;
        timer.start();
        auto* services = dock.findChild<QComboBox*>(QStringLiteral("statisticsService"));
        if (run == 0 && !service.isEmpty()) {
            const QSignalBlocker quiet(choice);
            choice->setCurrentIndex(period);
            services->setCurrentIndex(services->findData(service));
        } else if (run == 0 && choice->currentIndex() != period) {
            choice->setCurrentIndex(period);
        } else {
            dock.reload();
        }
        QVERIFY(loaded.wait(30000));
        // Drawn: every chart painted into an image, as the screen would be.
        for (QChartView* view : dock.chartViews())
            view->grab();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        worst = std::max(worst, ms);
        best = std::min(best, ms);
    }
    // Right figures: the span's incidents as SQL counts them.
    const MetricsRequest asked = dock.request();
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(m_path);
    QVERIFY(check.open());
    {
        QSqlQuery count(check);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM incidents WHERE detected_at >= %1 AND "
                                          "detected_at < %2 AND ('%3' = '' OR service = '%3')")
                               .arg(asked.buckets.first().from.toMSecsSinceEpoch())
                               .arg(asked.buckets.last().to.toMSecsSinceEpoch())
                               .arg(service)));
        QVERIFY(count.next());
        QCOMPARE(dock.metrics().overall.incidents, count.value(0).toLongLong());
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QVERIFY(!dock.metrics().alertVolume.sources.isEmpty());
    // The store's part alone, on this thread.
    const std::unique_ptr<IncidentStore> direct = TestSupport::openStore(m_path, &m_clock);
    QVERIFY(direct);
    QElapsedTimer queried;
    queried.start();
    QVERIFY(direct->figures().responseMetrics(asked));
    const double queryMs = static_cast<double>(queried.nsecsElapsed()) / 1e6;
    qInfo("FIGURE statistics dock, %s (%lld incidents of %d, %d alerts in store): queries and every chart "
          "drawn in %.0f ms "
          "(best %.0f ms; the store's queries alone %.0f ms)",
        QTest::currentDataTag(), dock.metrics().overall.incidents, kIncidents, kAlerts, worst, best, queryMs);
}

void BenchStatistics::monthlyReportPdf()
{
    const std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_path, &m_clock);
    QVERIFY(store);
    QElapsedTimer timer;
    timer.start();
    const StoreResult<MonthlyReport> report
        = MonthlyReport::load(*store, 2026, 10, StatisticsConfig::builtIn().goals);
    QVERIFY(report);
    const double counted = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QString error;
    QVERIFY2(
        MonthlyReportWriter::write(*report, m_dir.filePath(QStringLiteral("report.pdf")), QString(), &error),
        qPrintable(error));
    const double written = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QVERIFY(report->current().incidents > 4000);
    qInfo("FIGURE monthly report, October 2026 (%lld incidents): figures %.0f ms, PDF with charts written "
          "%.0f ms",
        report->current().incidents, counted, written);
}

QTEST_MAIN(BenchStatistics)
#include "bench_statistics.moc"
