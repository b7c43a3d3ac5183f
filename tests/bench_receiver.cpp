// The receiver at a steady 1,000 alerts a second: how long from a request
// leaving its sender to its alerts being rows of the alert stream model. (The
// console's rate against Alertmanager's, with its window, is bench_storm's.)
// Prints a FIGURE line; fails only on wrong answers.
#include "app/api/receiver.h"
#include "models/itemmodels/alertlistmodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>
#include <vector>

class BenchReceiver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void receivedToModelAtOneThousandPerSecond();
};

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
