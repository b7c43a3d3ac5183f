// SqlOutboxQueue: the outbox, where messages to other services wait until they are taken.
#include "models/store/sql/sqloutboxqueue.h"

#include "models/store/changefeed.h"
#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

#include <QSet>

using namespace SqlSupport;

namespace {
// A Statuspage message carries the id of the Statuspage incident made by an earlier one.
const QString kOutboxColumns = QStringLiteral(
    "outbox.id, channel, target, outbox.incident_id, incident_key, event, payload, state, attempts, "
    "created_at, "
    "next_attempt_at, last_attempt_at, delivered_at, last_error, coalesce(statuspage_links.remote_id, ''), "
    "claimed_by "
    "FROM outbox LEFT JOIN statuspage_links ON statuspage_links.incident_id = outbox.incident_id "
    "AND outbox.channel = 'statuspage'");

OutboxMessage readMessage(const QSqlQuery& q)
{
    OutboxMessage message;
    message.id = q.value(0).toLongLong();
    message.channel = q.value(1).toString();
    message.target = q.value(2).toString();
    message.incidentId = q.value(3).toLongLong();
    message.incidentKey = q.value(4).toString();
    message.event = q.value(5).toString();
    message.payload = q.value(6).toByteArray();
    message.state = static_cast<OutboxState>(q.value(7).toInt());
    message.attempts = q.value(8).toInt();
    message.createdAt = fromDb(q.value(9));
    message.nextAttemptAt = fromDb(q.value(10));
    message.lastAttemptAt = fromDb(q.value(11));
    message.deliveredAt = fromDb(q.value(12));
    message.lastError = q.value(13).toString();
    message.remoteId = q.value(14).toString();
    message.claimedBy = q.value(15).toString();
    return message;
}

// Messages in the order and under the condition `tail` gives ("WHERE … ORDER BY … LIMIT ?").
StoreResult<QList<OutboxMessage>> selectMessages(
    const QSqlDatabase& db, const QString& tail, const QVariantList& bindings)
{
    QSqlQuery query(db);
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query, QStringLiteral("SELECT %1 %2").arg(kOutboxColumns, tail), bindings))
        return failed<QList<OutboxMessage>>(query);
    QList<OutboxMessage> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

StoreResult<OutboxMessage> selectMessage(const QSqlDatabase& db, qint64 id)
{
    const StoreResult<QList<OutboxMessage>> found
        = selectMessages(db, QStringLiteral("WHERE outbox.id = ?"), { id });
    if (!found)
        return StoreResult<OutboxMessage>::failureFrom(found);
    if (found->isEmpty())
        return StoreResult<OutboxMessage>::failure(
            StoreErrorKind::NotFound, SqlOutboxQueue::tr("There is no outbox message %1.").arg(id));
    return found->constFirst();
}

// The author of the outbox's own timeline entries.
QString outboxAuthor()
{
    return QStringLiteral("Incident Console (outbox)");
}
}

SqlOutboxQueue::SqlOutboxQueue(SqlSession& session, SqlJournal& journal, ChangeFeed& changes)
    : m_session(session)
    , m_journal(journal)
    , m_changes(changes)
{
}

StoreResult<int> SqlOutboxQueue::enqueueOutbound(const ChangeToMessages& compose, int limit)
{
    return m_session.inTransaction<int>([&]() -> StoreResult<int> {
        QSqlQuery read(m_session.database());
        if (!read.exec(QStringLiteral("SELECT seq FROM outbox_cursor WHERE id = 1")))
            return failed<int>(read);
        qint64 cursor = read.next() ? read.value(0).toLongLong() : -1;
        read.finish();
        const bool starting = cursor < 0;
        // changesSince with -1 sets the cursor at the newest change and returns none.
        const StoreResult<StoreChanges> changes = m_changes.changesSince(&cursor, limit);
        if (!changes)
            return StoreResult<int>::failureFrom(changes);
        const QDateTime now = m_session.now();
        int queued = 0;
        for (const StoreChange& change : *changes) {
            for (const OutboxMessage& message : compose(change)) {
                if (const StoreResult<qint64> inserted = insertOutboxMessage(message, change.incident, now);
                    !inserted)
                    return StoreResult<int>::failureFrom(inserted);
                ++queued;
            }
        }
        if (starting || !changes->isEmpty()) {
            QSqlQuery move(m_session.database());
            if (!prepareAndExec(move,
                    QStringLiteral("INSERT INTO outbox_cursor (id, seq) VALUES (1, ?) "
                                   "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq"),
                    { cursor }))
                return failed<int>(move);
        }
        return queued;
    });
}

StoreResult<qint64> SqlOutboxQueue::insertOutboxMessage(
    const OutboxMessage& message, const Incident& incident, const QDateTime& now)
{
    QSqlQuery insert(m_session.database());
    if (!prepareAndExec(insert,
            QStringLiteral("INSERT INTO outbox (channel, target, incident_id, incident_key, event, payload, "
                           "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { message.channel, message.target, incident.id, incident.key, message.event, message.payload,
                toDb(now), toDb(now) })
        || !insert.next())
        return failed<qint64>(insert);
    const qint64 id = insert.value(0).toLongLong();
    insert.finish(); // a RETURNING statement is done only once stepped past its row
    return id;
}

StoreResult<QList<OutboxMessage>> SqlOutboxQueue::claimDueOutbound(
    const QString& sender, int leaseSeconds, int limit)
{
    if (sender.isEmpty())
        return rejected<QList<OutboxMessage>>(tr("An outbox claim needs the sender's name."));
    return m_session.inTransaction<QList<OutboxMessage>>([&]() -> StoreResult<QList<OutboxMessage>> {
        const QDateTime now = m_session.now();
        // Due, not held by another live sender, and the first of its incident on its channel
        // still waiting.
        const StoreResult<QList<OutboxMessage>> due = selectMessages(m_session.database(),
            QStringLiteral(
                "WHERE state = 0 AND next_attempt_at <= ? "
                "AND (claimed_by = '' OR claimed_by = ? OR claimed_until IS NULL OR claimed_until <= ?) "
                "AND NOT EXISTS (SELECT 1 FROM outbox AS earlier WHERE earlier.state = 0 "
                "AND earlier.channel = outbox.channel AND earlier.incident_id = outbox.incident_id "
                "AND earlier.id < outbox.id) "
                "ORDER BY outbox.id LIMIT ?"),
            { toDb(now), sender, toDb(now), limit });
        if (!due || due->isEmpty())
            return due;
        // Only what can go now: a sender sends one message at a time to a service and key, so
        // the others would sit under its claim, and a console killed meanwhile would hold them
        // all up until the claim lapses.
        QList<OutboxMessage> claimed;
        QSet<QString> services;
        QStringList ids;
        for (const OutboxMessage& message : *due) {
            const QString service = message.channel + QLatin1Char('/') + message.target;
            if (services.contains(service))
                continue;
            services.insert(service);
            claimed.append(message);
            ids.append(QString::number(message.id));
        }
        QSqlQuery claim(m_session.database());
        if (!prepareAndExec(claim,
                QStringLiteral("UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id IN (%1)")
                    .arg(ids.join(QLatin1Char(','))),
                { sender, toDb(now.addSecs(leaseSeconds)) }))
            return failed<QList<OutboxMessage>>(claim);
        return claimed;
    });
}

StoreResult<QStringList> SqlOutboxQueue::outboundClaimHolders()
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT DISTINCT claimed_by FROM outbox WHERE state = 0 AND claimed_by <> '' "
                           "AND claimed_until > ?"),
            { toDb(m_session.now()) }))
        return failed<QStringList>(query);
    QStringList holders;
    while (query.next())
        holders.append(query.value(0).toString());
    return holders;
}

StoreResult<int> SqlOutboxQueue::letGoOutboundClaims(const QString& holder)
{
    const QDateTime now = m_session.now();
    QSqlQuery update(m_session.database());
    if (!prepareAndExec(update,
            QStringLiteral("UPDATE outbox SET claimed_until = ? WHERE state = 0 AND claimed_by = ? AND "
                           "claimed_until > ?"),
            { toDb(now), holder, toDb(now) }))
        return failed<int>(update);
    return update.numRowsAffected();
}

StoreResult<QList<OutboxMessage>> SqlOutboxQueue::outboxMessages(int limit)
{
    return selectMessages(m_session.database(), QStringLiteral("ORDER BY outbox.id DESC LIMIT ?"), { limit });
}

StoreResult<OutboxMessage> SqlOutboxQueue::recordOutboundAttempt(
    qint64 messageId, const OutboundAttempt& attempt)
{
    return m_session.inTransaction<OutboxMessage>([&]() -> StoreResult<OutboxMessage> {
        const QDateTime now = m_session.now();
        const bool delivered = attempt.state == OutboxState::Delivered;
        QSqlQuery update(m_session.database());
        // Only a waiting message: another console sharing the file may have taken it meanwhile.
        // A delivery counts whoever made it; a failed try only from the sender holding the message
        // (or from anyone while nobody holds it live).
        if (!prepareAndExec(update,
                QStringLiteral(
                    "UPDATE outbox SET state = ?, attempts = attempts + 1, last_attempt_at = ?, "
                    "next_attempt_at = ?, delivered_at = ?, last_error = ?, claimed_by = '', "
                    "claimed_until = NULL WHERE id = ? AND state = 0 AND (? = 1 OR claimed_by IN ('', ?) "
                    "OR claimed_until IS NULL OR claimed_until <= ?)"),
                { static_cast<int>(attempt.state), toDb(now),
                    toDb(attempt.state == OutboxState::Waiting ? attempt.nextAttemptAt : now),
                    delivered ? toDb(now) : toDb(QDateTime()), attempt.error, messageId, delivered ? 1 : 0,
                    attempt.sender, toDb(now) }))
            return failed<OutboxMessage>(update);
        const bool changed = update.numRowsAffected() > 0;
        if (changed && !attempt.remoteId.isEmpty()) {
            QSqlQuery link(m_session.database());
            if (!prepareAndExec(link,
                    QStringLiteral(
                        "INSERT INTO statuspage_links (incident_id, remote_id) "
                        "SELECT incident_id, ? FROM outbox WHERE id = ? AND incident_id IS NOT NULL "
                        "ON CONFLICT (incident_id) DO UPDATE SET remote_id = excluded.remote_id"),
                    { attempt.remoteId, messageId }))
                return failed<OutboxMessage>(link);
        }
        const StoreResult<OutboxMessage> found = selectMessage(m_session.database(), messageId);
        if (!found)
            return found;
        const OutboxMessage& message = *found;
        if (changed && attempt.onTimeline && attempt.state != OutboxState::Waiting
            && message.incidentId > 0) {
            TimelineEntry entry;
            entry.kind = TimelineKind::Notified;
            entry.field = message.channel;
            entry.newValue = message.event;
            entry.body = delivered ? QString() : attempt.error;
            if (const StoreResult<TimelineEntry> written
                = m_journal.appendEntry(message.incidentId, entry, outboxAuthor());
                !written)
                return StoreResult<OutboxMessage>::failureFrom(written);
        }
        return message;
    });
}

StoreResult<OutboxMessage> SqlOutboxQueue::retryOutboundNow(qint64 messageId)
{
    return m_session.inTransaction<OutboxMessage>([&]() -> StoreResult<OutboxMessage> {
        QSqlQuery update(m_session.database());
        // Not while a console is sending it: "now" would send it a second time beside that.
        if (!prepareAndExec(update,
                QStringLiteral(
                    "UPDATE outbox SET state = 0, next_attempt_at = ?, claimed_by = '', claimed_until = NULL "
                    "WHERE id = ? AND state <> 1 AND (claimed_until IS NULL OR claimed_until <= ?)"),
                { toDb(m_session.now()), messageId, toDb(m_session.now()) }))
            return failed<OutboxMessage>(update);
        if (update.numRowsAffected() == 0)
            return rejected<OutboxMessage>(
                tr("Message %1 was delivered already, is being sent right now, or is not in the outbox.")
                    .arg(messageId));
        return selectMessage(m_session.database(), messageId);
    });
}
