#include "models/store/sql/sqlstorefigures.h"

#include "models/store/alertintake.h"
#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

#include <algorithm>

using namespace SqlSupport;

namespace {
// What `filter` allows, as SQL conditions on the severity and service columns of `table`
// (an alias with its dot, or empty); the service is bound.
QString filterSql(const MetricsFilter& filter, const QString& table, QVariantList* bindings)
{
    QString sql;
    if (!filter.severities.isEmpty())
        sql += QStringLiteral(" AND %1severity IN (%2)").arg(table, integerList(filter.severities));
    if (!filter.service.isEmpty()) {
        sql += QStringLiteral(" AND %1service = ?").arg(table);
        bindings->append(filter.service);
    }
    return sql;
}

// The spans as a table b(i, lo, hi): numbers we computed, so written into the SQL.
QString bucketsSql(const QList<MetricsBucket>& buckets)
{
    QStringList rows;
    for (qsizetype i = 0; i < buckets.size(); ++i)
        rows.append(QStringLiteral("(%1, %2, %3)")
                        .arg(i)
                        .arg(buckets.at(i).from.toMSecsSinceEpoch())
                        .arg(buckets.at(i).to.toMSecsSinceEpoch()));
    return QStringLiteral("WITH b(i, lo, hi) AS (VALUES %1) ").arg(rows.join(QLatin1Char(',')));
}

// Names by their counts, most first (ties by name).
QList<QPair<QString, qint64>> mostFirst(const QHash<QString, qint64>& totals)
{
    QList<QPair<QString, qint64>> ranked;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        ranked.append({ it.key(), it.value() });
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return ranked;
}

// Sums, not means, per bucket and severity: they add up to any coarser grouping.
struct ResponseSums {
    qint64 incidents = 0;
    double detect = 0;
    qint64 acknowledged = 0;
    double acknowledge = 0;
    qint64 resolved = 0;
    double resolve = 0;
    qint64 responseMet = 0;
    qint64 responseMissed = 0;
    qint64 resolutionMet = 0;
    qint64 resolutionMissed = 0;
    qint64 rated = 0;
    qint64 satisfaction = 0; // the ratings summed
    qint64 usersAffected = 0;

    ResponseSums& operator+=(const ResponseSums& other)
    {
        rated += other.rated;
        satisfaction += other.satisfaction;
        usersAffected += other.usersAffected;
        incidents += other.incidents;
        detect += other.detect;
        acknowledged += other.acknowledged;
        acknowledge += other.acknowledge;
        resolved += other.resolved;
        resolve += other.resolve;
        responseMet += other.responseMet;
        responseMissed += other.responseMissed;
        resolutionMet += other.resolutionMet;
        resolutionMissed += other.resolutionMissed;
        return *this;
    }

    // `spanSeconds`: how much of the time these incidents fall in has passed, for MTBF.
    ResponseTimes times(double spanSeconds) const
    {
        const auto mean
            = [](double sum, qint64 count) { return count > 0 ? sum / static_cast<double>(count) : 0.0; };
        ResponseTimes times;
        times.incidents = incidents;
        times.mttdSeconds = mean(detect, incidents);
        times.acknowledged = acknowledged;
        times.mttaSeconds = mean(acknowledge, acknowledged);
        times.resolved = resolved;
        times.mttrSeconds = mean(resolve, resolved);
        times.mtbfSeconds = incidents > 0 ? spanSeconds / static_cast<double>(incidents) : 0.0;
        times.responseMet = responseMet;
        times.responseMissed = responseMissed;
        times.resolutionMet = resolutionMet;
        times.resolutionMissed = resolutionMissed;
        times.rated = rated;
        times.satisfaction = mean(static_cast<double>(satisfaction), rated);
        times.usersAffected = usersAffected;
        return times;
    }
};
}

SqlStoreFigures::SqlStoreFigures(SqlSession& session, SqlJournal& journal, AlertIntake& intake)
    : m_session(session)
    , m_journal(journal)
    , m_intake(intake)
{
}

StoreResult<ResponseMetrics> SqlStoreFigures::responseMetrics(const MetricsRequest& request)
{
    // The counts of the last second first, so that the charts miss nothing received.
    if (const StoreResult<bool> written = m_intake.writeAlertCounts(); !written)
        return StoreResult<ResponseMetrics>::failureFrom(written);
    ResponseMetrics metrics;
    metrics.buckets = request.buckets;
    if (request.buckets.isEmpty())
        return metrics;
    const qint64 now = m_session.now().toMSecsSinceEpoch();
    QString target = QStringLiteral("(CASE x.severity");
    for (int s = 0; s < 4; ++s)
        target += QStringLiteral(" WHEN %1 THEN %2")
                      .arg(s + 1)
                      .arg(request.resolutionTargets.at(static_cast<std::size_t>(s)) * 1000);
    target += QStringLiteral(" END)");
    QVariantList bindings;
    const QString filter = filterSql(request.filter, QStringLiteral("x."), &bindings);
    // One pass over the span's incidents, grouped by bucket and severity; every
    // other grouping of these figures is a sum of these rows. Times are UTC
    // milliseconds; a negative lag (an alert that says it started after it arrived) counts as none.
    const QString sql = bucketsSql(request.buckets)
        + QStringLiteral(
            "SELECT b.i, x.severity, count(*), "
            "sum(CASE WHEN x.created_at > x.detected_at THEN x.created_at - x.detected_at ELSE 0 END) / "
            "1000.0, "
            "count(x.acknowledged_at), coalesce(sum(x.acknowledged_at - x.detected_at), 0) / 1000.0, "
            "count(x.resolved_at), coalesce(sum(x.resolved_at - x.detected_at), 0) / 1000.0, "
            "sum(CASE WHEN x.acknowledged_at <= x.response_due_at THEN 1 ELSE 0 END), "
            "sum(CASE WHEN x.acknowledged_at > x.response_due_at OR (x.acknowledged_at IS NULL AND "
            "x.response_due_at < %1) THEN 1 ELSE 0 END), "
            "sum(CASE WHEN x.resolved_at - x.detected_at <= %2 THEN 1 ELSE 0 END), "
            "sum(CASE WHEN x.resolved_at - x.detected_at > %2 OR (x.resolved_at IS NULL AND %1 - "
            "x.detected_at > "
            "%2) THEN 1 ELSE 0 END), "
            "sum(CASE WHEN x.customer_satisfaction > 0 THEN 1 ELSE 0 END), sum(x.customer_satisfaction), "
            "coalesce(sum(x.users_affected), 0) "
            "FROM b JOIN incidents x ON x.detected_at >= b.lo AND x.detected_at < b.hi %3 "
            "GROUP BY b.i, x.severity")
              .arg(now)
              .arg(target, filter);
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query, sql, bindings))
        return failed<ResponseMetrics>(query);
    QList<ResponseSums> perBucket(request.buckets.size());
    QMap<Severity, ResponseSums> perSeverity;
    ResponseSums whole;
    metrics.bySeverityPerBucket.resize(request.buckets.size());
    while (query.next()) {
        ResponseSums sums;
        sums.incidents = query.value(2).toLongLong();
        sums.detect = query.value(3).toDouble();
        sums.acknowledged = query.value(4).toLongLong();
        sums.acknowledge = query.value(5).toDouble();
        sums.resolved = query.value(6).toLongLong();
        sums.resolve = query.value(7).toDouble();
        sums.responseMet = query.value(8).toLongLong();
        sums.responseMissed = query.value(9).toLongLong();
        sums.resolutionMet = query.value(10).toLongLong();
        sums.resolutionMissed = query.value(11).toLongLong();
        sums.rated = query.value(12).toLongLong();
        sums.satisfaction = query.value(13).toLongLong();
        sums.usersAffected = query.value(14).toLongLong();
        const int bucket = query.value(0).toInt();
        const Severity severity = SeverityNames::fromNumber(query.value(1).toInt()).value_or(Severity::Sev3);
        perBucket[bucket] += sums;
        perSeverity[severity] += sums;
        whole += sums;
        metrics.bySeverityPerBucket[bucket].insert(severity, sums.incidents);
    }
    // MTBF counts the time that has passed: all of a bucket that is over, the part of the current one.
    const auto passed = [now](const QDateTime& from, const QDateTime& to) {
        return static_cast<double>(
                   std::max<qint64>(0, std::min(to.toMSecsSinceEpoch(), now) - from.toMSecsSinceEpoch()))
            / 1000.0;
    };
    for (qsizetype i = 0; i < request.buckets.size(); ++i)
        metrics.trend.append(
            perBucket.at(i).times(passed(request.buckets.at(i).from, request.buckets.at(i).to)));
    const double span = passed(request.buckets.first().from, request.buckets.last().to);
    metrics.overall = whole.times(span);
    for (auto it = perSeverity.cbegin(); it != perSeverity.cend(); ++it) {
        metrics.bySeverity.insert(it.key(), it->incidents);
        metrics.complianceBySeverity.insert(it.key(), it->times(span));
    }

    // Type and service in one more pass.
    QVariantList spanBindings { toDb(request.buckets.first().from), toDb(request.buckets.last().to) };
    QSqlQuery groups(m_session.database());
    SqlSupport::readForwardOnly(groups);
    if (!prepareAndExec(groups,
            QStringLiteral("SELECT x.type, x.service, count(*) FROM incidents x WHERE x.detected_at >= ? AND "
                           "x.detected_at < ? %1 "
                           "GROUP BY x.type, x.service")
                .arg(filter),
            spanBindings + bindings))
        return failed<ResponseMetrics>(groups);
    QHash<QString, qint64> types;
    QHash<QString, qint64> services;
    while (groups.next()) {
        const qint64 count = groups.value(2).toLongLong();
        types[groups.value(0).toString()] += count;
        services[groups.value(1).toString()] += count;
    }
    for (const auto& [type, count] : mostFirst(types))
        metrics.byType.append({ kIncidentTypes.parse(type).value_or(IncidentType::Outage), count });
    for (const auto& [service, count] : mostFirst(services)) {
        if (metrics.byService.size() < request.topServices)
            metrics.byService.append({ service, count });
        else
            metrics.otherServices += count;
    }

    const StoreResult<bool> alerts = alertVolume(request, &metrics);
    if (!alerts)
        return StoreResult<ResponseMetrics>::failureFrom(alerts);
    return metrics;
}

StoreResult<bool> SqlStoreFigures::alertVolume(const MetricsRequest& request, ResponseMetrics* metrics)
{
    QVariantList bindings;
    const QString filter = filterSql(request.filter, QStringLiteral("v."), &bindings);
    // Unnarrowed, the daily counts serve (buckets start at local midnight, as their days do);
    // narrowed to a service or severities, the hourly ones, which know both.
    const QString table = filter.isEmpty()
        ? QStringLiteral("alert_volume_daily v ON v.day >= b.lo AND v.day < b.hi")
        : QStringLiteral("alert_volume v ON v.hour >= b.lo AND v.hour < b.hi");
    // One pass: per bucket, source and alert name; the sources' bands and the noisiest names are sums of
    // these rows.
    const QString sql = bucketsSql(request.buckets)
        + QStringLiteral("SELECT b.i, v.source, v.name, sum(v.notifications) FROM b JOIN %1 %2 GROUP BY b.i, "
                         "v.source, v.name")
              .arg(table, filter);
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query, sql, bindings))
        return failed<bool>(query);
    QHash<QString, qint64> bySource;
    QHash<QString, qint64> byName;
    QList<QHash<QString, qint64>> counts(request.buckets.size());
    while (query.next()) {
        const QString source = query.value(1).toString();
        const qint64 count = query.value(3).toLongLong();
        counts[query.value(0).toInt()][source] += count;
        bySource[source] += count;
        byName[query.value(2).toString()] += count;
    }
    AlertVolume& volume = metrics->alertVolume;
    for (const auto& [source, count] : mostFirst(bySource))
        volume.sources.append(source);
    for (const QHash<QString, qint64>& bucket : counts) {
        QList<qint64> row;
        for (const QString& source : volume.sources)
            row.append(bucket.value(source));
        volume.perBucket.append(row);
    }
    metrics->noisiestAlerts = mostFirst(byName).mid(0, request.noisiestAlerts);
    return true;
}

StoreResult<QList<Incident>> SqlStoreFigures::incidentsBehind(const MetricsDrillDown& drill, int limit)
{
    QVariantList bindings { toDb(drill.from), toDb(drill.to) };
    QString where = QStringLiteral("detected_at >= ? AND detected_at < ?")
        + filterSql(drill.filter, QString(), &bindings);
    if (drill.type) {
        where += QStringLiteral(" AND type = ?");
        bindings.append(kIncidentTypes.key(*drill.type));
    }
    return m_journal.selectIncidents(where, bindings, QStringLiteral("detected_at DESC, id DESC"), limit);
}

QList<qint64> IncidentStatistics::defaultResolutionBounds()
{
    return { 60, 300, 900, 1800, 3600, 2 * 3600, 4 * 3600, 8 * 3600, 24 * 3600, 3 * 24 * 3600,
        7 * 24 * 3600 };
}

StoreResult<QList<QPair<QVariant, qint64>>> SqlStoreFigures::groupCounts(
    const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query, sql, bindings))
        return failed<QList<QPair<QVariant, qint64>>>(query);
    QList<QPair<QVariant, qint64>> rows;
    while (query.next())
        rows.append(qMakePair(query.value(0), query.value(1).toLongLong()));
    return rows;
}

StoreResult<AlertStatistics> SqlStoreFigures::alertStatistics(const QDateTime& since, int noisiest)
{
    AlertStatistics stats;
    stats.since = since;
    QSqlQuery totals(m_session.database());
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

    const auto byStatus
        = groupCounts(QStringLiteral("SELECT status, count(*) FROM alerts GROUP BY status"), {});
    const auto bySeverity
        = groupCounts(QStringLiteral("SELECT severity, count(*) FROM alerts GROUP BY severity"), {});
    const auto bySource
        = groupCounts(QStringLiteral("SELECT source, count(*) FROM alerts GROUP BY source"), {});
    const auto notifications
        = groupCounts(QStringLiteral("SELECT source, sum(occurrences) FROM alerts GROUP BY source"), {});
    const auto lastReceived
        = groupCounts(QStringLiteral("SELECT source, max(last_seen) FROM alerts GROUP BY source"), {});
    const auto loudest
        = groupCounts(QStringLiteral("SELECT name, sum(occurrences) AS n FROM alerts GROUP BY name "
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

StoreResult<IncidentStatistics> SqlStoreFigures::incidentStatistics(
    const QList<qint64>& resolutionBoundsSeconds)
{
    IncidentStatistics stats;
    const QDateTime now = m_session.now();
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
        "coalesce(avg(CASE WHEN acknowledged_at IS NOT NULL THEN (acknowledged_at - detected_at) / 1000.0 "
        "END), 0), "
        "coalesce(avg(CASE WHEN resolved_at IS NOT NULL THEN (resolved_at - detected_at) / 1000.0 END), 0), "
        "sum(CASE WHEN acknowledged_at IS NOT NULL AND acknowledged_at <= response_due_at THEN 1 ELSE 0 "
        "END), "
        "sum(CASE WHEN (acknowledged_at IS NOT NULL AND acknowledged_at > response_due_at) "
        "    OR (acknowledged_at IS NULL AND response_due_at < ?) THEN 1 ELSE 0 END), "
        "coalesce(sum(CASE WHEN resolved_at IS NOT NULL THEN (resolved_at - detected_at) / 1000.0 END), 0), "
        "coalesce(avg(CASE WHEN created_at > detected_at THEN created_at - detected_at ELSE 0 END) / 1000.0, "
        "0)")
                      .arg(activeStatuses.join(QLatin1Char(',')));
    for (qint64 bound : resolutionBoundsSeconds)
        sql += QStringLiteral(
            ", sum(CASE WHEN resolved_at IS NOT NULL AND resolved_at - detected_at <= %1 THEN 1 ELSE 0 END)")
                   .arg(bound * 1000);
    sql += QStringLiteral(" FROM incidents");
    QSqlQuery query(m_session.database());
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

    // Literal, not bound: the partial index timeline_resolutions (schema migrations) serves the count only
    // when the query names its very condition.
    static_assert(static_cast<int>(TimelineKind::StatusChanged) == 1, "timeline_resolutions counts kind 1");
    QSqlQuery resolutions(m_session.database());
    if (!resolutions.exec(
            QStringLiteral("SELECT count(*) FROM timeline WHERE kind = 1 AND new_value = 'resolved'"))
        || !resolutions.next())
        return failed<IncidentStatistics>(resolutions);
    stats.resolutions = resolutions.value(0).toLongLong();

    const auto byStatus
        = groupCounts(QStringLiteral("SELECT status, count(*) FROM incidents GROUP BY status"), {});
    const auto bySeverity
        = groupCounts(QStringLiteral("SELECT severity, count(*) FROM incidents GROUP BY severity"), {});
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
