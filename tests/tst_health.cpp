// The system health tiles against Debian's real Prometheus: it scrapes itself
// every second, and the monitor reads values, baselines and sparklines through
// /api/v1/query and /api/v1/query_range; a broken query and an unreachable
// server each show their reason on their own tile.
#include "app/integrations/healthmonitor.h"
#include "monitoringprocess.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {
HealthTileSpec tile(const QString& title, const QString& query, const QString& unit = {})
{
    HealthTileSpec spec;
    spec.title = title;
    spec.query = query;
    spec.unit = unit;
    spec.baselineSeconds = 2;
    return spec;
}

const QByteArray kConfig = R"(global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: self
    static_configs:
      - targets: ['127.0.0.1:%PORT%']
)";
}

class TestHealth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answersAreRead();
    void tilesReadValueBaselineAndSparkline();
    void aBrokenQueryAndAnUnreachableServerSayWhy();
    void changeAndTrendFollowTheTile();

private:
    // Reads until every tile has settled with history (or failed for good).
    QList<HealthReading> readAll(HealthMonitor& monitor);

    MonitoringProcess m_prometheus { MonitoringProcess::Kind::Prometheus };
    QNetworkAccessManager m_network;
};

void TestHealth::initTestCase()
{
    QString error;
    QVERIFY2(m_prometheus.start(kConfig, &error), qPrintable(error));
    // Prometheus scrapes for the first time some seconds after it is ready; then a few more, for a history
    // and a baseline.
    QDeadlineTimer deadline(60000);
    bool scraped = false;
    while (!scraped && !deadline.hasExpired()) {
        QNetworkReply* reply = m_network.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/query?query=up").arg(m_prometheus.port()))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QString note;
        QString ignored;
        const std::optional<double> up = PrometheusAnswer::instant(reply->readAll(), &note, &ignored);
        reply->deleteLater();
        scraped = up && !std::isnan(*up);
        if (!scraped)
            QTest::qWait(500);
    }
    QVERIFY2(scraped, "Prometheus did not scrape itself within a minute");
    QTest::qWait(3500);
}

QList<HealthReading> TestHealth::readAll(HealthMonitor& monitor)
{
    QSignalSpy updated(&monitor, &HealthMonitor::updated);
    monitor.refresh();
    while (updated.size() < monitor.config().tiles.size()) {
        if (!updated.wait(15000))
            break;
    }
    return monitor.readings();
}

void TestHealth::answersAreRead()
{
    QString note;
    QString error;
    QCOMPARE(PrometheusAnswer::instant(
                 R"({"status":"success","data":{"resultType":"scalar","result":[1700000000.5,"12.5"]}})",
                 &note, &error),
        std::optional<double>(12.5));
    QVERIFY(std::isnan(*PrometheusAnswer::instant(
        R"({"status":"success","data":{"resultType":"vector","result":[]}})", &note, &error)));
    QCOMPARE(
        *PrometheusAnswer::instant(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"1"},"value":[1,"3"]},{"metric":{"a":"2"},"value":[1,"4"]}]}})",
            &note, &error),
        3.0);
    QVERIFY2(note.contains(QLatin1String("2 series")), qPrintable(note));
    QVERIFY(!PrometheusAnswer::instant(
        R"({"status":"error","errorType":"bad_data","error":"parse error"})", &note, &error));
    QVERIFY(error.contains(QLatin1String("parse error")));
}

void TestHealth::tilesReadValueBaselineAndSparkline()
{
    HealthConfig config;
    config.prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_prometheus.port());
    config.sparklineMinutes = 1;
    config.tiles = { tile(QStringLiteral("Targets up"), QStringLiteral("sum(up)")),
        // '+' must reach Prometheus as a plus, not as a space.
        tile(QStringLiteral("Constant"), QStringLiteral("vector(40) + 2"), QStringLiteral("req/min")),
        tile(QStringLiteral("Samples scraped"), QStringLiteral("sum(scrape_samples_scraped)")) };
    HealthMonitor monitor(config, &m_network, SystemClock::instance());
    const QList<HealthReading> readings = readAll(monitor);
    QCOMPARE(readings.size(), 3);
    for (const HealthReading& reading : readings)
        QVERIFY2(
            reading.error.isEmpty(), qPrintable(reading.spec.title + QStringLiteral(": ") + reading.error));
    QCOMPARE(readings.at(0).value, std::optional<double>(1));
    QCOMPARE(readings.at(0).baseline, std::optional<double>(1));
    QVERIFY2(readings.at(0).history.size() >= 2, "the sparkline has the scrapes so far");
    for (const QPointF& point : readings.at(0).history)
        QCOMPARE(point.y(), 1.0);
    QCOMPARE(readings.at(1).value, std::optional<double>(42));
    QCOMPARE(HealthText::value(readings.at(1)), QStringLiteral("42.0 req/min"));
    QVERIFY(*readings.at(2).value > 100); // Prometheus exposes hundreds of series about itself
    QVERIFY(monitor.lastSuccess().isValid());
}

void TestHealth::aBrokenQueryAndAnUnreachableServerSayWhy()
{
    HealthConfig config;
    config.prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_prometheus.port());
    config.tiles = { tile(QStringLiteral("Broken"), QStringLiteral("sum(rate(")),
        tile(QStringLiteral("Fine"), QStringLiteral("vector(1)")) };
    HealthMonitor monitor(config, &m_network, SystemClock::instance());
    QList<HealthReading> readings = readAll(monitor);
    QVERIFY2(readings.at(0).error.contains(QLatin1String("parse error")), qPrintable(readings.at(0).error));
    QVERIFY(!readings.at(0).value);
    QVERIFY(readings.at(1).error.isEmpty());
    QVERIFY(!monitor.lastSuccess().isValid()); // not every tile read

    config.prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(MonitoringProcess::freePort());
    monitor.setConfig(config);
    readings = readAll(monitor);
    QVERIFY2(
        readings.at(1).error.contains(QLatin1String("cannot be read")), qPrintable(readings.at(1).error));
}

void TestHealth::changeAndTrendFollowTheTile()
{
    HealthReading reading;
    reading.spec.change = HealthTileSpec::Change::Relative;
    reading.spec.higherIsWorse = false; // throughput
    reading.value = 1247;
    reading.baseline = 2267.3;
    QCOMPARE(qRound(*reading.change()), -45);
    QCOMPARE(reading.trend(), HealthReading::Trend::Worse);
    QCOMPARE(HealthText::change(reading), QStringLiteral("▼ 45.0 % from baseline"));
    reading.spec = HealthTileSpec { QStringLiteral("Error rate"), QStringLiteral("x"), QStringLiteral("%"),
        60, HealthTileSpec::Change::Absolute, true };
    reading.value = 12.3;
    reading.baseline = 4.2;
    QCOMPARE(HealthText::change(reading), QStringLiteral("▲ 8.1 points from baseline"));
    QCOMPARE(reading.trend(), HealthReading::Trend::Worse);
    reading.value = 4.21;
    QCOMPARE(reading.trend(), HealthReading::Trend::Same);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
