#include "testsupport.h"

#include "models/store/databaselocation.h"
#include "models/store/sqlitedatabase.h"
#include "monitoringprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace TestSupport {

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

namespace {
    // A connection named `name` to `where`, not yet open: none of the store's settings, no migrations.
    QSqlDatabase rawConnection(const DatabaseLocation& where, const QString& name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            where.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (where.isPostgres()) {
            db.setHostName(where.host());
            db.setPort(where.port());
            db.setDatabaseName(where.databaseName());
            db.setUserName(where.userName());
        } else {
            db.setDatabaseName(where.path());
        }
        return db;
    }

    // Calls `use` with a connection of its own to the database at `location`; false if it would not open.
    bool withConnection(
        const QString& location, const std::function<bool(QSqlDatabase&)>& use, QString* error)
    {
        QString parseError;
        const std::optional<DatabaseLocation> where = DatabaseLocation::parse(location, &parseError);
        if (!where) {
            if (error)
                *error = parseError;
            return false;
        }
        const QString name = SqliteDatabase::uniqueConnectionName(QStringLiteral("test-raw"));
        bool done = false;
        {
            QSqlDatabase db = rawConnection(*where, name);
            if (!db.open()) {
                if (error)
                    *error = db.lastError().text();
            } else {
                done = use(db);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    }
}

bool execRaw(const QString& location, const QString& sql, QString* error)
{
    return withConnection(
        location,
        [&](QSqlDatabase& db) {
            QSqlQuery query(db);
            if (query.exec(sql))
                return true;
            if (error)
                *error = query.lastError().text();
            return false;
        },
        error);
}

int firstNumber(const QString& location, const QString& sql)
{
    int number = -1;
    withConnection(
        location,
        [&](QSqlDatabase& db) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                number = query.value(0).toInt();
            return true;
        },
        nullptr);
    return number;
}

bool TestDatabase::onPostgres()
{
    return !qEnvironmentVariableIsEmpty("IC_TEST_POSTGRES");
}

TestDatabase::TestDatabase()
{
    m_location = create();
}

TestDatabase::~TestDatabase()
{
    const QString server = qEnvironmentVariable("IC_TEST_POSTGRES");
    for (const QString& database : std::as_const(m_created)) {
        QString error;
        // FORCE: a store a test left open must not keep its database (and the cluster's disk) alive.
        if (!execRaw(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), &error))
            qWarning("Could not drop the test database %s: %s", qPrintable(database), qPrintable(error));
    }
}

QString TestDatabase::another()
{
    return create();
}

QString TestDatabase::create()
{
    if (!onPostgres()) {
        if (!m_dir)
            m_dir = std::make_unique<QTemporaryDir>();
        ++m_files;
        return m_dir->filePath(
            m_files == 1 ? QStringLiteral("store.db") : QStringLiteral("store-%1.db").arg(m_files));
    }
    static int counter = 0;
    const QString database
        = QStringLiteral("ic_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString server = qEnvironmentVariable("IC_TEST_POSTGRES");
    if (!execRaw(server, QStringLiteral("CREATE DATABASE %1").arg(database), &m_error))
        return {};
    m_created.append(database);
    QUrl url(server);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

std::unique_ptr<IncidentStore> openStore(const QString& path, const Clock* clock, QString* error)
{
    StoreOptions options;
    options.location = path;
    options.clock = clock;
    return openStore(options, error);
}

std::unique_ptr<IncidentStore> openStore(const StoreOptions& options, QString* error)
{
    OpenOutcome outcome;
    std::unique_ptr<IncidentStore> store = openIncidentStore(options, &outcome);
    if (!store && error)
        *error = outcome.message;
    return store;
}

std::unique_ptr<AsyncIncidentStore> openAsyncStore(const QString& path, const Clock* clock)
{
    auto store = std::make_unique<AsyncIncidentStore>([path, clock](OpenOutcome* outcome) {
        StoreOptions options;
        options.location = path;
        options.clock = clock;
        return openIncidentStore(options, outcome);
    });
    QSignalSpy opened(store.get(), &AsyncIncidentStore::opened);
    store->open();
    if (!opened.wait(10000) || !opened.first().first().value<OpenOutcome>().ok())
        return nullptr;
    return store;
}

IncidentDraft draft(const QString& title, Severity severity, const QString& service)
{
    IncidentDraft result;
    result.title = title;
    result.severity = severity;
    result.service = service;
    return result;
}

qint64 peakResidentKb(qint64* current)
{
    return peakResidentKbOf(QStringLiteral("self"), current);
}

void forgetPeakResident()
{
#if defined(__GLIBC__)
    malloc_trim(0); // what was freed goes back to the system, or it would still count as resident
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5"); // Linux: the peak (VmHWM) starts again from the resident size now
}

qint64 peakResidentKbOf(const QString& pid, qint64* current)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    qint64 peak = -1;
    if (!status.open(QIODevice::ReadOnly))
        return peak;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts.first() == "VmHWM:")
            peak = parts.at(1).toLongLong();
        else if (parts.first() == "VmRSS:" && current)
            *current = parts.at(1).toLongLong();
    }
    return peak;
}

}

namespace {
const QString kFixtureConnection = QStringLiteral("fixture");
}

TestSupport::FixtureDatabase::FixtureDatabase(const QString& location)
{
    QString error;
    const std::optional<DatabaseLocation> where = DatabaseLocation::parse(location, &error);
    if (!where)
        return;
    if (!where->isPostgres()) {
        if (!SqliteDatabase::open(location, kFixtureConnection).ok())
            return;
        QSqlDatabase db = database();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        // A page cache that holds the indexes being filled: with SQLite's default 2 MB, a million rows
        // spill to the write-ahead log and are read back from it, which took two fifths of the time.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
        m_open = db.transaction();
        return;
    }
    // The schema as the store makes it, then a plain connection to fill it.
    if (!openStore(location, SystemClock::instance()))
        return;
    QSqlDatabase db = rawConnection(*where, kFixtureConnection);
    m_open
        = db.open() && QSqlQuery(db).exec(QStringLiteral("SET synchronous_commit = off")) && db.transaction();
}

TestSupport::FixtureDatabase::~FixtureDatabase()
{
    if (database().driverName() == QLatin1String("QPSQL")) {
        QSqlDatabase::database(kFixtureConnection, false).close();
        QSqlDatabase::removeDatabase(kFixtureConnection);
    } else {
        SqliteDatabase::close(kFixtureConnection);
    }
    forgetPeakResident();
}

QSqlDatabase TestSupport::FixtureDatabase::database() const
{
    return QSqlDatabase::database(kFixtureConnection, false);
}

bool TestSupport::FixtureDatabase::finish()
{
    QSqlDatabase db = database();
    if (db.driverName() == QLatin1String("QPSQL")) {
        // Rows written with their ids leave the identity sequences behind: the product's next row goes on
        // after the highest.
        QSqlQuery identities(db);
        if (!identities.exec(
                QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                               "table_schema = current_schema() AND is_identity = 'YES'")))
            return false;
        QList<QPair<QString, QString>> columns;
        while (identities.next())
            columns.append({ identities.value(0).toString(), identities.value(1).toString() });
        for (const auto& [table, column] : std::as_const(columns)) {
            if (!QSqlQuery(db).exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                                   "coalesce(max(%2), 0) + 1, false) FROM %1")
                                        .arg(table, column)))
                return false;
        }
    }
    if (!db.commit())
        return false;
    // PostgreSQL: VACUUM too, as autovacuum soon does to a table this size, so that its counts read the
    // indexes alone.
    return QSqlQuery(db).exec(db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("VACUUM ANALYZE")
                                                                        : QStringLiteral("ANALYZE"));
}

QByteArray TestSupport::sendEndlessChunkExtensions(quint16 port, int timeoutMs, qint64* sent)
{
    *sent = 0;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(
        "POST /webhooks/alerts/generic HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n2;ext=");
    const QByteArray extension(64 * 1024, 'x');
    QByteArray answer;
    QElapsedTimer elapsed;
    elapsed.start();
    while (!answer.contains("\r\n\r\n") && elapsed.elapsed() < timeoutMs
        && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.bytesToWrite() < 256 * 1024) {
            socket.write(extension);
            *sent += extension.size();
        }
        socket.waitForBytesWritten(20);
        socket.waitForReadyRead(20);
        answer += socket.readAll();
    }
    return answer;
}

QProcessEnvironment TestSupport::consoleEnvironment(const QString& configHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), configHome + QStringLiteral("/data"));
    return environment;
}

int TestSupport::runConsole(const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int TestSupport::exchange(QTcpSocket& socket, const QByteArray& method, const QByteArray& path,
    const QByteArray& json, QByteArray* body, const QByteArray& headers)
{
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + headers + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json);
    QByteArray answer;
    qsizetype headEnd = -1;
    qsizetype length = -1;
    while (headEnd < 0 || answer.size() < headEnd + 4 + length) {
        if (!socket.waitForReadyRead(10000))
            return 0;
        answer += socket.readAll();
        headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd >= 0 && length < 0) {
            const QByteArray head = answer.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        }
    }
    if (body)
        *body = answer.mid(headEnd + 4, length);
    return answer.mid(9, 3).toInt();
}

TestSupport::RunningConsole::RunningConsole(
    const QString& database, const QString& configHome, const QStringList& moreArguments, Kind kind)
    : m_port(MonitoringProcess::freePort())
{
    m_process.setProcessEnvironment(consoleEnvironment(configHome));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList command
        = kind == Kind::Service ? QStringList { QStringLiteral("serve") } : QStringList();
    m_process.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"),
        command
            + QStringList { QStringLiteral("--db"), database, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_port) }
            + moreArguments);
}

TestSupport::RunningConsole::~RunningConsole()
{
    stop();
}

bool TestSupport::RunningConsole::waitUntilAnswering(int timeoutMs)
{
    if (!m_process.waitForStarted())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(1000)) {
            socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            if (socket.waitForReadyRead(2000) && socket.readAll().startsWith("HTTP/1.1 200"))
                return true;
        }
        QTest::qWait(100);
    }
    return false;
}

QString TestSupport::RunningConsole::pid() const
{
    return QString::number(m_process.processId());
}

bool TestSupport::RunningConsole::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    return m_process.waitForFinished(30000);
}
