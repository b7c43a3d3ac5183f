#pragma once

#include "models/domain/clock.h"
#include "models/domain/severitypolicy.h"
#include "models/store/sql/sqldialect.h"
#include "models/store/sqlsupport.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// What every SQL store area shares: the one connection, its transactions (which
// nest, so that one area's change inside another's commits or fails with it),
// the clock, the severity policy, the statements kept compiled, and the source
// that timeline entries written now come from.
class SqlSession {
    Q_DECLARE_TR_FUNCTIONS(SqlSession)
public:
    SqlSession(QString connectionName, SeverityPolicy policy, const Clock* clock);
    ~SqlSession();
    SqlSession(const SqlSession&) = delete;
    SqlSession& operator=(const SqlSession&) = delete;

    QSqlDatabase database() const;
    const SqlDialect& dialect() const { return m_dialect; }
    QDateTime now() const { return m_clock->nowUtc(); }
    // How far the database server's clock is ahead of this console's, in milliseconds: times that
    // consoles on other machines compare with theirs (who is on an incident now) are written on the
    // server's clock. Asked of PostgreSQL once, at first use; SQLite's server is this machine (0).
    qint64 serverClockAheadMs();
    // Now on the database server's clock, in UTC milliseconds.
    qint64 serverNowMs() { return now().toMSecsSinceEpoch() + serverClockAheadMs(); }
    const SeverityPolicy& policy() const { return m_policy; }
    SqlSupport::PreparedStatements& statements() { return m_statements; }

    // Takes the write lock. On PostgreSQL a dead connection is opened again first, when no
    // transaction was under way (see reconnections()).
    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();
    // Runs `change` in a transaction of its own (or the caller's), committed if it succeeds.
    template<typename T> StoreResult<T> inTransaction(const std::function<StoreResult<T>()>& change);

    // On PostgreSQL, outside a transaction: asks the server whether the connection still answers,
    // and opens it again if not. False, with the reason, while the server cannot be reached.
    bool restoreConnection(QString* error);
    // How often begin() or restoreConnection() found the connection dead and opened it again: what was bound
    // to the old connection (LISTEN) is gone.
    int reconnections() const { return m_reconnections; }
    // The name this database gave itself when it was made.
    StoreResult<QString> identity();
    void releaseMemory();
    // Appends a change-log row (how views, the outbox and other consoles hear of a change).
    bool logChange(qint64 incidentId, qint64 entryId, bool created, QString* error);

    // The source timeline entries written now come from (TimelineEntry::origin); empty: a person here.
    const QString& origin() const { return m_origin; }

    // While a source's delivery is applied: every timeline entry written meanwhile
    // records that source as its origin.
    class OriginScope {
    public:
        OriginScope(SqlSession& session, const QString& origin)
            : m_session(session)
            , m_previous(std::exchange(session.m_origin, origin))
        {
        }
        ~OriginScope() { m_session.m_origin = m_previous; }
        OriginScope(const OriginScope&) = delete;
        OriginScope& operator=(const OriginScope&) = delete;

    private:
        SqlSession& m_session;
        QString m_previous;
    };

private:
    bool beginOnce(QString* error);
    bool reopen(QString* error);
    // One round trip: whether the connection still reaches a server that answers.
    bool serverAnswers();

    QString m_connectionName;
    SqlDialect m_dialect;
    SeverityPolicy m_policy;
    const Clock* m_clock;
    QString m_identity; // identity(), once read
    QString m_origin; // see OriginScope
    int m_transactionDepth = 0;
    int m_reconnections = 0;
    std::optional<qint64> m_serverClockAheadMs;
    SqlSupport::PreparedStatements m_statements;
};

template<typename T>
inline StoreResult<T> SqlSession::inTransaction(const std::function<StoreResult<T>()>& change)
{
    QString error;
    if (!begin(&error))
        return StoreResult<T>::failure(
            StoreErrorKind::Unavailable, tr("The database is busy: %1").arg(error));
    StoreResult<T> result = change();
    if (!result) {
        rollback();
        return result;
    }
    if (!commit(&error))
        return StoreResult<T>::failure(StoreErrorKind::Unavailable, error);
    return result;
}
