// The NOC wall left running: the real console in --wall mode, its receiver
// taking a steady 200 alerts a second (half of them new, the rest repeats and
// resolutions), while an incident is declared and another resolved every five
// seconds through the API. Samples its resident memory, open descriptors and
// threads every five seconds. Runs for IC_WALL_SOAK_SECONDS (60 by default;
// 86400 for the documented day-long run). Fails when, after the warm-up (the
// first fifth, at least 20 s), memory grows by more than 10 % or descriptors
// or threads grow at all, or when a request goes unanswered. Prints FIGURE lines.
// (Timers live inside the process, where no outside sampler sees them; a leak
// of them shows as memory and, for socket timers, as descriptors.)
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace {
int soakSeconds()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("IC_WALL_SOAK_SECONDS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 60;
}

struct Sample {
    qint64 seconds = 0;
    qint64 residentKb = 0;
    qint64 descriptors = 0;
    qint64 threads = 0;
};

qint64 entriesIn(const QString& directory)
{
    return static_cast<qint64>(QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size());
}

Sample sample(const QString& pid, qint64 seconds)
{
    Sample taken;
    taken.seconds = seconds;
    TestSupport::peakResidentKbOf(pid, &taken.residentKb);
    taken.descriptors = entriesIn(QStringLiteral("/proc/%1/fd").arg(pid));
    taken.threads = entriesIn(QStringLiteral("/proc/%1/task").arg(pid));
    return taken;
}

// 20 alerts every 100 ms (10 new, 10 repeating or resolving recent ones), and
// every 5 s one incident declared and the one declared 15 s earlier resolved.
class Trickle {
public:
    explicit Trickle(quint16 port)
        : m_port(port)
    {
    }
    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 alerts() const { return m_alerts; }
    qint64 declared() const { return m_declared; }
    qint64 resolved() const { return m_resolved; }
    qint64 failures() const { return m_failures; }

private:
    static QByteArray alert(qint64 number, bool resolved)
    {
        const QByteArray id = "wall-" + QByteArray::number(number);
        return R"({"status":")" + QByteArray(resolved ? "resolved" : "firing")
            + R"(","labels":{"alertname":"WallTrickle","service":"svc-)" + QByteArray::number(number % 20)
            + R"(","instance":")" + id + R"("},"annotations":{"summary":"trickle"},"fingerprint":")" + id
            + R"("})";
    }

    void run()
    {
        QTcpSocket socket;
        std::vector<QByteArray> declaredKeys;
        auto next = std::chrono::steady_clock::now();
        for (qint64 request = 0; !m_stop; ++request) {
            std::this_thread::sleep_until(next);
            next = std::max(next + std::chrono::milliseconds(100), std::chrono::steady_clock::now());
            // A connection the console closed (or never took) is opened again: each failure counts once.
            if (socket.state() != QAbstractSocket::ConnectedState) {
                socket.abort();
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                if (!socket.waitForConnected(5000)) {
                    ++m_failures;
                    continue;
                }
            }
            QByteArray alerts;
            for (qint64 i = 0; i < 20; ++i) {
                // Even: a new alert; odd: one from the last few seconds again, every fourth resolved.
                const qint64 number
                    = i % 2 == 0 ? request * 10 + i / 2 : std::max<qint64>(0, request - 30) * 10 + i;
                alerts += (i ? "," : "") + alert(number, i % 4 == 3);
            }
            if (TestSupport::exchange(socket, "POST", "/webhooks/alerts/prometheus",
                    R"({"version":"4","status":"firing","alerts":[)" + alerts + "]}")
                    / 100
                != 2)
                ++m_failures;
            m_alerts += 20;
            if (request % 50 == 0)
                incidents(socket, request, &declaredKeys);
        }
    }

    void incidents(QTcpSocket& socket, qint64 request, std::vector<QByteArray>* keys)
    {
        QByteArray body;
        const QByteArray draft = R"({"title":"Wall soak )" + QByteArray::number(request)
            + R"(","severity":"SEV3","service":"svc-wall","author":"soak"})";
        if (TestSupport::exchange(socket, "POST", "/incidents", draft, &body) != 201) {
            ++m_failures;
            return;
        }
        ++m_declared;
        keys->push_back(
            QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toString().toUtf8());
        if (keys->size() < 4)
            return;
        const QByteArray key = keys->front();
        keys->erase(keys->begin());
        if (TestSupport::exchange(
                socket, "POST", "/incidents/" + key + "/resolve", R"({"resolution":"soak"})")
                / 100
            != 2) {
            ++m_failures;
            return;
        }
        ++m_resolved;
    }

    quint16 m_port;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_alerts { 0 };
    std::atomic<qint64> m_declared { 0 };
    std::atomic<qint64> m_resolved { 0 };
    std::atomic<qint64> m_failures { 0 };
};

bool lessResident(const Sample& a, const Sample& b)
{
    return a.residentKb < b.residentKb;
}

const Sample& lowestResident(const std::vector<Sample>& samples, std::size_t from, std::size_t to)
{
    return *std::min_element(samples.begin() + static_cast<std::ptrdiff_t>(from),
        samples.begin() + static_cast<std::ptrdiff_t>(to), lessResident);
}

const Sample& highestResident(const std::vector<Sample>& samples, std::size_t from, std::size_t to)
{
    return *std::max_element(samples.begin() + static_cast<std::ptrdiff_t>(from),
        samples.begin() + static_cast<std::ptrdiff_t>(to), lessResident);
}
}

class SoakWall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wallUnderASteadyTrickle();
};

void SoakWall::wallUnderASteadyTrickle()
{
    constexpr int kEverySeconds = 5;
    const int seconds = soakSeconds();
    const int warmUpSeconds = std::max(20, seconds / 5);
    QTemporaryDir dir;
    TestSupport::RunningConsole wall(dir.filePath(QStringLiteral("wall.db")),
        dir.filePath(QStringLiteral("config")), { QStringLiteral("--wall") });
    QVERIFY(wall.waitUntilAnswering());

    Trickle trickle(wall.port());
    trickle.start();
    std::vector<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000LL) {
        QTest::qWait(kEverySeconds * 1000);
        samples.push_back(sample(wall.pid(), clock.elapsed() / 1000));
    }
    trickle.stop();
    QVERIFY(wall.waitUntilAnswering(10000));
    QVERIFY(wall.stop());

    // Warm-up: the window's pages fill, caches warm, the first incidents settle.
    const auto warm = static_cast<std::size_t>(std::count_if(samples.begin(), samples.end(),
        [warmUpSeconds](const Sample& taken) { return taken.seconds <= warmUpSeconds; }));
    QVERIFY2(warm >= 3 && samples.size() >= warm + 3, "too short a run to tell growth from warm-up");
    // The end's lowest of its last three samples (one taken mid-batch is not growth) against the highest of
    // the warm-up's last three (a cache still filling then is warm-up, not growth).
    const Sample& before = highestResident(samples, warm - 3, warm);
    const Sample& after = lowestResident(samples, samples.size() - 3, samples.size());
    // Descriptors and threads come and go (a helper thread idles out, SQLite opens a temporary file): the
    // fewest at the end against the most during the warm-up.
    const auto most = [&samples, warm](qint64 Sample::*field) {
        qint64 value = 0;
        for (std::size_t i = 0; i < warm; ++i)
            value = std::max(value, samples[i].*field);
        return value;
    };
    const auto fewestAtTheEnd = [&samples](qint64 Sample::*field) {
        return std::min({ samples[samples.size() - 1].*field, samples[samples.size() - 2].*field,
            samples[samples.size() - 3].*field });
    };
    const auto highest = std::max_element(samples.begin(), samples.end(), lessResident);
    qInfo("FIGURE wall soak: %d s, %lld alerts (200 a second), %lld incidents declared and %lld resolved, "
          "%lld requests unanswered or refused",
        seconds, static_cast<long long>(trickle.alerts()), static_cast<long long>(trickle.declared()),
        static_cast<long long>(trickle.resolved()), static_cast<long long>(trickle.failures()));
    qInfo("FIGURE wall soak resident: %.1f MB after the %d s warm-up, %.1f MB at the end (%+.1f %%), highest "
          "%.1f MB at %lld s; descriptors at most %lld in the warm-up, %lld at the end; threads %lld, then "
          "%lld",
        static_cast<double>(before.residentKb) / 1024, warmUpSeconds,
        static_cast<double>(after.residentKb) / 1024,
        100.0 * static_cast<double>(after.residentKb - before.residentKb)
            / static_cast<double>(before.residentKb),
        static_cast<double>(highest->residentKb) / 1024, static_cast<long long>(highest->seconds),
        static_cast<long long>(most(&Sample::descriptors)),
        static_cast<long long>(fewestAtTheEnd(&Sample::descriptors)),
        static_cast<long long>(most(&Sample::threads)),
        static_cast<long long>(fewestAtTheEnd(&Sample::threads)));

    QCOMPARE(trickle.failures(), 0);
    QVERIFY(trickle.resolved() > 0);
    QVERIFY2(after.residentKb <= before.residentKb * 11 / 10,
        qPrintable(QStringLiteral("%1 kB after the warm-up, %2 kB at the end")
                       .arg(before.residentKb)
                       .arg(after.residentKb)));
    for (qint64 Sample::*field : { &Sample::descriptors, &Sample::threads })
        QVERIFY2(fewestAtTheEnd(field) <= most(field),
            qPrintable(QStringLiteral("%1 %2 during the warm-up, %3 at the end")
                           .arg(field == &Sample::descriptors ? QStringLiteral("descriptors")
                                                              : QStringLiteral("threads"))
                           .arg(most(field))
                           .arg(fewestAtTheEnd(field))));
}

QTEST_GUILESS_MAIN(SoakWall)
#include "soak_wall.moc"
