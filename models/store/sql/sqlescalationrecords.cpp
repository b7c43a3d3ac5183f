#include "models/store/sql/sqlescalationrecords.h"

#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

using namespace SqlSupport;

namespace {
QString escalationAuthor()
{
    return QStringLiteral("Incident Console (escalation)");
}
}

SqlEscalationRecords::SqlEscalationRecords(SqlSession& session, SqlJournal& journal)
    : m_session(session)
    , m_journal(journal)
{
}

StoreResult<TimelineEntry> SqlEscalationRecords::fireEscalationLevel(const Incident& incident,
    const EscalationPolicy& policy, int level, const EscalationConfig& config, const QString& author)
{
    const QDateTime now = m_session.now();
    QSqlQuery insert(m_session.database());
    // DO NOTHING: another console sharing the database may have paged this level a moment ago.
    if (!prepareAndExec(insert,
            QStringLiteral("INSERT INTO escalation_steps (incident_id, level, policy, fired_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            { incident.id, level, policy.name, toDb(now) }))
        return failed<TimelineEntry>(insert);
    if (insert.numRowsAffected() == 0)
        return TimelineEntry {};
    QStringList paged;
    for (const EscalationTarget& target : policy.levels.at(level).targets)
        paged += config.resolve(target, now);
    TimelineEntry entry;
    entry.kind = TimelineKind::Escalated;
    entry.field = policy.name;
    entry.newValue = QString::number(level + 1);
    entry.body = paged.join(QLatin1String(", "));
    return m_journal.appendEntry(incident.id, entry, author);
}

StoreResult<QList<TimelineEntry>> SqlEscalationRecords::escalateDue(const EscalationConfig& config)
{
    return m_session.inTransaction<QList<TimelineEntry>>([&]() -> StoreResult<QList<TimelineEntry>> {
        // Unacknowledged: still triggered. Acknowledging is what stops an escalation.
        const StoreResult<QList<Incident>> waiting = m_journal.selectIncidents(
            QStringLiteral("status = ?"), { static_cast<int>(IncidentStatus::Triggered) });
        if (!waiting)
            return StoreResult<QList<TimelineEntry>>::failureFrom(waiting);
        const QDateTime now = m_session.now();
        QList<TimelineEntry> written;
        for (const Incident& incident : *waiting) {
            const EscalationRule* rule = config.ruleFor(incident);
            const EscalationPolicy* policy = rule ? config.policy(rule->policy) : nullptr;
            if (!policy)
                continue;
            const QList<QDateTime> due = config.dueTimes(incident);
            for (int level = 0; level < due.size() && due.at(level) <= now; ++level) {
                const StoreResult<TimelineEntry> entry
                    = fireEscalationLevel(incident, *policy, level, config, escalationAuthor());
                if (!entry)
                    return StoreResult<QList<TimelineEntry>>::failureFrom(entry);
                if (entry->isValid())
                    written.append(*entry);
            }
        }
        return written;
    });
}

StoreResult<TimelineEntry> SqlEscalationRecords::escalateNow(
    qint64 incidentId, const EscalationConfig& config, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<TimelineEntry>(tr("Every change needs an author."));
    return m_session.inTransaction<TimelineEntry>([&]() -> StoreResult<TimelineEntry> {
        const StoreResult<Incident> found = m_journal.incident(incidentId);
        if (!found)
            return StoreResult<TimelineEntry>::failureFrom(found);
        if (!Lifecycle::isActive(found->status))
            return rejected<TimelineEntry>(
                tr("%1 is not active; there is nobody to escalate to.").arg(found->key));
        const EscalationRule* rule = config.ruleFor(*found);
        const EscalationPolicy* policy = rule ? config.policy(rule->policy) : nullptr;
        if (!policy)
            return rejected<TimelineEntry>(tr("No escalation rule applies to %1 (%2).")
                                               .arg(found->key, SeverityNames::code(found->severity)));
        QSqlQuery fired(m_session.database());
        if (!prepareAndExec(fired,
                QStringLiteral(
                    "SELECT coalesce(max(level) + 1, 0) FROM escalation_steps WHERE incident_id = ?"),
                { incidentId })
            || !fired.next())
            return failed<TimelineEntry>(fired);
        const int next = fired.value(0).toInt();
        fired.finish();
        if (next >= policy->levels.size())
            return rejected<TimelineEntry>(
                tr("Every level of %1 has paged already for %2.").arg(policy->name, found->key));
        return fireEscalationLevel(*found, *policy, next, config, author.trimmed());
    });
}
