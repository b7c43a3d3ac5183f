#include "models/store/sql/sqlalertrecords.h"

#include "models/store/alerttable.h"
#include "models/store/incidentrecords.h"
#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

using namespace SqlSupport;

namespace {
// "HighErrorRate (alertmanager): 5xx above 5%".
QString describe(const Alert& alert)
{
    const QString name = QStringLiteral("%1 (%2)").arg(alert.name, alert.source);
    return alert.summary.isEmpty() || alert.summary == alert.name
        ? name
        : name + QStringLiteral(": ") + alert.summary;
}
}

SqlAlertRecords::SqlAlertRecords(
    SqlSession& session, SqlJournal& journal, IncidentRecords& incidents, AlertTable& alerts)
    : m_session(session)
    , m_journal(journal)
    , m_incidents(incidents)
    , m_alerts(alerts)
{
}

StoreResult<QList<Alert>> SqlAlertRecords::page(
    const AlertQuery& query, const std::optional<Alert>& after, int limit)
{
    return m_alerts.select(query, after, limit);
}

StoreResult<int> SqlAlertRecords::count(const AlertFilter& filter)
{
    return m_alerts.count(filter);
}

StoreResult<QList<Alert>> SqlAlertRecords::changesSince(qint64* cursor, int limit)
{
    return m_alerts.changesSince(cursor, limit);
}

StoreResult<Alert> SqlAlertRecords::existingAlert(qint64 alertId)
{
    const StoreResult<std::optional<Alert>> found = m_alerts.findById(alertId);
    if (!found)
        return StoreResult<Alert>::failureFrom(found);
    if (!found->has_value())
        return StoreResult<Alert>::failure(
            StoreErrorKind::NotFound, tr("There is no alert %1.").arg(alertId));
    return **found;
}

StoreResult<Alert> SqlAlertRecords::acknowledge(qint64 alertId, const QString& author)
{
    return m_session.inTransaction<Alert>([&]() -> StoreResult<Alert> {
        const StoreResult<Alert> current = existingAlert(alertId);
        if (!current)
            return current;
        if (current->status != AlertStatus::Firing)
            return rejected<Alert>(tr("Only a firing alert can be acknowledged; this one is %1.")
                                       .arg(AlertStatusNames::label(current->status)));
        Alert acknowledged = *current;
        acknowledged.status = AlertStatus::Acknowledged;
        if (const StoreResult<bool> saved = m_alerts.save(*current, acknowledged); !saved)
            return StoreResult<Alert>::failureFrom(saved);
        if (acknowledged.incidentId > 0) {
            TimelineEntry entry;
            entry.kind = TimelineKind::Note;
            entry.body = tr("Acknowledged the alert %1.").arg(describe(acknowledged));
            if (const StoreResult<TimelineEntry> written
                = m_journal.appendEntry(acknowledged.incidentId, entry, author);
                !written)
                return StoreResult<Alert>::failureFrom(written);
        }
        return acknowledged;
    });
}

StoreResult<Alert> SqlAlertRecords::attach(qint64 alertId, qint64 incidentId, const QString& author)
{
    return m_session.inTransaction<Alert>([&]() -> StoreResult<Alert> {
        const StoreResult<Alert> current = existingAlert(alertId);
        if (!current)
            return current;
        const StoreResult<Incident> target = m_journal.incident(incidentId);
        if (!target)
            return StoreResult<Alert>::failureFrom(target);
        if (current->incidentId == incidentId)
            return current;
        Alert attached = *current;
        attached.incidentId = target->id;
        attached.incidentKey = target->key;
        if (const StoreResult<bool> saved = m_alerts.save(*current, attached); !saved)
            return StoreResult<Alert>::failureFrom(saved);
        TimelineEntry joined;
        joined.kind = TimelineKind::Note;
        joined.body = tr("Attached the alert %1.").arg(describe(attached));
        if (const StoreResult<TimelineEntry> written = m_journal.appendEntry(target->id, joined, author);
            !written)
            return StoreResult<Alert>::failureFrom(written);
        if (current->incidentId > 0) {
            TimelineEntry left;
            left.kind = TimelineKind::Note;
            left.body = tr("Moved the alert %1 to %2.").arg(describe(attached), target->key);
            if (const StoreResult<TimelineEntry> written
                = m_journal.appendEntry(current->incidentId, left, author);
                !written)
                return StoreResult<Alert>::failureFrom(written);
        }
        return attached;
    });
}

StoreResult<Incident> SqlAlertRecords::declareFromAlert(qint64 alertId, const QString& author)
{
    return m_session.inTransaction<Incident>([&]() -> StoreResult<Incident> {
        const StoreResult<Alert> alert = existingAlert(alertId);
        if (!alert)
            return StoreResult<Incident>::failureFrom(alert);
        IncidentDraft draft;
        draft.title = (alert->summary.isEmpty() ? alert->name : alert->summary).left(300);
        draft.description = alert->annotations.value(QStringLiteral("description")).trimmed();
        draft.severity = alert->severity;
        draft.service = alert->service;
        draft.detectedAt = alert->startsAt.isValid() ? alert->startsAt : alert->firstSeen;
        draft.detectionSource = DetectionSource::MonitoringAlert;
        const StoreResult<Incident> declared = m_incidents.declare(draft, author);
        if (!declared)
            return declared;
        const StoreResult<Alert> attached = attach(alertId, declared->id, author);
        if (!attached)
            return StoreResult<Incident>::failureFrom(attached);
        return m_journal.incident(declared->id);
    });
}
