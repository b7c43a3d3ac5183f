// Two consoles on one PostgreSQL database, as a team runs them: the real
// console (its window offscreen) takes declarations through its API, and
// another console's triage model, in this process, shows them. Measures the
// time from a request leaving for the first console to the incident being a
// row of the second's model, across the database's NOTIFY, at a steady ten
// declarations a second. Prints FIGURE lines; fails only on lost or wrong
// answers. Without the test cluster (IC_TEST_POSTGRES) it skips.
#include "models/itemmodels/incidentlistmodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace {
constexpr int kDeclarations = 200;
constexpr auto kEvery = std::chrono::milliseconds(100);

// Declares "team N" for N = 0… through the API, one every kEvery, from a thread of its own
// (the model under measurement lives on this process's event loop, which must not wait).
class Declarer {
public:
    explicit Declarer(quint16 port)
        : m_port(port)
        , m_sentAt(kDeclarations)
    {
    }
    ~Declarer() { join(); }

    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    std::chrono::steady_clock::time_point sentAt(int number) const { return m_sentAt.at(number); }
    int failures() const { return m_failures.load(); }

private:
    void run()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000)) {
            m_failures = kDeclarations;
            return;
        }
        auto next = std::chrono::steady_clock::now();
        for (int number = 0; number < kDeclarations; ++number) {
            std::this_thread::sleep_until(next);
            next += kEvery;
            m_sentAt[number] = std::chrono::steady_clock::now();
            const QByteArray draft = R"({"title":"team )" + QByteArray::number(number)
                + R"(","severity":"high","service":"checkout"})";
            if (TestSupport::exchange(socket, "POST", "/incidents", draft) != 201)
                ++m_failures;
        }
    }

    quint16 m_port;
    std::vector<std::chrono::steady_clock::time_point> m_sentAt;
    std::thread m_thread;
    std::atomic<int> m_failures = 0;
};
}

class BenchTeam : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void declarationInOneConsoleReachesAnothersModel();
};

void BenchTeam::declarationInOneConsoleReachesAnothersModel()
{
    if (!TestSupport::TestDatabase::onPostgres())
        QSKIP("Needs the PostgreSQL test cluster (IC_TEST_POSTGRES)");
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    QTemporaryDir home;
    TestSupport::RunningConsole first(database.location(), home.path());
    QVERIFY(first.waitUntilAnswering());

    // The second console: its store thread and its triage model, newest first, as the triage dock has it.
    std::unique_ptr<AsyncIncidentStore> store
        = TestSupport::openAsyncStore(database.location(), SystemClock::instance());
    QVERIFY(store);
    IncidentListModel model(store.get(), SystemClock::instance());
    model.sort(IncidentListModel::KeyColumn, Qt::DescendingOrder);
    std::vector<double> latencies;
    Declarer declarer(first.port());
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int from, int to) {
        const auto now = std::chrono::steady_clock::now();
        for (int row = from; row <= to; ++row) {
            const QString title = model.index(row, IncidentListModel::TitleColumn).data().toString();
            if (!title.startsWith(QLatin1String("team ")))
                continue;
            latencies.push_back(
                std::chrono::duration<double, std::milli>(now - declarer.sentAt(title.mid(5).toInt()))
                    .count());
        }
    });
    QSignalSpy loaded(&model, &IncidentListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait());

    declarer.start();
    QTRY_VERIFY_WITH_TIMEOUT(latencies.size() >= std::size_t(kDeclarations), 60000);
    declarer.join();
    QCOMPARE(declarer.failures(), 0);
    QCOMPARE(latencies.size(), std::size_t(kDeclarations)); // each once
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&latencies](double p) {
        return latencies.at(static_cast<std::size_t>(p * static_cast<double>(latencies.size() - 1)));
    };
    qInfo("FIGURE declared in one console to a row of another's triage model, on PostgreSQL (%zu incidents, "
          "10 a second): p50 %.1f ms, p99 %.1f ms, max %.1f ms",
        latencies.size(), percentile(0.5), percentile(0.99), latencies.back());
    QVERIFY(first.stop());
}

QTEST_MAIN(BenchTeam)
#include "bench_team.moc"
