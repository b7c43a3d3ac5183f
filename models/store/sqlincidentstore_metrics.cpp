// SqlIncidentStore's response metrics: every figure of the statistics dock,
// the monthly report and the wall display is one grouped query over the
// incidents' indexes or the alert_volume table, so that drawing them costs the
// same whether the store holds a hundred incidents or a hundred thousand.
#include "sqlincidentstore.h"

#include "sqlsupport.h"

#include <algorithm>

using namespace SqlSupport;

namespace {
// The incidents `filter` allows, as SQL over the table aliased x (the service is bound).
QString filterSql(const MetricsFilter& filter, QVariantList* bindings)
{
    QString sql;
    if (!filter.severities.isEmpty())
        sql += QStringLiteral(" AND x.severity IN (%1)").arg(integerList(filter.severities));
    if (!filter.service.isEmpty()) {
        sql += QStringLiteral(" AND x.service = ?");
        bindings->append(filter.service);
    }
    return sql;
}

// The spans as a table b(i, lo, hi, span): numbers we computed, so written into the SQL.
QString bucketsSql(const QList<MetricsBucket>& buckets, qint64 nowMs)
{
    QStringList rows;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const qint64 from = buckets.at(i).from.toMSecsSinceEpoch();
        const qint64 to = buckets.at(i).to.toMSecsSinceEpoch();
        rows.append(QStringLiteral("(%1, %2, %3, %4)").arg(i).arg(from).arg(to).arg(std::max<qint64>(0, std::min(to, nowMs) - from)));
    }
    return QStringLiteral("WITH b(i, lo, hi, span) AS (VALUES %1) ").arg(rows.join(QLatin1Char(',')));
}

double orZero(const QVariant& value)
{
    return value.isNull() ? 0.0 : value.toDouble();
}
}

StoreResult<QList<QPair<QVariant, ResponseTimes>>> SqlIncidentStore::responseTimes(
    const QList<MetricsBucket>& buckets, const MetricsRequest& request, const QString& groupBy)
{
    const qint64 now = m_clock->nowUtc().toMSecsSinceEpoch();
    QString target = QStringLiteral("(CASE x.severity");
    for (int s = 0; s < 4; ++s)
        target += QStringLiteral(" WHEN %1 THEN %2").arg(s + 1).arg(request.resolutionTargets.at(static_cast<std::size_t>(s)) * 1000);
    target += QStringLiteral(" END)");
    QVariantList bindings;
    const QString filter = filterSql(request.filter, &bindings);
    // Times are UTC milliseconds; a negative lag (an alert that says it started after it arrived) counts as none.
    const QString sql = bucketsSql(buckets, now)
        + QStringLiteral(
            "SELECT %1, count(x.id), "
            "avg(max(x.created_at - x.detected_at, 0)) / 1000.0, "
            "count(x.acknowledged_at), avg(x.acknowledged_at - x.detected_at) / 1000.0, "
            "count(x.resolved_at), avg(x.resolved_at - x.detected_at) / 1000.0, "
            "sum(min(coalesce(x.resolved_at, %2), b.hi) - x.detected_at) / 1000.0, "
            "sum(x.acknowledged_at <= x.response_due_at), "
            "sum(x.acknowledged_at > x.response_due_at OR (x.acknowledged_at IS NULL AND x.response_due_at < %2)), "
            "sum(x.resolved_at - x.detected_at <= %3), "
            "sum(x.resolved_at - x.detected_at > %3 OR (x.resolved_at IS NULL AND %2 - x.detected_at > %3)), "
            "max(b.span) / 1000.0 "
            "FROM b LEFT JOIN incidents x ON x.detected_at >= b.lo AND x.detected_at < b.hi %4 "
            "GROUP BY %1 ORDER BY %1")
              .arg(groupBy)
              .arg(now)
              .arg(target, filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!prepareAndExec(query, sql, bindings))
        return failed<QList<QPair<QVariant, ResponseTimes>>>(query);
    QList<QPair<QVariant, ResponseTimes>> rows;
    while (query.next()) {
        ResponseTimes times;
        times.incidents = query.value(1).toLongLong();
        times.mttdSeconds = orZero(query.value(2));
        times.acknowledged = query.value(3).toLongLong();
        times.mttaSeconds = orZero(query.value(4));
        times.resolved = query.value(5).toLongLong();
        times.mttrSeconds = orZero(query.value(6));
        const double downtime = orZero(query.value(7));
        times.responseMet = query.value(8).toLongLong();
        times.responseMissed = query.value(9).toLongLong();
        times.resolutionMet = query.value(10).toLongLong();
        times.resolutionMissed = query.value(11).toLongLong();
        const double span = orZero(query.value(12));
        if (times.incidents > 0)
            times.mtbfSeconds = std::max(0.0, span - downtime) / static_cast<double>(times.incidents);
        rows.append({ query.value(0), times });
    }
    return rows;
}

StoreResult<ResponseMetrics> SqlIncidentStore::responseMetrics(const MetricsRequest& request)
{
    ResponseMetrics metrics;
    metrics.buckets = request.buckets;
    if (request.buckets.isEmpty())
        return metrics;
    const MetricsBucket whole { request.buckets.first().from, request.buckets.last().to, QString() };

    const auto trend = responseTimes(request.buckets, request, QStringLiteral("b.i"));
    if (!trend)
        return StoreResult<ResponseMetrics>::failureFrom(trend);
    for (const auto& [bucket, times] : *trend)
        metrics.trend.append(times);
    const auto overall = responseTimes({ whole }, request, QStringLiteral("b.i"));
    if (!overall)
        return StoreResult<ResponseMetrics>::failureFrom(overall);
    metrics.overall = overall->value(0).second;
    const auto bySeverity = responseTimes({ whole }, request, QStringLiteral("x.severity"));
    if (!bySeverity)
        return StoreResult<ResponseMetrics>::failureFrom(bySeverity);
    for (const auto& [severity, times] : *bySeverity) {
        if (severity.isNull())
            continue; // the span had no incidents
        const Severity level = SeverityNames::fromNumber(severity.toInt()).value_or(Severity::Sev3);
        metrics.bySeverity.insert(level, times.incidents);
        metrics.complianceBySeverity.insert(level, times);
    }

    QVariantList perBucketBindings;
    const QString perBucketFilter = filterSql(request.filter, &perBucketBindings);
    QSqlQuery severities(database());
    severities.setForwardOnly(true);
    if (!prepareAndExec(severities,
            bucketsSql(request.buckets, m_clock->nowUtc().toMSecsSinceEpoch())
                + QStringLiteral("SELECT b.i, x.severity, count(*) FROM b JOIN incidents x ON x.detected_at >= b.lo AND x.detected_at < b.hi %1 "
                                 "GROUP BY b.i, x.severity")
                      .arg(perBucketFilter),
            perBucketBindings))
        return failed<ResponseMetrics>(severities);
    metrics.bySeverityPerBucket.resize(request.buckets.size());
    while (severities.next()) {
        metrics.bySeverityPerBucket[severities.value(0).toInt()].insert(
            SeverityNames::fromNumber(severities.value(1).toInt()).value_or(Severity::Sev3), severities.value(2).toLongLong());
    }

    QVariantList bindings { toDb(whole.from), toDb(whole.to) };
    const QString inSpan = QStringLiteral("FROM incidents x WHERE x.detected_at >= ? AND x.detected_at < ?") + filterSql(request.filter, &bindings);
    const auto byType = groupCounts(QStringLiteral("SELECT x.type, count(*) AS n %1 GROUP BY x.type ORDER BY n DESC, x.type").arg(inSpan), bindings);
    if (!byType)
        return StoreResult<ResponseMetrics>::failureFrom(byType);
    for (const auto& [type, count] : *byType)
        metrics.byType.append({ kIncidentTypes.parse(type.toString()).value_or(IncidentType::Outage), count });
    const auto byService = groupCounts(
        QStringLiteral("SELECT x.service, count(*) AS n %1 GROUP BY x.service ORDER BY n DESC, x.service").arg(inSpan), bindings);
    if (!byService)
        return StoreResult<ResponseMetrics>::failureFrom(byService);
    for (const auto& [service, count] : *byService) {
        if (metrics.byService.size() < request.topServices)
            metrics.byService.append({ service.toString(), count });
        else
            metrics.otherServices += count;
    }

    const StoreResult<bool> alerts = alertVolume(request, &metrics);
    if (!alerts)
        return StoreResult<ResponseMetrics>::failureFrom(alerts);
    return metrics;
}

StoreResult<bool> SqlIncidentStore::alertVolume(const MetricsRequest& request, ResponseMetrics* metrics)
{
    const qint64 now = m_clock->nowUtc().toMSecsSinceEpoch();
    QVariantList bindings;
    QString filter = filterSql(request.filter, &bindings);
    filter.replace(QLatin1String("x."), QLatin1String("v."));
    const QString perBucket = bucketsSql(request.buckets, now)
        + QStringLiteral("SELECT b.i, v.source, sum(v.notifications) FROM b JOIN alert_volume v ON v.hour >= b.lo AND v.hour < b.hi %1 "
                         "GROUP BY b.i, v.source")
              .arg(filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!prepareAndExec(query, perBucket, bindings))
        return failed<bool>(query);
    QHash<QString, qint64> totals;
    QList<QHash<QString, qint64>> counts(request.buckets.size());
    while (query.next()) {
        const QString source = query.value(1).toString();
        const qint64 count = query.value(2).toLongLong();
        counts[query.value(0).toInt()].insert(source, count);
        totals[source] += count;
    }
    AlertVolume& volume = metrics->alertVolume;
    volume.sources = totals.keys();
    std::sort(volume.sources.begin(), volume.sources.end(), [&](const QString& a, const QString& b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    for (const QHash<QString, qint64>& bucket : counts) {
        QList<qint64> row;
        for (const QString& source : volume.sources)
            row.append(bucket.value(source));
        volume.perBucket.append(row);
    }

    const QVariantList spanBindings = QVariantList { request.buckets.first().from.toMSecsSinceEpoch(),
                                          request.buckets.last().to.toMSecsSinceEpoch() }
        + bindings;
    const auto noisiest = groupCounts(QStringLiteral("SELECT v.name, sum(v.notifications) AS n FROM alert_volume v "
                                                     "WHERE v.hour >= ? AND v.hour < ? %1 GROUP BY v.name ORDER BY n DESC, v.name LIMIT %2")
                                          .arg(filter)
                                          .arg(request.noisiestAlerts),
        spanBindings);
    if (!noisiest)
        return StoreResult<bool>::failureFrom(noisiest);
    for (const auto& [name, count] : *noisiest)
        metrics->noisiestAlerts.append({ name.toString(), count });
    return true;
}

StoreResult<QList<Incident>> SqlIncidentStore::incidentsBehind(const MetricsDrillDown& drill, int limit)
{
    QVariantList bindings { toDb(drill.from), toDb(drill.to) };
    QString where = QStringLiteral("x.detected_at >= ? AND x.detected_at < ?") + filterSql(drill.filter, &bindings);
    if (drill.type) {
        where += QStringLiteral(" AND x.type = ?");
        bindings.append(kIncidentTypes.key(*drill.type));
    }
    where.replace(QLatin1String("x."), QString());
    return selectIncidents(where, bindings, QStringLiteral("detected_at DESC, id DESC"), limit);
}

StoreResult<QList<TrackedActionItem>> SqlIncidentStore::actionItemsDone(const QDateTime& from, const QDateTime& to)
{
    return trackedActionItems(QStringLiteral("WHERE a.done_at >= ? AND a.done_at < ?"), { toDb(from), toDb(to) },
        QStringLiteral("a.done_at, i.id, a.position"));
}
