// A live alert storm into the console as people run it: the real
// incident-console binary with its window (offscreen) and receiver, and
// Debian's Alertmanager taking the same storm, one after the other in one run.
// wrk sends 10 alerts never seen before in every request on 4 connections
// until a million have been answered (IC_STORM_ALERTS changes the number).
// Each first gets 50,000 alerts, so that "before" is a console in use (its
// windows full, its caches warm) rather than one just started. Prints FIGURE
// lines: alerts/s into the store, answers, latency, and resident memory just
// started, before, at its peak and after the storm, for both. Fails on lost or
// refused alerts and when memory is not bounded: the console must stay under
// 150 MB and come back within 10 % of where it was before the storm.
#include "monitoringprocess.h"
#include "testsupport.h"
#include "wrkload.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

namespace {
constexpr int kLimitSeconds = 400; // wrk's own deadline, far beyond a million alerts here

qint64 stormAlerts()
{
    bool ok = false;
    const qint64 fromEnvironment = qEnvironmentVariable("IC_STORM_ALERTS").toLongLong(&ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 1000000;
}

// Resident memory of a process sampled every 100 ms while it is alive; the highest sample.
class ResidentSampler {
public:
    explicit ResidentSampler(QString pid)
        : m_pid(std::move(pid))
        , m_thread([this] {
            while (!m_stop) {
                qint64 current = 0;
                TestSupport::peakResidentKbOf(m_pid, &current);
                m_peakKb = std::max<qint64>(m_peakKb, current);
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        })
    {
    }
    ~ResidentSampler() { stop(); }
    qint64 stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_peakKb;
    }

private:
    QString m_pid;
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_peakKb { 0 };
    std::thread m_thread;
};

qint64 residentKb(const QString& pid)
{
    qint64 current = 0;
    TestSupport::peakResidentKbOf(pid, &current);
    return current;
}

// Resident memory once it has stopped falling: the lowest of the samples over
// `seconds` after a storm (freed pages go back to the system in steps).
qint64 settledResidentKb(const QString& pid, int seconds)
{
    qint64 lowest = residentKb(pid);
    for (int i = 0; i < seconds * 4; ++i) {
        QTest::qWait(250);
        lowest = std::min(lowest, residentKb(pid));
    }
    return lowest;
}

struct StormResult {
    WrkLoad::Result load;
    qint64 stored = 0;
    double drainSeconds = 0; // after wrk ended, until every answered alert was stored
    qint64 coldKb = 0; // just started, nothing received
    qint64 beforeKb = 0; // after the warm-up: its window's pages full, its caches warm
    qint64 peakKb = 0;
    qint64 afterKb = 0;
    double storedPerSecond() const { return static_cast<double>(stored) / (load.seconds + drainSeconds); }
};

// Alerts every console has had before a storm comes: enough to fill its windows
// and caches, so that "before" is a console in use, not one just started.
// Enough that every thread's heap has seen its working set, as in a console that has run a while.
constexpr qint64 kWarmUpAlerts = 50000;

// Warms the receiver up, then storms it. `stored` says how many alerts it holds;
// none: it holds what it answered, as it answers (Alertmanager, in memory).
void storm(const QString& url, const QString& format, const QString& pid, qint64 alerts,
    const std::function<qint64()>& stored, StormResult* result)
{
    result->coldKb = settledResidentKb(pid, 2);
    QString error;
    WrkLoad::Result warmUp;
    QVERIFY2(WrkLoad::run({ url, format, 120, kWarmUpAlerts, 1, 4, QStringLiteral("warm") }, &warmUp, &error),
        qPrintable(error));
    if (stored)
        QTRY_VERIFY_WITH_TIMEOUT(stored() >= warmUp.alerts(), 30000);
    result->beforeKb = settledResidentKb(pid, 5);
    {
        ResidentSampler sampler(pid);
        QVERIFY2(WrkLoad::run({ url, format, kLimitSeconds, alerts, 1, 4 }, &result->load, &error),
            qPrintable(error));
        // Answered alerts may still wait in the alert inbox: the storm ends when they are stored.
        QElapsedTimer drain;
        drain.start();
        if (stored)
            QTRY_VERIFY_WITH_TIMEOUT(
                (result->stored = stored() - warmUp.alerts()) >= result->load.alerts(), 120000);
        else
            result->stored = result->load.alerts();
        result->drainSeconds = static_cast<double>(drain.nsecsElapsed()) / 1e9;
        result->peakKb = sampler.stop();
    }
    result->afterKb = settledResidentKb(pid, 8);
    QVERIFY2(result->afterKb > 0, "it was no longer running after the storm"); // a process gone reads as 0 kB
}

double megabytes(qint64 kb)
{
    return static_cast<double>(kb) / 1024;
}

void print(const char* who, const StormResult& storm)
{
    qInfo("FIGURE storm (%s): %lld alerts, %.0f alerts/s into the store (%.1f s of load, %.2f s after it); "
          "answered %.0f alerts/s, p50 %.2f ms, p99 %.2f ms; resident %.0f MB just started, %.0f MB before "
          "(after %lld alerts), peak %.0f MB, %.0f MB after; %.0f bytes per stored alert at the peak",
        who, static_cast<long long>(storm.stored), storm.storedPerSecond(), storm.load.seconds,
        storm.drainSeconds, storm.load.alertsPerSecond(), storm.load.p50Ms, storm.load.p99Ms,
        megabytes(storm.coldKb), megabytes(storm.beforeKb), static_cast<long long>(kWarmUpAlerts),
        megabytes(storm.peakKb), megabytes(storm.afterKb),
        static_cast<double>(std::max<qint64>(storm.peakKb - storm.beforeKb, 0)) * 1024
            / static_cast<double>(std::max<qint64>(storm.stored, 1)));
}

}

class BenchStorm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void millionAlertsIntoTheWindowAndIntoAlertmanager();
};

void BenchStorm::millionAlertsIntoTheWindowAndIntoAlertmanager()
{
    const qint64 alerts = stormAlerts();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("storm.db"));
    TestSupport::RunningConsole console(db, dir.filePath(QStringLiteral("config")));
    QVERIFY(console.waitUntilAnswering());

    StormResult ours;
    storm(
        QStringLiteral("http://127.0.0.1:%1/webhooks/alerts/prometheus").arg(console.port()),
        QStringLiteral("console"), console.pid(), alerts,
        [&db] { return TestSupport::firstNumber(db, QStringLiteral("SELECT count(*) FROM alerts")); }, &ours);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(console.waitUntilAnswering(10000), "the console stopped answering after the storm");
    QVERIFY(console.stop());

    MonitoringProcess alertmanager(MonitoringProcess::Kind::Alertmanager);
    QString error;
    QVERIFY2(alertmanager.start("route:\n  receiver: nowhere\nreceivers:\n- name: nowhere\n", &error),
        qPrintable(error));
    StormResult theirs;
    storm(QStringLiteral("http://127.0.0.1:%1/api/v2/alerts").arg(alertmanager.port()),
        QStringLiteral("alertmanager"), QString::number(alertmanager.pid()), alerts, {}, &theirs);
    alertmanager.stop();
    if (QTest::currentTestFailed())
        return;

    print("console, window open", ours);
    print("Alertmanager, in memory", theirs);
    qInfo("FIGURE storm ratio console (into the store)/Alertmanager: %.2f alerts/s; memory per alert at the "
          "peak %.3f of Alertmanager's",
        ours.storedPerSecond() / theirs.load.alertsPerSecond(),
        (static_cast<double>(std::max<qint64>(ours.peakKb - ours.beforeKb, 1))
            / static_cast<double>(ours.stored))
            / (static_cast<double>(std::max<qint64>(theirs.peakKb - theirs.beforeKb, 1))
                / static_cast<double>(theirs.stored)));

    QCOMPARE(ours.load.errors, 0);
    QCOMPARE(ours.load.non2xx, 0);
    QVERIFY2(ours.load.alerts() >= alerts, "wrk stopped before the storm was over");
    QVERIFY2(ours.peakKb < 150 * 1024, qPrintable(QStringLiteral("peak %1 kB").arg(ours.peakKb)));
    QVERIFY2(ours.afterKb <= ours.beforeKb * 11 / 10,
        qPrintable(QStringLiteral("%1 kB before, %2 kB after").arg(ours.beforeKb).arg(ours.afterKb)));
}

QTEST_GUILESS_MAIN(BenchStorm)
#include "bench_storm.moc"
