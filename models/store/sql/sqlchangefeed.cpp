#include "models/store/sql/sqlchangefeed.h"

#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>

using namespace SqlSupport;

SqlChangeFeed::SqlChangeFeed(SqlSession& session, SqlJournal& journal)
    : m_session(session)
    , m_journal(journal)
{
}

StoreResult<StoreChanges> SqlChangeFeed::changesSince(qint64* cursor, int limit)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (*cursor < 0) {
        if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !query.next())
            return failed<StoreChanges>(query);
        *cursor = query.value(0).toLongLong();
        return StoreChanges {};
    }
    if (!prepareAndExec(query,
            QStringLiteral("SELECT seq, incident_id, entry_id, created FROM change_log WHERE seq > ? ORDER "
                           "BY seq LIMIT ?"),
            { *cursor, limit }))
        return failed<StoreChanges>(query);

    struct Row {
        qint64 incidentId;
        qint64 entryId;
        bool created;
    };
    QList<Row> rows;
    QSet<qint64> incidentIds;
    QStringList entryIds;
    qint64 last = *cursor;
    while (query.next()) {
        last = query.value(0).toLongLong();
        const Row row { query.value(1).toLongLong(),
            query.value(2).isNull() ? 0 : query.value(2).toLongLong(), query.value(3).toInt() != 0 };
        rows.append(row);
        incidentIds.insert(row.incidentId);
        if (row.entryId > 0)
            entryIds.append(QString::number(row.entryId));
    }
    if (rows.isEmpty())
        return StoreChanges {};

    QStringList idList;
    for (qint64 id : std::as_const(incidentIds))
        idList.append(QString::number(id));
    const StoreResult<QList<Incident>> incidents
        = m_journal.selectIncidents(QStringLiteral("id IN (%1)").arg(idList.join(QLatin1Char(','))), {});
    if (!incidents)
        return StoreResult<StoreChanges>::failureFrom(incidents);
    QHash<qint64, Incident> byId;
    for (const Incident& incident : *incidents)
        byId.insert(incident.id, incident);
    QHash<qint64, TimelineEntry> entries;
    if (!entryIds.isEmpty()) {
        const StoreResult<QList<TimelineEntry>> loaded
            = m_journal.selectEntries(QStringLiteral("id IN (%1)").arg(entryIds.join(QLatin1Char(','))), {},
                static_cast<int>(entryIds.size()));
        if (!loaded)
            return StoreResult<StoreChanges>::failureFrom(loaded);
        for (const TimelineEntry& entry : *loaded)
            entries.insert(entry.id, entry);
    }

    StoreChanges changes;
    for (const Row& row : std::as_const(rows)) {
        const auto incident = byId.constFind(row.incidentId);
        if (incident == byId.constEnd())
            continue;
        changes.append({ *incident, entries.value(row.entryId), row.created });
    }
    *cursor = last;
    return changes;
}

StoreResult<bool> SqlChangeFeed::markChangesRead(const QString& reader, qint64 seq)
{
    if (reader.isEmpty() || seq < 0)
        return rejected<bool>(tr("A change-log mark needs its reader's name and a position."));
    const PreparedStatements::Run mark = m_session.statements().run(
        QStringLiteral("INSERT INTO change_readers (reader, seq, seen_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (reader) DO UPDATE SET seq = excluded.seq, seen_at = excluded.seen_at"),
        // Wall time, not the store's clock: the pruning that reads it runs before any store exists.
        { reader, seq, toDb(QDateTime::currentDateTimeUtc()) });
    if (!mark)
        return failed<bool>(mark.query());
    return true;
}

bool SqlChangeFeed::othersWroteSinceLastCheck()
{
    // SQLite counts other connections' commits; PostgreSQL keeps no such counter, but the
    // newest sequences of the two logs (one indexed row each) tell as much, our own writes included.
    QSqlQuery query(m_session.database());
    const QString sql = m_session.dialect().isPostgres()
        ? QStringLiteral("SELECT (SELECT coalesce(max(seq), 0) FROM change_log) "
                         "+ (SELECT coalesce(max(seq), 0) FROM alert_log)")
        : QStringLiteral("PRAGMA data_version");
    const bool answered = query.exec(sql) && query.next();
    // A server that cannot answer this has gone away, or the network to it has; a file always can.
    // So has one that a write found dead and opened again: it no longer hears LISTEN's wake-ups.
    m_connectionLost = (!answered && m_session.dialect().isPostgres())
        || (m_listeningSince >= 0 && m_listeningSince != m_session.reconnections());
    if (!answered)
        return true; // cannot tell: look
    const qint64 version = query.value(0).toLongLong();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

bool SqlChangeFeed::restoreConnection(QString* error)
{
    return m_session.restoreConnection(error);
}

bool SqlChangeFeed::wakeOnCommits(std::function<void()> wake)
{
    QSqlDatabase db = m_session.database();
    QSqlDriver* driver = db.driver();
    const QString channel = QStringLiteral("ic_changes"); // PostgresMigrations' trigger notifies it
    if (!m_session.dialect().isPostgres() || !driver->subscribeToNotification(channel))
        return false;
    // The driver, which dies with the connection, holds the connection to its signal.
    QObject::connect(
        driver, &QSqlDriver::notification, driver, [channel, wake = std::move(wake)](const QString& name) {
            if (name == channel)
                wake();
        });
    m_listeningSince = m_session.reconnections();
    return true;
}

bool SqlChangeFeed::pruneLog(QSqlDatabase& db, qint64 readerMarkKeptMs, QSqlError* error)
{
    // The change log keeps its last 100,000 rows, and whatever is newer than the
    // outbox's cursor (a page skipped there would be skipped silently) or than the
    // mark of any console still reading (it would miss a change and show a stale
    // incident). A mark not renewed for `readerMarkKeptMs` is a console that died.
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery query(db);
    const bool ok = query.exec(QStringLiteral("DELETE FROM change_readers WHERE seen_at < %1")
                                   .arg(QDateTime::currentMSecsSinceEpoch() - readerMarkKeptMs))
        && query.exec(
            QStringLiteral("DELETE FROM change_log WHERE seq < %1")
                .arg(dialect.lesser(dialect.lesser(QStringLiteral("(SELECT coalesce(max(seq), 0) - 100000 "
                                                                  "FROM change_log)"),
                                        QStringLiteral("coalesce((SELECT seq + 1 FROM outbox_cursor "
                                                       "WHERE id = 1), 9223372036854775807)")),
                    QStringLiteral("coalesce((SELECT min(seq) + 1 FROM change_readers), "
                                   "9223372036854775807)"))));
    if (!ok)
        *error = query.lastError();
    return ok;
}
