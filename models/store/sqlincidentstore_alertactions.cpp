// SqlIncidentStore: what a person does to alerts from the console (acknowledge,
// attach to an incident, declare one from an alert) and the silences that
// suppress alerts. Kept apart from ingestion, which is what senders do.
#include "sqlincidentstore.h"

#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace SqlSupport;

namespace {
// "HighErrorRate (alertmanager): 5xx above 5%".
QString describe(const Alert& alert)
{
    const QString name = QStringLiteral("%1 (%2)").arg(alert.name, alert.source);
    return alert.summary.isEmpty() || alert.summary == alert.name ? name : name + QStringLiteral(": ") + alert.summary;
}

Silence readSilence(const QSqlQuery& q)
{
    Silence silence;
    silence.id = q.value(0).toLongLong();
    // Stored as a JSON array of matcher texts: a regex may hold a comma.
    // One that no longer reads (a pattern this version refuses) leaves the
    // silence with no matchers, which silences nothing: without it, the
    // silence would silence more than it was made for.
    for (const QJsonValue& text : QJsonDocument::fromJson(q.value(1).toByteArray()).array()) {
        QString ignored;
        const std::optional<LabelMatcher> matcher = LabelMatcher::parse(text.toString(), &ignored);
        if (!matcher) {
            silence.matchers.clear();
            break;
        }
        silence.matchers.append(*matcher);
    }
    silence.startsAt = fromDb(q.value(2));
    silence.endsAt = fromDb(q.value(3));
    silence.createdBy = q.value(4).toString();
    silence.comment = q.value(5).toString();
    silence.createdAt = fromDb(q.value(6));
    return silence;
}

QJsonArray matchersJson(const Silence& silence)
{
    QJsonArray array;
    for (const LabelMatcher& matcher : silence.matchers)
        array.append(matcher.toString());
    return array;
}

const QString kSilenceColumns = QStringLiteral("id, matchers, starts_at, ends_at, created_by, comment, created_at");
}

StoreResult<Alert> SqlIncidentStore::existingAlert(qint64 alertId)
{
    const StoreResult<std::optional<Alert>> found = m_alerts.findById(alertId);
    if (!found)
        return StoreResult<Alert>::failureFrom(found);
    if (!found->has_value())
        return StoreResult<Alert>::failure(StoreErrorKind::NotFound, tr("There is no alert %1.").arg(alertId));
    return **found;
}

StoreResult<bool> SqlIncidentStore::saveAlert(const Alert& before, const Alert& after)
{
    const StoreResult<bool> updated = m_alerts.update(before, after);
    if (!updated)
        return updated;
    QString error;
    if (!m_alerts.logChange(after.id, &error))
        return StoreResult<bool>::failure(StoreErrorKind::Unavailable, error);
    return true;
}

StoreResult<Alert> SqlIncidentStore::acknowledgeAlert(qint64 alertId, const QString& author)
{
    return inTransaction<Alert>([&]() -> StoreResult<Alert> {
        const StoreResult<Alert> current = existingAlert(alertId);
        if (!current)
            return current;
        if (current->status != AlertStatus::Firing)
            return rejected<Alert>(tr("Only a firing alert can be acknowledged; this one is %1.")
                                       .arg(AlertStatusNames::label(current->status)));
        Alert acknowledged = *current;
        acknowledged.status = AlertStatus::Acknowledged;
        if (const StoreResult<bool> saved = saveAlert(*current, acknowledged); !saved)
            return StoreResult<Alert>::failureFrom(saved);
        if (acknowledged.incidentId > 0) {
            TimelineEntry entry;
            entry.kind = TimelineKind::Note;
            entry.body = tr("Acknowledged the alert %1.").arg(describe(acknowledged));
            if (const StoreResult<TimelineEntry> written = appendEntry(acknowledged.incidentId, entry, author); !written)
                return StoreResult<Alert>::failureFrom(written);
        }
        return acknowledged;
    });
}

StoreResult<Alert> SqlIncidentStore::attachAlert(qint64 alertId, qint64 incidentId, const QString& author)
{
    return inTransaction<Alert>([&]() -> StoreResult<Alert> {
        const StoreResult<Alert> current = existingAlert(alertId);
        if (!current)
            return current;
        const StoreResult<Incident> target = incident(incidentId);
        if (!target)
            return StoreResult<Alert>::failureFrom(target);
        if (current->incidentId == incidentId)
            return current;
        Alert attached = *current;
        attached.incidentId = target->id;
        attached.incidentKey = target->key;
        if (const StoreResult<bool> saved = saveAlert(*current, attached); !saved)
            return StoreResult<Alert>::failureFrom(saved);
        TimelineEntry joined;
        joined.kind = TimelineKind::Note;
        joined.body = tr("Attached the alert %1.").arg(describe(attached));
        if (const StoreResult<TimelineEntry> written = appendEntry(target->id, joined, author); !written)
            return StoreResult<Alert>::failureFrom(written);
        if (current->incidentId > 0) {
            TimelineEntry left;
            left.kind = TimelineKind::Note;
            left.body = tr("Moved the alert %1 to %2.").arg(describe(attached), target->key);
            if (const StoreResult<TimelineEntry> written = appendEntry(current->incidentId, left, author); !written)
                return StoreResult<Alert>::failureFrom(written);
        }
        return attached;
    });
}

StoreResult<Incident> SqlIncidentStore::declareFromAlert(qint64 alertId, const QString& author)
{
    return inTransaction<Incident>([&]() -> StoreResult<Incident> {
        const StoreResult<Alert> alert = existingAlert(alertId);
        if (!alert)
            return StoreResult<Incident>::failureFrom(alert);
        IncidentDraft draft;
        draft.title = (alert->summary.isEmpty() ? alert->name : alert->summary).left(300);
        draft.description = alert->annotations.value(QStringLiteral("description")).trimmed();
        draft.severity = alert->severity;
        draft.service = alert->service;
        draft.detectedAt = alert->startsAt.isValid() ? alert->startsAt : alert->firstSeen;
        const StoreResult<Incident> declared = declare(draft, author);
        if (!declared)
            return declared;
        const StoreResult<Alert> attached = attachAlert(alertId, declared->id, author);
        if (!attached)
            return StoreResult<Incident>::failureFrom(attached);
        return incident(declared->id);
    });
}

StoreResult<ActiveSilences> SqlIncidentStore::activeSilences(const QDateTime& at)
{
    const PreparedStatements::Run run = m_statements.run(
        QStringLiteral("SELECT %1 FROM silences WHERE starts_at <= ? AND ends_at > ?").arg(kSilenceColumns),
        { toDb(at), toDb(at) });
    if (!run)
        return failed<ActiveSilences>(run.query());
    QList<Silence> silences;
    while (run.query().next())
        silences.append(readSilence(run.query()));
    return ActiveSilences(silences, at);
}

StoreResult<bool> SqlIncidentStore::applySilences()
{
    const StoreResult<ActiveSilences> silences = activeSilences(m_clock->nowUtc());
    if (!silences)
        return StoreResult<bool>::failureFrom(silences);
    const StoreResult<QList<Alert>> open = m_alerts.openAlerts();
    if (!open)
        return StoreResult<bool>::failureFrom(open);
    for (const Alert& alert : *open) {
        const bool silenced = silences->silencing(alert.labels) > 0;
        if (silenced == (alert.status == AlertStatus::Suppressed))
            continue;
        Alert changed = alert;
        changed.status = silenced ? AlertStatus::Suppressed : AlertStatus::Firing;
        if (const StoreResult<bool> saved = saveAlert(alert, changed); !saved)
            return saved;
    }
    return true;
}

StoreResult<Silence> SqlIncidentStore::addSilence(const Silence& draft)
{
    Silence silence = draft;
    silence.createdAt = m_clock->nowUtc();
    silence.createdBy = silence.createdBy.trimmed();
    if (const QString problem = silence.problem(); !problem.isEmpty())
        return rejected<Silence>(problem);
    return inTransaction<Silence>([&]() -> StoreResult<Silence> {
        QSqlQuery insert(database());
        if (!prepareAndExec(insert,
                QStringLiteral("INSERT INTO silences (matchers, starts_at, ends_at, created_by, comment, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                { QString::fromUtf8(QJsonDocument(matchersJson(silence)).toJson(QJsonDocument::Compact)), toDb(silence.startsAt), toDb(silence.endsAt), silence.createdBy,
                    silence.comment.trimmed(), toDb(silence.createdAt) }))
            return failed<Silence>(insert);
        silence.id = insert.lastInsertId().toLongLong();
        if (const StoreResult<bool> applied = applySilences(); !applied)
            return StoreResult<Silence>::failureFrom(applied);
        return silence;
    });
}

StoreResult<Silence> SqlIncidentStore::expireSilence(qint64 silenceId, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<Silence>(tr("Every change needs an author."));
    return inTransaction<Silence>([&]() -> StoreResult<Silence> {
        const QDateTime now = m_clock->nowUtc();
        QSqlQuery query(database());
        // A scheduled window that has not begun ends before it starts: it never applies.
        if (!prepareAndExec(query,
                QStringLiteral("UPDATE silences SET ends_at = ?, starts_at = min(starts_at, ?) WHERE id = ? AND ends_at > ?"),
                { toDb(now), toDb(now), silenceId, toDb(now) }))
            return failed<Silence>(query);
        QSqlQuery read(database());
        if (!prepareAndExec(read, QStringLiteral("SELECT %1 FROM silences WHERE id = ?").arg(kSilenceColumns), { silenceId }))
            return failed<Silence>(read);
        if (!read.next())
            return StoreResult<Silence>::failure(StoreErrorKind::NotFound, tr("There is no silence %1.").arg(silenceId));
        const Silence expired = readSilence(read);
        read.finish();
        if (const StoreResult<bool> applied = applySilences(); !applied)
            return StoreResult<Silence>::failureFrom(applied);
        return expired;
    });
}

StoreResult<QList<Silence>> SqlIncidentStore::silences(bool ended)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString where = ended ? QStringLiteral("1 = 1") : QStringLiteral("ends_at > ?");
    const QVariantList bindings = ended ? QVariantList {} : QVariantList { toDb(m_clock->nowUtc()) };
    if (!prepareAndExec(query,
            QStringLiteral("SELECT %1 FROM silences WHERE %2 ORDER BY ends_at, id").arg(kSilenceColumns, where), bindings))
        return failed<QList<Silence>>(query);
    QList<Silence> result;
    while (query.next())
        result.append(readSilence(query));
    return result;
}
