// The receiver under load from wrk, against Debian's Alertmanager under the
// same load, in one run: 4 keep-alive connections on loopback, 10 alerts never
// seen before in every request. The console commits each delivery to SQLite
// before it answers; Alertmanager keeps its alerts in memory. Prints FIGURE
// lines and the ratio; fails only on wrong answers (errors, lost alerts).
#include "alertmanagerprocess.h"
#include "ingestion/receiver.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kSeconds = 10;

struct LoadResult {
    qint64 requests = 0;
    double seconds = 0;
    qint64 errors = 0;
    qint64 non2xx = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double alertsPerSecond() const { return static_cast<double>(requests * 10) / seconds; }
};

// Runs wrk with tests/load/alerts.lua; false if wrk could not run.
bool runWrk(const QString& url, const QString& format, LoadResult* result, QString* error)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    wrk.start(QStringLiteral("wrk"),
        { QStringLiteral("-t2"), QStringLiteral("-c4"), QStringLiteral("-d%1s").arg(kSeconds),
            QStringLiteral("--latency"), QStringLiteral("-s"), QStringLiteral(IC_LOAD_SCRIPT), url,
            QStringLiteral("--"), format });
    if (!wrk.waitForFinished((kSeconds + 30) * 1000)) {
        *error = QStringLiteral("wrk did not finish: %1").arg(wrk.errorString());
        return false;
    }
    const QByteArray output = wrk.readAll();
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            values.insert(parts.at(0), parts.at(1));
    }
    if (!values.contains("REQUESTS")) {
        *error = QString::fromUtf8(output);
        return false;
    }
    result->requests = values.value("REQUESTS").toLongLong();
    result->seconds = values.value("SECONDS").toDouble();
    result->errors = values.value("ERRORS").toLongLong();
    result->non2xx = values.value("NON2XX").toLongLong();
    result->p50Ms = values.value("P50_MS").toDouble();
    result->p99Ms = values.value("P99_MS").toDouble();
    return true;
}
}

class BenchReceiver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void consoleAgainstAlertmanager();
};

void BenchReceiver::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty(),
        "wrk is not installed; tests/run-tests installs it");
}

void BenchReceiver::consoleAgainstAlertmanager()
{
    // The console's receiver, in this process on a thread of its own, as in the application.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("receiver.db"));
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = db;
    auto receiver = std::make_unique<Receiver>(settings, std::function<void()> {});
    QSignalSpy listening(receiver.get(), &Receiver::listening);
    receiver->start();
    QVERIFY(listening.wait(10000));
    qint64 residentBefore = 0;
    TestSupport::peakResidentKb(&residentBefore);

    LoadResult console;
    QString error;
    QVERIFY2(runWrk(QStringLiteral("http://%1/webhooks/alerts/prometheus").arg(listening.first().first().toString()),
                 QStringLiteral("console"), &console, &error),
        qPrintable(error));
    qint64 residentAfter = 0;
    const qint64 consolePeak = TestSupport::peakResidentKb(&residentAfter);
    receiver.reset();
    QCOMPARE(console.errors, 0);
    QCOMPARE(console.non2xx, 0);
    // Every answered request's alerts are in the file (wrk may have a few requests in flight at the end).
    SystemClock clock;
    const auto store = TestSupport::openStore(db, &clock);
    QVERIFY(store);
    const int stored = *store->countAlerts(AlertFilter {});
    QVERIFY2(stored >= console.requests * 10, qPrintable(QStringLiteral("%1 stored, %2 answered").arg(stored).arg(console.requests * 10)));

    AlertmanagerProcess alertmanager;
    QVERIFY2(alertmanager.start("route:\n  receiver: nowhere\nreceivers:\n- name: nowhere\n", &error), qPrintable(error));
    LoadResult theirs;
    QVERIFY2(runWrk(QStringLiteral("http://127.0.0.1:%1/api/v2/alerts").arg(alertmanager.port()),
                 QStringLiteral("alertmanager"), &theirs, &error),
        qPrintable(error));
    const qint64 alertmanagerPeak = TestSupport::peakResidentKbOf(QString::number(alertmanager.pid()));
    alertmanager.stop();
    QCOMPARE(theirs.errors, 0);
    QCOMPARE(theirs.non2xx, 0);

    qInfo("FIGURE receiver (console): %.0f alerts/s (%.0f requests/s of 10 unique alerts, committed before each "
          "answer), p50 %.2f ms, p99 %.2f ms; %d alerts stored; resident %.0f MB before, %.0f MB after, peak %.0f MB",
        console.alertsPerSecond(), console.alertsPerSecond() / 10, console.p50Ms, console.p99Ms, stored,
        static_cast<double>(residentBefore) / 1024, static_cast<double>(residentAfter) / 1024,
        static_cast<double>(consolePeak) / 1024);
    qInfo("FIGURE receiver (Alertmanager, in memory): %.0f alerts/s (%.0f requests/s), p50 %.2f ms, p99 %.2f ms; "
          "peak resident %.0f MB",
        theirs.alertsPerSecond(), theirs.alertsPerSecond() / 10, theirs.p50Ms, theirs.p99Ms,
        static_cast<double>(alertmanagerPeak) / 1024);
    qInfo("FIGURE receiver ratio console/Alertmanager: %.2f", console.alertsPerSecond() / theirs.alertsPerSecond());
}

QTEST_GUILESS_MAIN(BenchReceiver)
#include "bench_receiver.moc"
