#include "models/store/sql/sqljournal.h"

#include "models/store/sql/sqlsession.h"

#include <QSqlQuery>

using namespace SqlSupport;

namespace {
const QString kIncidentColumns
    = QStringLiteral("id, key, title, description, severity, type, service, environment, status, "
                     "commander, technical_lead, communications_lead, security_lead, "
                     "detected_at, response_due_at, acknowledged_at, mitigated_at, resolved_at, closed_at, "
                     "created_at, updated_at, "
                     "war_room, regulated_data, team, page_key, "
                     "database_administrator, network_engineer, certificate_manager, vendor_liaison, "
                     "detection_source, eta, users_affected, revenue_impact, sla_impact, "
                     "customer_satisfaction");

const QString kEntryColumns = QStringLiteral(
    "id, incident_id, at, author, kind, field, old_value, new_value, body, corrects_id, origin");

Incident readIncident(const QSqlQuery& q)
{
    Incident incident;
    incident.id = q.value(0).toLongLong();
    incident.key = q.value(1).toString();
    incident.title = q.value(2).toString();
    incident.description = q.value(3).toString();
    incident.severity = SeverityNames::fromNumber(q.value(4).toInt()).value_or(Severity::Sev3);
    incident.type = kIncidentTypes.parse(q.value(5).toString()).value_or(IncidentType::Outage);
    incident.service = q.value(6).toString();
    incident.environment = kEnvironments.parse(q.value(7).toString()).value_or(Environment::Production);
    incident.status = static_cast<IncidentStatus>(q.value(8).toInt());
    // The core team's roles in columns 9–12, the extended team's (added later) in 25–28.
    for (int i = 0; i < kIncidentRoleCount; ++i)
        incident.roles[static_cast<std::size_t>(i)]
            = q.value(i < kCoreIncidentRoleCount ? 9 + i : 25 + i - kCoreIncidentRoleCount).toString();
    incident.detectionSource
        = kDetectionSources.parse(q.value(29).toString()).value_or(DetectionSource::NotRecorded);
    incident.eta = fromDb(q.value(30));
    if (!q.value(31).isNull())
        incident.usersAffected = q.value(31).toLongLong();
    incident.revenueImpact = q.value(32).toString();
    incident.slaImpact = q.value(33).toString();
    incident.customerSatisfaction = q.value(34).toInt();
    incident.detectedAt = fromDb(q.value(13));
    incident.responseDueAt = fromDb(q.value(14));
    incident.acknowledgedAt = fromDb(q.value(15));
    incident.mitigatedAt = fromDb(q.value(16));
    incident.resolvedAt = fromDb(q.value(17));
    incident.closedAt = fromDb(q.value(18));
    incident.createdAt = fromDb(q.value(19));
    incident.updatedAt = fromDb(q.value(20));
    incident.warRoom = q.value(21).toString();
    incident.regulatedData = q.value(22).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    incident.team = q.value(23).toString();
    incident.pageKey = q.value(24).toString();
    return incident;
}

TimelineEntry readEntry(const QSqlQuery& q)
{
    TimelineEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.incidentId = q.value(1).toLongLong();
    entry.at = fromDb(q.value(2));
    entry.author = q.value(3).toString();
    entry.kind = static_cast<TimelineKind>(q.value(4).toInt());
    entry.field = q.value(5).toString();
    entry.oldValue = q.value(6).toString();
    entry.newValue = q.value(7).toString();
    entry.body = q.value(8).toString();
    entry.correctsId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    entry.origin = q.value(10).toString();
    return entry;
}
}

SqlJournal::SqlJournal(SqlSession& session)
    : m_session(session)
{
}

StoreResult<qint64> SqlJournal::insertEntry(TimelineEntry entry)
{
    QSqlQuery query(m_session.database());
    const QVariant corrects
        = entry.correctsId > 0 ? QVariant(entry.correctsId) : QVariant(QMetaType::fromType<qint64>());
    if (!prepareAndExec(query,
            QStringLiteral(
                "INSERT INTO timeline (incident_id, at, author, kind, field, old_value, new_value, body, "
                "corrects_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { entry.incidentId, toDb(entry.at), entry.author, static_cast<int>(entry.kind), entry.field,
                entry.oldValue, entry.newValue, entry.body, corrects,
                entry.origin.isEmpty() ? m_session.origin() : entry.origin })
        || !query.next())
        return failed<qint64>(query);
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // a RETURNING statement is done only once stepped past its row
    QString error;
    if (!m_session.logChange(entry.incidentId, id, false, &error))
        return StoreResult<qint64>::failure(StoreErrorKind::Unavailable, error);
    return id;
}

StoreResult<Incident> SqlJournal::mutate(
    qint64 incidentId, const QString& author, const Mutation& mutation, QList<TimelineEntry>* written)
{
    if (author.trimmed().isEmpty())
        return rejected<Incident>(tr("Every change needs an author."));
    QString error;
    if (!m_session.begin(&error))
        return StoreResult<Incident>::failure(
            StoreErrorKind::Unavailable, tr("The database is busy: %1").arg(error));

    StoreResult<Incident> current = incident(incidentId);
    if (!current) {
        m_session.rollback();
        return current;
    }
    Incident updated = *current;
    const QDateTime now = m_session.now();
    const StoreResult<QList<TimelineEntry>> entries = mutation(updated, now);
    if (!entries || entries->isEmpty()) {
        m_session.rollback();
        return entries ? current : StoreResult<Incident>::failureFrom(entries);
    }
    updated.updatedAt = now;

    QSqlQuery query(m_session.database());
    if (!prepareAndExec(query,
            QStringLiteral(
                "UPDATE incidents SET title = ?, description = ?, severity = ?, type = ?, service = ?, "
                "environment = ?, status = ?, commander = ?, technical_lead = ?, "
                "communications_lead = ?, security_lead = ?, response_due_at = ?, acknowledged_at = ?, "
                "mitigated_at = ?, resolved_at = ?, closed_at = ?, updated_at = ?, war_room = ?, "
                "regulated_data = ?, team = ?, database_administrator = ?, network_engineer = ?, "
                "certificate_manager = ?, vendor_liaison = ?, detection_source = ?, eta = ?, users_affected "
                "= ?, "
                "revenue_impact = ?, sla_impact = ?, customer_satisfaction = ? WHERE id = ?"),
            { updated.title, updated.description, static_cast<int>(updated.severity),
                kIncidentTypes.key(updated.type), updated.service, kEnvironments.key(updated.environment),
                static_cast<int>(updated.status), updated.roles[0], updated.roles[1], updated.roles[2],
                updated.roles[3], toDb(updated.responseDueAt), toDb(updated.acknowledgedAt),
                toDb(updated.mitigatedAt), toDb(updated.resolvedAt), toDb(updated.closedAt), toDb(now),
                updated.warRoom, updated.regulatedData.join(QLatin1Char(',')), updated.team, updated.roles[4],
                updated.roles[5], updated.roles[6], updated.roles[7],
                kDetectionSources.key(updated.detectionSource), toDb(updated.eta),
                updated.usersAffected ? QVariant(*updated.usersAffected)
                                      : QVariant(QMetaType::fromType<qint64>()),
                updated.revenueImpact, updated.slaImpact, updated.customerSatisfaction, updated.id })) {
        auto result = failed<Incident>(query);
        m_session.rollback();
        return result;
    }
    for (TimelineEntry entry : *entries) {
        entry.incidentId = updated.id;
        entry.at = now;
        entry.author = author.trimmed();
        const StoreResult<qint64> id = insertEntry(entry);
        if (!id) {
            m_session.rollback();
            return StoreResult<Incident>::failureFrom(id);
        }
        entry.id = *id;
        if (written)
            written->append(entry);
    }
    if (!m_session.commit(&error))
        return StoreResult<Incident>::failure(StoreErrorKind::Unavailable, error);
    return updated;
}

StoreResult<TimelineEntry> SqlJournal::appendEntry(
    qint64 incidentId, const TimelineEntry& entry, const QString& author)
{
    QList<TimelineEntry> written;
    const StoreResult<Incident> updated = mutate(
        incidentId, author,
        [&entry](Incident&, const QDateTime&) { return StoreResult<QList<TimelineEntry>>({ entry }); },
        &written);
    if (!updated)
        return StoreResult<TimelineEntry>::failureFrom(updated);
    return written.first();
}

StoreResult<QList<Incident>> SqlJournal::selectIncidents(
    const QString& where, const QVariantList& bindings, const QString& orderBy, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM incidents WHERE %2").arg(kIncidentColumns, where);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query, sql, bindings))
        return failed<QList<Incident>>(query);
    QList<Incident> result;
    while (query.next())
        result.append(readIncident(query));
    return result;
}

StoreResult<QList<TimelineEntry>> SqlJournal::selectEntries(
    const QString& where, const QVariantList& bindings, int limit)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT %1 FROM timeline WHERE %2 LIMIT %3").arg(kEntryColumns, where).arg(limit),
            bindings))
        return failed<QList<TimelineEntry>>(query);
    QList<TimelineEntry> result;
    while (query.next())
        result.append(readEntry(query));
    return result;
}

StoreResult<Incident> SqlJournal::incident(qint64 incidentId)
{
    const StoreResult<QList<Incident>> rows = selectIncidents(QStringLiteral("id = ?"), { incidentId });
    if (!rows)
        return StoreResult<Incident>::failureFrom(rows);
    if (rows->isEmpty())
        return StoreResult<Incident>::failure(
            StoreErrorKind::NotFound, tr("There is no incident #%1.").arg(incidentId));
    return rows->first();
}

StoreResult<QList<TimelineEntry>> SqlJournal::timeline(qint64 incidentId, qint64 afterId, int limit)
{
    return selectEntries(
        QStringLiteral("incident_id = ? AND id > ? ORDER BY id"), { incidentId, afterId }, limit);
}
