#pragma once

#include "models/domain/clock.h"
#include "models/domain/severitypolicy.h"
#include "models/store/asyncincidentstore.h"
#include "models/store/storeopener.h"

#include <QByteArray>
#include <QDateTime>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A clock the test moves by hand.
class QTcpSocket;

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

namespace TestSupport {
// The database one test's store lives in: a SQLite file in a folder of its own or, when the
// suite runs against PostgreSQL (IC_TEST_POSTGRES names the test server's maintenance
// database, as tests/support/postgres-cluster starts it), a database of its own on that
// server, dropped afterwards. The same test then passes on both engines.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // Whether the suite runs against PostgreSQL.
    static bool onPostgres();
    // False (with the reason in error()) if the database could not be made.
    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    // What --db and StoreOptions::location take.
    const QString& location() const { return m_location; }
    // A further location next to this one (another console's database, a copy): its own file, or
    // its own database on the server, dropped with this one.
    QString another();

private:
    QString create();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    int m_files = 0; // SQLite files made
    QStringList m_created; // PostgreSQL databases to drop
    QString m_error;
};

// Runs `sql` on the database at `location` through a connection of its own (as another
// program would); false, with the database's words in *error, if it failed.
bool execRaw(const QString& location, const QString& sql, QString* error = nullptr);

// A benchmark's data set written straight into the schema (the fixture, not
// the product's path, which would take minutes for a million rows): one
// unsynchronised transaction, finished with ANALYZE so that the planner sees
// real statistics. Queries on it must go before it does: declare it first.
// `location`: a SQLite file or a TestDatabase's PostgreSQL database.
// The memory it took is not the product's: once it is gone, the process's peak
// resident memory (peakResidentKb) starts again from what is resident then.
class FixtureDatabase {
public:
    explicit FixtureDatabase(const QString& location);
    ~FixtureDatabase();
    FixtureDatabase(const FixtureDatabase&) = delete;
    FixtureDatabase& operator=(const FixtureDatabase&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const;
    // Commits and analyses.
    bool finish();

private:
    bool m_open = false;
};

// SHA-256 of a file's bytes, or an empty array if it does not exist.
QByteArray digest(const QString& path);
// A synchronous store on a fresh or existing file; null (and a message in *error) on failure.
std::unique_ptr<IncidentStore> openStore(const QString& path, const Clock* clock, QString* error = nullptr);
std::unique_ptr<IncidentStore> openStore(const StoreOptions& options, QString* error = nullptr);
// The first column of the first row `sql` gives in the database at `location` (a SQLite file or a
// TestDatabase's PostgreSQL database), read through a connection of its own (as another program
// would); -1 if there is none.
int firstNumber(const QString& location, const QString& sql);
// An asynchronous store opened and ready, or null.
std::unique_ptr<AsyncIncidentStore> openAsyncStore(const QString& path, const Clock* clock);
IncidentDraft draft(
    const QString& title, Severity severity = Severity::Sev2, const QString& service = QString());
// Peak resident memory of this process in kB (VmHWM), current in *current.
qint64 peakResidentKb(qint64* current = nullptr);
// From now on, peakResidentKb starts again from what is resident (Linux; elsewhere nothing changes).
void forgetPeakResident();
// The same for another process ("self" is this one).
qint64 peakResidentKbOf(const QString& pid, qint64* current = nullptr);
// A chunked POST to a receiver on loopback whose first chunk-size line never
// ends (64 KiB of extensions after another), for up to `timeoutMs`: the answer's
// head once one came (empty if none), and in *sent what was sent before it.
QByteArray sendEndlessChunkExtensions(quint16 port, int timeoutMs, qint64* sent);
// The real console's environment: offscreen, its settings and its local files (an inbox) in configHome.
QProcessEnvironment consoleEnvironment(const QString& configHome);
// Runs the real console (INCIDENT_CONSOLE_BIN) with `arguments` to its end: its exit code (-1 if it
// crashed or ran over a minute), and what it wrote to either stream in *output.
int runConsole(const QStringList& arguments, QString* output);
// One request on a keep-alive connection, waiting for the answer; the status code, and the body in
// *body. 0: no answer. Blocks: call it from a thread of its own where the event loop matters.
// `headers`: more header lines, each ending in CRLF (an Authorization, say).
int exchange(QTcpSocket& socket, const QByteArray& method, const QByteArray& path, const QByteArray& json,
    QByteArray* body = nullptr, const QByteArray& headers = QByteArray());

// The real incident-console (INCIDENT_CONSOLE_BIN) with its window offscreen, or
// its headless service (`serve`), on `database`, its receiver on a free loopback
// port; its errors go to ours.
class RunningConsole {
public:
    enum class Kind { Window, Service };
    RunningConsole(const QString& database, const QString& configHome, const QStringList& moreArguments = {},
        Kind kind = Kind::Window);
    ~RunningConsole();
    RunningConsole(const RunningConsole&) = delete;
    RunningConsole& operator=(const RunningConsole&) = delete;

    // Waits until GET /health answers 200; false if it does not within `timeoutMs`.
    bool waitUntilAnswering(int timeoutMs = 20000);
    quint16 port() const { return m_port; }
    QString pid() const;
    // Asks it to quit (SIGTERM), as a desktop session or a service manager would; false if it has not
    // ended within 30 s.
    bool stop();

private:
    quint16 m_port;
    QProcess m_process;
};
}
