// The real console (window offscreen) and Debian's Alertmanager, each in turn
// besieged on loopback by 2,000 connections that say nothing and reconnect
// when closed, and 50 slowloris connections that send a header line a second,
// while one honest sender posts an alert every 20 ms on a kept-alive connection
// and times each answer. Then a chunked upload of endless chunk extensions.
// Prints FIGURE lines; fails on a lost or refused honest alert, a console over
// 200 MB resident, an endless chunk line that is not cut off, or a p99 so far
// over the 100 ms aimed at that senders were as good as locked out.
#include "monitoringprocess.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace {
constexpr int kIdle = 2000;
constexpr int kSlow = 50;
constexpr int kIdlePeers = 8; // 127.0.0.2 …: other machines, as the receiver counts them
constexpr int kHonestEveryMs = 20;
constexpr int kSiegeSeconds = 20;

// One alert every kHonestEveryMs on one kept-alive connection, from a thread of its own.
class HonestSender {
public:
    HonestSender(quint16 port, QByteArray path, bool alertmanagerApi)
        : m_port(port)
        , m_path(std::move(path))
        , m_alertmanagerApi(alertmanagerApi)
    {
    }
    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void stop()
    {
        m_stop = true;
        m_thread.join();
    }
    const std::vector<double>& latenciesMs() const { return m_latencies; }
    int failures() const { return m_failures; }

private:
    QByteArray body(int request) const
    {
        const QByteArray alert = R"({"labels":{"alertname":"Honest","instance":"h-)"
            + QByteArray::number(request) + R"("},"annotations":{"summary":"still heard"}})";
        return m_alertmanagerApi ? "[" + alert + "]"
                                 : R"({"version":"4","status":"firing","alerts":[)" + alert + "]}";
    }
    void run()
    {
        QTcpSocket socket;
        auto next = std::chrono::steady_clock::now();
        for (int request = 0; !m_stop; ++request) {
            std::this_thread::sleep_until(next);
            next += std::chrono::milliseconds(kHonestEveryMs);
            const auto sent = std::chrono::steady_clock::now();
            if (socket.state() != QAbstractSocket::ConnectedState) {
                socket.abort();
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                if (!socket.waitForConnected(5000)) {
                    ++m_failures;
                    continue;
                }
            }
            const QByteArray payload = body(request);
            socket.write("POST " + m_path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Content-Length: "
                + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
            socket.waitForBytesWritten(5000);
            QByteArray answer;
            qsizetype headerEnd = -1;
            qint64 length = -1;
            while (headerEnd < 0 || answer.size() < headerEnd + 4 + length) {
                if (!socket.waitForReadyRead(5000))
                    break;
                answer += socket.readAll();
                headerEnd = answer.indexOf("\r\n\r\n");
                if (headerEnd >= 0 && length < 0) {
                    const qsizetype at = answer.toLower().indexOf("content-length: ");
                    length
                        = at >= 0 ? answer.mid(at + 16, answer.indexOf('\r', at) - at - 16).toLongLong() : 0;
                }
            }
            if (!answer.startsWith("HTTP/1.1 2")) {
                ++m_failures;
                socket.abort();
                continue;
            }
            m_latencies.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sent).count());
        }
    }

    quint16 m_port;
    QByteArray m_path;
    bool m_alertmanagerApi;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    std::vector<double> m_latencies;
    int m_failures = 0;
};

// The besiegers: they live on this thread's event loop.
class Siege {
public:
    explicit Siege(quint16 port)
        : m_port(port)
    {
        for (int i = 0; i < kIdle; ++i)
            m_idle.push_back(std::make_unique<QTcpSocket>());
        for (int i = 0; i < kSlow; ++i)
            m_slow.push_back(std::make_unique<QTcpSocket>());
        for (int i = 0; i < kIdle; ++i)
            keepTrying(m_idle.at(static_cast<std::size_t>(i)).get(),
                QStringLiteral("127.0.0.%1").arg(2 + i % kIdlePeers), {});
        for (const auto& socket : m_slow)
            keepTrying(socket.get(), QStringLiteral("127.0.0.%1").arg(2 + kIdlePeers),
                "POST /webhooks/alerts/prometheus HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QObject::connect(&m_drip, &QTimer::timeout, [this] {
            for (const auto& socket : m_slow) {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("X-Slow: still coming\r\n");
            }
        });
        m_drip.start(1000);
    }
    int connected() const
    {
        return static_cast<int>(std::count_if(m_idle.begin(), m_idle.end(),
            [](const auto& socket) { return socket->state() == QAbstractSocket::ConnectedState; }));
    }
    qint64 reconnects() const { return m_reconnects; }

private:
    void keepTrying(QTcpSocket* socket, const QString& from, const QByteArray& opening)
    {
        auto pending = std::make_shared<bool>(false);
        auto connect = [this, socket, from, opening, pending] {
            *pending = false;
            ++m_reconnects;
            socket->abort();
            socket->bind(QHostAddress(from));
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            if (!opening.isEmpty())
                socket->write(opening);
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        // A reset is reported twice (an error, then the disconnection): one retry for both.
        auto retry = [socket, connect, pending] {
            if (*pending)
                return;
            *pending = true;
            QTimer::singleShot(1000, socket, connect);
        };
        QObject::connect(socket, &QTcpSocket::disconnected, socket, retry);
        QObject::connect(
            socket, &QTcpSocket::errorOccurred, socket, [socket, retry](QAbstractSocket::SocketError) {
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    retry();
            });
        connect();
    }

    quint16 m_port;
    std::vector<std::unique_ptr<QTcpSocket>> m_idle;
    std::vector<std::unique_ptr<QTcpSocket>> m_slow;
    QTimer m_drip;
    qint64 m_reconnects = 0;
};

struct SiegeResult {
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    int answered = 0;
    int failures = 0;
    int besiegersConnected = 0;
    qint64 reconnects = 0;
    qint64 peakKb = 0;
    qint64 residentKb = 0;
};

SiegeResult besiege(quint16 port, const QByteArray& path, bool alertmanagerApi, const QString& pid)
{
    SiegeResult result;
    {
        Siege siege(port);
        QTest::qWait(3000); // the besiegers take what they can
        HonestSender honest(port, path, alertmanagerApi);
        honest.start();
        QTest::qWait(kSiegeSeconds * 1000);
        result.besiegersConnected = siege.connected();
        result.reconnects = siege.reconnects();
        honest.stop();
        std::vector<double> latencies = honest.latenciesMs();
        std::sort(latencies.begin(), latencies.end());
        result.answered = static_cast<int>(latencies.size());
        result.failures = honest.failures();
        if (!latencies.empty()) {
            result.p50Ms = latencies.at(latencies.size() / 2);
            result.p99Ms = latencies.at(std::min(latencies.size() - 1, latencies.size() * 99 / 100));
            result.maxMs = latencies.back();
        }
        result.peakKb = TestSupport::peakResidentKbOf(pid, &result.residentKb);
    }
    return result;
}

void print(const char* who, const SiegeResult& result)
{
    qInfo("FIGURE besieged (%s): honest sender p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d alerts answered, %d "
          "failed; "
          "%d of %d silent besiegers connected at the end, %lld connection attempts; resident %.0f MB, peak "
          "%.0f MB",
        who, result.p50Ms, result.p99Ms, result.maxMs, result.answered, result.failures,
        result.besiegersConnected, kIdle, static_cast<long long>(result.reconnects),
        static_cast<double>(result.residentKb) / 1024, static_cast<double>(result.peakKb) / 1024);
}
}

class BenchHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void consoleAndAlertmanagerUnderSiege();
};

void BenchHostile::initTestCase()
{
    // This process holds the besiegers' sockets.
    rlimit limit {};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    limit.rlim_cur = limit.rlim_max;
    QVERIFY(setrlimit(RLIMIT_NOFILE, &limit) == 0);
    QVERIFY2(limit.rlim_cur > kIdle + kSlow + 200, qPrintable(QString::number(limit.rlim_cur)));
}

void BenchHostile::consoleAndAlertmanagerUnderSiege()
{
    QTemporaryDir dir;
    TestSupport::RunningConsole console(
        dir.filePath(QStringLiteral("console.db")), dir.filePath(QStringLiteral("config")));
    QVERIFY(console.waitUntilAnswering());
    const quint16 port = console.port();
    const QString pid = console.pid();
    qint64 before = 0;
    TestSupport::peakResidentKbOf(pid, &before);
    const SiegeResult ours = besiege(port, "/webhooks/alerts/prometheus", false, pid);

    // Endless chunk extensions: cut off at the header limit, not buffered.
    qint64 sent = 0;
    const QByteArray refusal = TestSupport::sendEndlessChunkExtensions(port, 10000, &sent);
    qint64 after = 0;
    const qint64 peak = TestSupport::peakResidentKbOf(pid, &after);
    QVERIFY(console.stop());

    MonitoringProcess alertmanager(MonitoringProcess::Kind::Alertmanager);
    QString error;
    QVERIFY2(alertmanager.start("route:\n  receiver: nowhere\nreceivers:\n- name: nowhere\n", &error),
        qPrintable(error));
    const SiegeResult theirs
        = besiege(alertmanager.port(), "/api/v2/alerts", true, QString::number(alertmanager.pid()));
    alertmanager.stop();

    print("console", ours);
    print("Alertmanager", theirs);
    qInfo("FIGURE besieged (console): resident %.0f MB before the siege, %.0f MB after it and the chunked "
          "upload, "
          "peak %.0f MB; endless chunk extensions answered \"%s\" after %lld KiB sent",
        static_cast<double>(before) / 1024, static_cast<double>(after) / 1024,
        static_cast<double>(peak) / 1024, refusal.left(refusal.indexOf('\r')).constData(),
        static_cast<long long>(sent / 1024));

    QCOMPARE(ours.failures, 0);
    QVERIFY(ours.answered > kSiegeSeconds * 1000 / kHonestEveryMs / 2);
    QVERIFY2(ours.p99Ms < 1000, "the honest sender was as good as locked out");
    QVERIFY2(peak < 200 * 1024, qPrintable(QString::number(peak)));
    QVERIFY2(refusal.startsWith("HTTP/1.1 431"), refusal.constData());
    QVERIFY2(sent < 32 * 1024 * 1024, qPrintable(QString::number(sent)));
}

QTEST_GUILESS_MAIN(BenchHostile)
#include "bench_hostile.moc"
