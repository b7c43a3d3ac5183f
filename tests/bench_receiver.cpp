// The receiver under load from wrk, against Debian's Alertmanager under the
// same load, in one run: 4 keep-alive connections on loopback, 10 alerts never
// seen before in every request. The console commits each delivery to SQLite
// before it answers; Alertmanager keeps its alerts in memory. Prints FIGURE
// lines and the ratio; fails only on wrong answers (errors, lost alerts).
#include "app/api/receiver.h"
#include "models/itemmodels/alertlistmodel.h"
#include "monitoringprocess.h"
#include "testsupport.h"
#include "wrkload.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>
#include <vector>

namespace {
constexpr int kSeconds = 10;

WrkLoad::Plan tenSecondsOf(const QString& url, const QString& format)
{
    return { url, format, kSeconds, 0, 2, 4 };
}
}

class BenchReceiver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void consoleAgainstAlertmanager();
    void receivedToModelAtOneThousandPerSecond();
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

    WrkLoad::Result console;
    QString error;
    QVERIFY2(WrkLoad::run(tenSecondsOf(listening.first().first().toString()
                                  + QStringLiteral("/webhooks/alerts/prometheus"),
                              QStringLiteral("console")),
                 &console, &error),
        qPrintable(error));
    // In a storm the answers come once the alerts are in the alert inbox; the
    // figure is for alerts in the store, so the clock runs on until the inbox
    // has been applied (wrk may have had a few requests in flight at the end).
    QElapsedTimer drained;
    drained.start();
    SystemClock clock;
    const auto store = TestSupport::openStore(db, &clock);
    QVERIFY(store);
    int stored = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (stored = *store->alerts().count(AlertFilter {})) >= console.requests * 10, 60000);
    const double drainSeconds = static_cast<double>(drained.nsecsElapsed()) / 1e9;
    const double storedPerSecond = stored / (console.seconds + drainSeconds);
    qint64 residentAfter = 0;
    const qint64 consolePeak = TestSupport::peakResidentKb(&residentAfter);
    receiver.reset();
    QCOMPARE(console.errors, 0);
    QCOMPARE(console.non2xx, 0);

    MonitoringProcess alertmanager(MonitoringProcess::Kind::Alertmanager);
    QVERIFY2(alertmanager.start("route:\n  receiver: nowhere\nreceivers:\n- name: nowhere\n", &error),
        qPrintable(error));
    WrkLoad::Result theirs;
    QVERIFY2(WrkLoad::run(
                 tenSecondsOf(QStringLiteral("http://127.0.0.1:%1/api/v2/alerts").arg(alertmanager.port()),
                     QStringLiteral("alertmanager")),
                 &theirs, &error),
        qPrintable(error));
    const qint64 alertmanagerPeak = TestSupport::peakResidentKbOf(QString::number(alertmanager.pid()));
    alertmanager.stop();
    QCOMPARE(theirs.errors, 0);
    QCOMPARE(theirs.non2xx, 0);

    qInfo("FIGURE receiver (console): %.0f alerts/s into the store (%d alerts in %.1f s of load and %.2f s "
          "after it); "
          "answered %.0f alerts/s (%.0f requests/s of 10 unique alerts, each committed before its answer), "
          "p50 %.2f ms, p99 %.2f ms; resident %.0f MB before, %.0f MB after, peak %.0f MB",
        storedPerSecond, stored, console.seconds, drainSeconds, console.alertsPerSecond(),
        console.alertsPerSecond() / 10, console.p50Ms, console.p99Ms,
        static_cast<double>(residentBefore) / 1024, static_cast<double>(residentAfter) / 1024,
        static_cast<double>(consolePeak) / 1024);
    qInfo("FIGURE receiver (Alertmanager, in memory): %.0f alerts/s (%.0f requests/s), p50 %.2f ms, p99 %.2f "
          "ms; "
          "peak resident %.0f MB",
        theirs.alertsPerSecond(), theirs.alertsPerSecond() / 10, theirs.p50Ms, theirs.p99Ms,
        static_cast<double>(alertmanagerPeak) / 1024);
    qInfo("FIGURE receiver ratio console (into the store)/Alertmanager: %.2f",
        storedPerSecond / theirs.alertsPerSecond());
}

namespace {
// Posts 10 new alerts every 10 ms on one keep-alive connection from a thread
// of its own, and notes when each request went out.
class SteadySender {
public:
    static constexpr int kRequests = 500; // 5 s at 1,000 alerts/s

    explicit SteadySender(quint16 port)
        : m_port(port)
        , m_sentAt(kRequests)
    {
    }
    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void join() { m_thread.join(); }
    std::chrono::steady_clock::time_point sentAt(int request) const
    {
        return m_sentAt.at(static_cast<std::size_t>(request));
    }
    int failures() const { return m_failures; }

private:
    void run()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000)) {
            m_failures = kRequests;
            return;
        }
        auto next = std::chrono::steady_clock::now();
        for (int request = 0; request < kRequests; ++request) {
            std::this_thread::sleep_until(next);
            next += std::chrono::milliseconds(10);
            QByteArray alerts;
            for (int i = 0; i < 10; ++i) {
                const QByteArray id = "lat-" + QByteArray::number(request * 10 + i);
                alerts += (i ? "," : "")
                    + QByteArray(R"({"status":"firing","labels":{"alertname":"Latency","instance":")") + id
                    + R"("},"annotations":{"summary":"probe"},"fingerprint":")" + id + R"("})";
            }
            const QByteArray body = R"({"version":"4","status":"firing","alerts":[)" + alerts + "]}";
            m_sentAt[static_cast<std::size_t>(request)] = std::chrono::steady_clock::now();
            socket.write("POST /webhooks/alerts/prometheus HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                         "application/json\r\n"
                         "Content-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket.waitForBytesWritten(5000);
            QByteArray answer;
            while (!answer.contains("\r\n\r\n") || !answer.endsWith("}")) {
                if (!socket.waitForReadyRead(5000))
                    break;
                answer += socket.readAll();
            }
            if (!answer.startsWith("HTTP/1.1 200"))
                ++m_failures;
        }
    }

    quint16 m_port;
    std::vector<std::chrono::steady_clock::time_point> m_sentAt;
    std::thread m_thread;
    int m_failures = 0;
};
}

// At 1,000 alerts/s, how long from a request leaving the sender to its alerts
// being rows of the alert stream model (parsed, committed, noticed, fetched,
// placed): the latency an operator sees, measured from before the receiver
// even had the request.
void BenchReceiver::receivedToModelAtOneThousandPerSecond()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("latency.db"));
    std::unique_ptr<AsyncIncidentStore> store = TestSupport::openAsyncStore(db, SystemClock::instance());
    QVERIFY(store);
    AlertListModel model(store.get(), SystemClock::instance());
    model.setPageSize(20000); // every row of the run stays in the model
    model.setFilter(AlertFilter {});
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = db;
    AsyncIncidentStore* async = store.get();
    Receiver receiver(settings, [async] { async->lookForChanges(); });
    QSignalSpy listening(&receiver, &Receiver::listening);
    receiver.start();
    QVERIFY(listening.wait(10000));

    SteadySender sender(static_cast<quint16>(QUrl(listening.first().first().toString()).port()));
    std::vector<double> latencies;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int last) {
        const auto now = std::chrono::steady_clock::now();
        for (int row = first; row <= last; ++row) {
            const int number
                = model.index(row, 0).data(AlertListModel::FingerprintRole).toString().mid(4).toInt();
            latencies.push_back(
                std::chrono::duration<double, std::milli>(now - sender.sentAt(number / 10)).count());
        }
    });
    sender.start();
    QTRY_VERIFY_WITH_TIMEOUT(latencies.size() >= std::size_t(SteadySender::kRequests) * 10, 30000);
    sender.join();
    QCOMPARE(sender.failures(), 0);
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&latencies](double p) {
        return latencies.at(static_cast<std::size_t>(p * static_cast<double>(latencies.size() - 1)));
    };
    qInfo(
        "FIGURE received to model row at 1,000 alerts/s (%zu alerts, 10 a request every 10 ms): p50 %.1f ms, "
        "p99 %.1f ms, max %.1f ms",
        latencies.size(), percentile(0.5), percentile(0.99), latencies.back());
}

QTEST_GUILESS_MAIN(BenchReceiver)
#include "bench_receiver.moc"
