// Alert ingestion into the store, as the receiver does it: one transaction per
// delivery of 10 unique Alertmanager alerts (dedup lookup, rules, correlation,
// insert, change log), committed before the next: to SQLite in WAL mode, and in the
// suite's PostgreSQL variant to the test server, both in one run of the benchmarks. Prints
// FIGURE lines; fails only on wrong answers. The HTTP side, measured with wrk
// against Alertmanager itself, is not part of this figure. Then the same
// deliveries as the alert inbox's drain applies a storm: kBatchAlerts to a transaction.
#include "models/rules/alertrules.h"
#include "models/store/alertinboxdrain.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

namespace {
constexpr int kDeliveries = 5000;
constexpr int kAlertsPerDelivery = 10;

QList<AlertSignal> delivery(int number)
{
    static const char* const names[] = { "HighErrorRate", "HighLatency", "DiskFilling", "PodCrashLooping" };
    QList<AlertSignal> alerts;
    for (int i = 0; i < kAlertsPerDelivery; ++i) {
        AlertSignal signal;
        signal.source = QStringLiteral("alertmanager");
        signal.name = QString::fromLatin1(names[i % 4]);
        signal.fingerprint = QStringLiteral("%1-%2").arg(number).arg(i);
        signal.labels = { { QStringLiteral("alertname"), signal.name },
            { QStringLiteral("service"), QStringLiteral("svc-%1").arg(number % 50) },
            { QStringLiteral("severity"), QStringLiteral("warning") },
            { QStringLiteral("instance"),
                QStringLiteral("host-%1:9100").arg(number * kAlertsPerDelivery + i) } };
        signal.annotations
            = { { QStringLiteral("summary"), signal.name + QStringLiteral(" on ") + signal.fingerprint } };
        signal.startsAt = QDateTime::currentDateTimeUtc();
        alerts.append(signal);
    }
    return alerts;
}
}

// Which store the figures are of. The test server runs without fsync: its figures are an upper bound.
const char* engine()
{
    return TestSupport::TestDatabase::onPostgres() ? "PostgreSQL (the test server, no fsync)" : "SQLite";
}

class BenchIngest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void durableDeliveries();
    void inboxSizedBatches();
};

void BenchIngest::durableDeliveries()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(database.location(), &clock);
    QVERIFY(store);
    const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    QList<QList<AlertSignal>> deliveries;
    for (int i = 0; i < kDeliveries; ++i)
        deliveries.append(delivery(i));

    QList<qint64> latencies;
    latencies.reserve(kDeliveries);
    QElapsedTimer total;
    total.start();
    for (const QList<AlertSignal>& alerts : std::as_const(deliveries)) {
        QElapsedTimer one;
        one.start();
        const StoreResult<AlertIngestReport> report = store->intake().ingestAlerts(alerts, rules);
        latencies.append(one.nsecsElapsed());
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->created, kAlertsPerDelivery);
    }
    const double seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&latencies](double p) {
        return static_cast<double>(
                   latencies.at(static_cast<qsizetype>(p * static_cast<double>(latencies.size() - 1))))
            / 1e6;
    };
    QCOMPARE(*store->alerts().count(AlertFilter {}), kDeliveries * kAlertsPerDelivery);
    qInfo("FIGURE ingest into %s: %d alerts in %d deliveries of %d, committed each: %.0f alerts/s; per "
          "delivery "
          "p50 %.2f ms, p99 %.2f ms",
        engine(), kDeliveries * kAlertsPerDelivery, kDeliveries, kAlertsPerDelivery,
        kDeliveries * kAlertsPerDelivery / seconds, percentile(0.5), percentile(0.99));

    // The same deliveries again: all repeats, so dedup does the work.
    total.restart();
    for (const QList<AlertSignal>& alerts : std::as_const(deliveries))
        QVERIFY(store->intake().ingestAlerts(alerts, rules));
    qInfo("FIGURE ingest repeats (dedup) into %s: %.0f alerts/s", engine(),
        kDeliveries * kAlertsPerDelivery / (static_cast<double>(total.nsecsElapsed()) / 1e9));
    qint64 current = 0;
    qInfo("FIGURE ingest memory: peak resident %.1f MB",
        static_cast<double>(TestSupport::peakResidentKb(&current)) / 1024.0);
}

void BenchIngest::inboxSizedBatches()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(database.location(), &clock);
    QVERIFY(store);
    const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    constexpr int kPerBatch = AlertInboxDrain::kBatchAlerts / kAlertsPerDelivery;
    QList<QList<AlertDelivery>> batches;
    for (int i = 0; i < kDeliveries; ++i) {
        if (i % kPerBatch == 0)
            batches.append(QList<AlertDelivery> {});
        batches.last().append(AlertDelivery { delivery(i), QStringLiteral("alertmanager"), {} });
    }
    QElapsedTimer total;
    total.start();
    qint64 through = 0;
    for (const QList<AlertDelivery>& batch : std::as_const(batches)) {
        qsizetype refused = -1;
        const InboxMark mark { QStringLiteral("bench"), through, through + 1 };
        ++through;
        const auto applied = store->intake().ingestFromInbox(batch, rules, mark, {}, &refused);
        QVERIFY2(applied, qPrintable(applied.error()));
    }
    const double seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    QCOMPARE(*store->alerts().count(AlertFilter {}), kDeliveries * kAlertsPerDelivery);
    qInfo("FIGURE ingest from the alert inbox into %s: %d alerts, %d to a transaction: %.0f alerts/s",
        engine(), kDeliveries * kAlertsPerDelivery, AlertInboxDrain::kBatchAlerts,
        kDeliveries * kAlertsPerDelivery / seconds);
}

QTEST_GUILESS_MAIN(BenchIngest)
#include "bench_ingest.moc"
