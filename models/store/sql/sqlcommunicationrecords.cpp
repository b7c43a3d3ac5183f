#include "models/store/sql/sqlcommunicationrecords.h"

#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqloutboxqueue.h"
#include "models/store/sql/sqlsession.h"

using namespace SqlSupport;

namespace {
constexpr qsizetype kMaxMessageLength = 20000;
const QString kStatusPageAudience = QStringLiteral("statuspage");
}

SqlCommunicationRecords::SqlCommunicationRecords(
    SqlSession& session, SqlJournal& journal, SqlOutboxQueue& outbox)
    : m_session(session)
    , m_journal(journal)
    , m_outbox(outbox)
{
}

StoreResult<TimelineEntry> SqlCommunicationRecords::recordCommunication(
    qint64 incidentId, const CommunicationRecord& record, const QString& author)
{
    if (record.audienceId.trimmed().isEmpty())
        return rejected<TimelineEntry>(tr("An update needs an audience."));
    if (record.text.trimmed().isEmpty())
        return rejected<TimelineEntry>(tr("An update needs some text."));
    if (record.text.size() > kMaxMessageLength)
        return rejected<TimelineEntry>(tr("The update is longer than %1 characters.").arg(kMaxMessageLength));
    TimelineEntry entry;
    entry.kind = TimelineKind::Communicated;
    entry.field = record.audienceId.trimmed();
    entry.oldValue = record.audienceName.trimmed().isEmpty() ? entry.field : record.audienceName.trimmed();
    entry.newValue = kCommunicationChannels.key(record.channel);
    entry.body = record.text.trimmed();
    return m_journal.appendEntry(incidentId, entry, author);
}

StoreResult<CommunicationLog> SqlCommunicationRecords::communicationLog(qint64 incidentId)
{
    CommunicationLog log;
    QSqlQuery sent(m_session.database());
    SqlSupport::readForwardOnly(sent);
    // The newest entry per audience.
    if (!prepareAndExec(sent,
            QStringLiteral(
                "SELECT t.field, t.at, t.author, t.new_value FROM timeline t "
                "WHERE t.incident_id = ? AND t.kind = ? AND t.id = (SELECT max(l.id) FROM timeline l "
                "WHERE l.incident_id = t.incident_id AND l.kind = t.kind AND l.field = t.field)"),
            { incidentId, static_cast<int>(TimelineKind::Communicated) }))
        return failed<CommunicationLog>(sent);
    while (sent.next()) {
        CommunicationSent last;
        last.audienceId = sent.value(0).toString();
        last.at = fromDb(sent.value(1));
        last.author = sent.value(2).toString();
        last.channel = kCommunicationChannels.parse(sent.value(3).toString())
                           .value_or(CommunicationChannel::SlackEmail);
        log.lastSent.insert(last.audienceId, last);
    }
    sent.finish();
    QSqlQuery note(m_session.database());
    if (!prepareAndExec(note,
            QStringLiteral(
                "SELECT body FROM timeline WHERE incident_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"),
            { incidentId, static_cast<int>(TimelineKind::Note) }))
        return failed<CommunicationLog>(note);
    if (note.next())
        log.latestNote = note.value(0).toString();
    return log;
}

StoreResult<StatusPageUpdate> SqlCommunicationRecords::statusPageDraft(qint64 incidentId)
{
    QSqlQuery query(m_session.database());
    if (!prepareAndExec(query,
            QStringLiteral("SELECT content, saved_at, saved_by FROM statuspage_drafts WHERE incident_id = ?"),
            { incidentId }))
        return failed<StatusPageUpdate>(query);
    StatusPageUpdate draft;
    if (query.next()) {
        draft = StatusPageUpdate::fromJson(query.value(0).toByteArray());
        draft.at = fromDb(query.value(1));
        draft.author = query.value(2).toString();
    }
    draft.incidentId = incidentId;
    return draft;
}

StoreResult<StatusPageUpdate> SqlCommunicationRecords::saveStatusPageDraft(
    const StatusPageUpdate& draft, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<StatusPageUpdate>(tr("Every change needs an author."));
    return m_session.inTransaction<StatusPageUpdate>([&]() -> StoreResult<StatusPageUpdate> {
        if (const StoreResult<Incident> found = m_journal.incident(draft.incidentId); !found)
            return StoreResult<StatusPageUpdate>::failureFrom(found);
        StatusPageUpdate saved = draft;
        saved.at = m_session.now();
        saved.author = author.trimmed();
        QSqlQuery write(m_session.database());
        if (!prepareAndExec(write,
                QStringLiteral(
                    "INSERT INTO statuspage_drafts (incident_id, content, saved_at, saved_by) VALUES (?, ?, "
                    "?, ?) "
                    "ON CONFLICT (incident_id) DO UPDATE SET content = excluded.content, saved_at = "
                    "excluded.saved_at, saved_by = excluded.saved_by"),
                { saved.incidentId, saved.toJson(), toDb(saved.at), saved.author }))
            return failed<StatusPageUpdate>(write);
        return saved;
    });
}

StoreResult<StatusPageUpdate> SqlCommunicationRecords::postStatusPageUpdate(
    const StatusPageUpdate& update, bool publish, const QString& author)
{
    if (update.title.trimmed().isEmpty())
        return rejected<StatusPageUpdate>(tr("A status page update needs a title."));
    if (update.body.trimmed().isEmpty())
        return rejected<StatusPageUpdate>(tr("A status page update needs a message."));
    if (update.body.size() > kMaxMessageLength)
        return rejected<StatusPageUpdate>(
            tr("The update is longer than %1 characters.").arg(kMaxMessageLength));
    return m_session.inTransaction<StatusPageUpdate>([&]() -> StoreResult<StatusPageUpdate> {
        const StoreResult<Incident> found = m_journal.incident(update.incidentId);
        if (!found)
            return StoreResult<StatusPageUpdate>::failureFrom(found);
        StatusPageUpdate posted = update;
        posted.title = update.title.trimmed();
        posted.body = update.body.trimmed();
        posted.at = m_session.now();
        posted.author = author.trimmed();
        QVariant outboxId;
        if (publish) {
            OutboxMessage message;
            message.channel = QStringLiteral("statuspage");
            message.event = kPublicStates.key(posted.state);
            message.payload = posted.toJson();
            const StoreResult<qint64> queued = m_outbox.insertOutboxMessage(message, *found, posted.at);
            if (!queued)
                return StoreResult<StatusPageUpdate>::failureFrom(queued);
            outboxId = *queued;
        }
        QSqlQuery insert(m_session.database());
        if (!prepareAndExec(insert,
                QStringLiteral(
                    "INSERT INTO statuspage_updates (incident_id, content, posted_at, posted_by, outbox_id) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                { posted.incidentId, posted.toJson(), toDb(posted.at), posted.author, outboxId })
            || !insert.next())
            return failed<StatusPageUpdate>(insert);
        posted.id = insert.value(0).toLongLong();
        insert.finish(); // a RETURNING statement is done only once stepped past its row
        if (publish)
            posted.delivery = OutboxState::Waiting;
        insert.finish();
        CommunicationRecord record;
        record.audienceId = kStatusPageAudience;
        record.audienceName = tr("Status page");
        record.channel = CommunicationChannel::StatusPage;
        record.text
            = QStringLiteral("[%1] %2\n%3").arg(kPublicStates.label(posted.state), posted.title, posted.body);
        if (const StoreResult<TimelineEntry> written
            = recordCommunication(posted.incidentId, record, posted.author);
            !written)
            return StoreResult<StatusPageUpdate>::failureFrom(written);
        return posted;
    });
}

StoreResult<QList<StatusPageUpdate>> SqlCommunicationRecords::statusPageUpdates(qint64 incidentId)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT u.id, u.content, u.posted_at, u.posted_by, o.state, o.last_error "
                           "FROM statuspage_updates u LEFT JOIN outbox o ON o.id = u.outbox_id "
                           "WHERE u.incident_id = ? ORDER BY u.id DESC"),
            { incidentId }))
        return failed<QList<StatusPageUpdate>>(query);
    QList<StatusPageUpdate> updates;
    while (query.next()) {
        StatusPageUpdate update = StatusPageUpdate::fromJson(query.value(1).toByteArray());
        update.id = query.value(0).toLongLong();
        update.incidentId = incidentId;
        update.at = fromDb(query.value(2));
        update.author = query.value(3).toString();
        if (!query.value(4).isNull()) {
            update.delivery = static_cast<OutboxState>(query.value(4).toInt());
            update.deliveryError = query.value(5).toString();
        }
        updates.append(update);
    }
    return updates;
}
