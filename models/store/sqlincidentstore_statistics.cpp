// SqlIncidentStore's statistics: counted by SQL over the indexes, so that they
// cost the same whether the store holds a hundred alerts or a million.
#include "sqlincidentstore.h"

#include "sqlsupport.h"

using namespace SqlSupport;

QList<qint64> IncidentStatistics::defaultResolutionBounds()
{
    return { 60, 300, 900, 1800, 3600, 2 * 3600, 4 * 3600, 8 * 3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600 };
}

StoreResult<QList<QPair<QVariant, qint64>>> SqlIncidentStore::groupCounts(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!prepareAndExec(query, sql, bindings))
        return failed<QList<QPair<QVariant, qint64>>>(query);
    QList<QPair<QVariant, qint64>> rows;
    while (query.next())
        rows.append(qMakePair(query.value(0), query.value(1).toLongLong()));
    return rows;
}

StoreResult<AlertStatistics> SqlIncidentStore::alertStatistics(const QDateTime& since, int noisiest)
{
    AlertStatistics stats;
    stats.since = since;
    QSqlQuery totals(database());
    if (!prepareAndExec(totals,
            QStringLiteral("SELECT count(*), coalesce(sum(occurrences), 0), max(last_seen), "
                           "(SELECT count(*) FROM alerts WHERE first_seen >= ?) FROM alerts"),
            { toDb(since) })
        || !totals.next())
        return failed<AlertStatistics>(totals);
    stats.alerts = totals.value(0).toLongLong();
    stats.notifications = totals.value(1).toLongLong();
    stats.lastReceived = fromDb(totals.value(2));
    stats.firstSeenSince = totals.value(3).toLongLong();

    const auto byStatus = groupCounts(QStringLiteral("SELECT status, count(*) FROM alerts GROUP BY status"), {});
    const auto bySeverity = groupCounts(QStringLiteral("SELECT severity, count(*) FROM alerts GROUP BY severity"), {});
    const auto bySource = groupCounts(QStringLiteral("SELECT source, count(*) FROM alerts GROUP BY source"), {});
    const auto notifications
        = groupCounts(QStringLiteral("SELECT source, sum(occurrences) FROM alerts GROUP BY source"), {});
    const auto lastReceived = groupCounts(QStringLiteral("SELECT source, max(last_seen) FROM alerts GROUP BY source"), {});
    const auto loudest = groupCounts(QStringLiteral("SELECT name, sum(occurrences) AS n FROM alerts GROUP BY name "
                                                    "ORDER BY n DESC, name LIMIT ?"),
        { noisiest });
    for (const auto* rows : { &byStatus, &bySeverity, &bySource, &notifications, &lastReceived, &loudest }) {
        if (!*rows)
            return StoreResult<AlertStatistics>::failureFrom(*rows);
    }
    for (const auto& [status, count] : *byStatus)
        stats.byStatus.insert(static_cast<AlertStatus>(status.toInt()), count);
    for (const auto& [severity, count] : *bySeverity)
        stats.bySeverity.insert(SeverityNames::fromNumber(severity.toInt()).value_or(Severity::Sev3), count);
    for (const auto& [source, count] : *bySource)
        stats.bySource.insert(source.toString(), count);
    for (const auto& [source, count] : *notifications)
        stats.notificationsBySource.insert(source.toString(), count);
    for (const auto& [source, at] : *lastReceived)
        stats.lastReceivedBySource.insert(source.toString(), fromDb(at));
    for (const auto& [name, count] : *loudest)
        stats.noisiest.append(qMakePair(name.toString(), count));
    return stats;
}

StoreResult<IncidentStatistics> SqlIncidentStore::incidentStatistics(const QList<qint64>& resolutionBoundsSeconds)
{
    IncidentStatistics stats;
    const QDateTime now = m_clock->nowUtc();
    QStringList activeStatuses;
    for (IncidentStatus status : Lifecycle::all()) {
        if (Lifecycle::isActive(status))
            activeStatuses.append(QString::number(static_cast<int>(status)));
    }
    // Times are UTC milliseconds; durations are counted in seconds.
    QString sql = QStringLiteral(
        "SELECT count(*), "
        "sum(CASE WHEN status IN (%1) THEN 1 ELSE 0 END), "
        "count(resolved_at), "
        "count(acknowledged_at), "
        "coalesce(avg(CASE WHEN acknowledged_at IS NOT NULL THEN (acknowledged_at - detected_at) / 1000.0 END), 0), "
        "coalesce(avg(CASE WHEN resolved_at IS NOT NULL THEN (resolved_at - detected_at) / 1000.0 END), 0), "
        "sum(CASE WHEN acknowledged_at IS NOT NULL AND acknowledged_at <= response_due_at THEN 1 ELSE 0 END), "
        "sum(CASE WHEN (acknowledged_at IS NOT NULL AND acknowledged_at > response_due_at) "
        "    OR (acknowledged_at IS NULL AND response_due_at < ?) THEN 1 ELSE 0 END), "
        "coalesce(sum(CASE WHEN resolved_at IS NOT NULL THEN (resolved_at - detected_at) / 1000.0 END), 0), "
        "coalesce(avg(max(created_at - detected_at, 0)) / 1000.0, 0)")
                      .arg(activeStatuses.join(QLatin1Char(',')));
    for (qint64 bound : resolutionBoundsSeconds)
        sql += QStringLiteral(", sum(CASE WHEN resolved_at IS NOT NULL AND resolved_at - detected_at <= %1 THEN 1 ELSE 0 END)")
                   .arg(bound * 1000);
    sql += QStringLiteral(" FROM incidents");
    QSqlQuery query(database());
    if (!prepareAndExec(query, sql, { toDb(now) }) || !query.next())
        return failed<IncidentStatistics>(query);
    stats.incidents = query.value(0).toLongLong();
    stats.active = query.value(1).toLongLong();
    stats.resolved = query.value(2).toLongLong();
    stats.acknowledged = query.value(3).toLongLong();
    stats.meanSecondsToAcknowledge = query.value(4).toDouble();
    stats.meanSecondsToResolve = query.value(5).toDouble();
    stats.responseTargetsMet = query.value(6).toLongLong();
    stats.responseTargetsMissed = query.value(7).toLongLong();
    stats.resolution.sumSeconds = query.value(8).toDouble();
    stats.resolution.count = stats.resolved;
    stats.meanSecondsToDetect = query.value(9).toDouble();
    stats.resolution.boundsSeconds = resolutionBoundsSeconds;
    for (qsizetype i = 0; i < resolutionBoundsSeconds.size(); ++i)
        stats.resolution.counts.append(query.value(static_cast<int>(10 + i)).toLongLong());

    const auto byStatus = groupCounts(QStringLiteral("SELECT status, count(*) FROM incidents GROUP BY status"), {});
    const auto bySeverity = groupCounts(QStringLiteral("SELECT severity, count(*) FROM incidents GROUP BY severity"), {});
    if (!byStatus)
        return StoreResult<IncidentStatistics>::failureFrom(byStatus);
    if (!bySeverity)
        return StoreResult<IncidentStatistics>::failureFrom(bySeverity);
    for (const auto& [status, count] : *byStatus)
        stats.byStatus.insert(static_cast<IncidentStatus>(status.toInt()), count);
    for (const auto& [severity, count] : *bySeverity)
        stats.bySeverity.insert(SeverityNames::fromNumber(severity.toInt()).value_or(Severity::Sev3), count);
    return stats;
}
