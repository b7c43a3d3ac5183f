#include "models/store/sql/sqlsession.h"

#include "models/store/postgresdatabase.h"
#include "models/store/sqlitedatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlSupport;

SqlSession::SqlSession(QString connectionName, SeverityPolicy policy, const Clock* clock)
    : m_connectionName(std::move(connectionName))
    , m_dialect(SqlDialect::of(QSqlDatabase::database(m_connectionName, false)))
    , m_policy(std::move(policy))
    , m_clock(clock)
    , m_statements(m_connectionName)
{
}

SqlSession::~SqlSession()
{
    m_statements.clear();
}

QSqlDatabase SqlSession::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqlSession::begin(QString* error)
{
    if (beginOnce(error))
        return true;
    // A server that restarted, or a network that broke, left this connection dead: every statement on it
    // fails. Outside a transaction nothing is lost by connecting again, once, and starting over.
    // Alive, and busy (another writer held the lock past lock_timeout): the error stands as it is.
    if (m_transactionDepth > 0 || !m_dialect.isPostgres() || serverAnswers())
        return false;
    QString reason;
    if (!reopen(&reason)) {
        *error = tr("%1 (connecting again failed: %2)").arg(*error, reason);
        return false;
    }
    return beginOnce(error);
}

qint64 SqlSession::serverClockAheadMs()
{
    if (!m_dialect.isPostgres())
        return 0;
    if (!m_serverClockAheadMs) {
        // Not remembered when the server cannot be asked: the next use asks again.
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"))
            || !query.next())
            return 0;
        m_serverClockAheadMs = query.value(0).toLongLong() - now().toMSecsSinceEpoch();
    }
    return *m_serverClockAheadMs;
}

bool SqlSession::restoreConnection(QString* error)
{
    if (!m_dialect.isPostgres() || m_transactionDepth > 0 || serverAnswers())
        return true;
    return reopen(error);
}

bool SqlSession::serverAnswers()
{
    QSqlQuery probe(database());
    return probe.exec(QStringLiteral("SELECT 1"));
}

bool SqlSession::reopen(QString* error)
{
    m_statements.clear(); // compiled on the dead connection
    if (!PostgresDatabase::reopen(m_connectionName, error))
        return false;
    ++m_reconnections;
    return true;
}

bool SqlSession::beginOnce(QString* error)
{
    // The write lock is taken up front, so reading the row and writing it
    // back cannot interleave with another process doing the same. Inside a
    // transaction (a delivery of alerts declaring an incident) a savepoint
    // nests, so that the inner change commits or fails with the outer one.
    const QStringList statements = m_transactionDepth == 0
        ? m_dialect.beginWriting()
        : QStringList { QStringLiteral("SAVEPOINT nested_%1").arg(m_transactionDepth) };
    QSqlQuery query(database());
    for (const QString& sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            if (m_transactionDepth == 0 && sql != statements.first())
                query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    ++m_transactionDepth;
    return true;
}

bool SqlSession::commit(QString* error)
{
    const int level = m_transactionDepth - 1;
    QSqlQuery query(database());
    const QString sql
        = level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE nested_%1").arg(level);
    if (query.exec(sql)) {
        m_transactionDepth = level;
        return true;
    }
    *error = query.lastError().text();
    rollback();
    return false;
}

void SqlSession::rollback()
{
    if (m_transactionDepth == 0)
        return;
    const int level = m_transactionDepth - 1;
    QSqlQuery query(database());
    if (level == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO nested_%1").arg(level));
        query.exec(QStringLiteral("RELEASE nested_%1").arg(level));
    }
    m_transactionDepth = level;
}

void SqlSession::releaseMemory()
{
    if (!m_dialect.isPostgres()) // the server's memory is the server's
        SqliteDatabase::releaseMemory(m_connectionName);
}

StoreResult<QString> SqlSession::identity()
{
    if (m_identity.isEmpty()) {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT name FROM store_identity WHERE id = 1")) || !query.next())
            return failed<QString>(query);
        m_identity = query.value(0).toString();
    }
    return m_identity;
}

bool SqlSession::logChange(qint64 incidentId, qint64 entryId, bool created, QString* error)
{
    QSqlQuery query(database());
    const QVariant entry = entryId > 0 ? QVariant(entryId) : QVariant(QMetaType::fromType<qint64>());
    if (prepareAndExec(query,
            QStringLiteral("INSERT INTO change_log (incident_id, entry_id, created) VALUES (?, ?, ?)"),
            { incidentId, entry, created ? 1 : 0 }))
        return true;
    *error = query.lastError().text();
    return false;
}
