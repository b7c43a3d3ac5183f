#include "app/api/statisticsapi.h"

#include "app/api/incidentjson.h"
#include "models/rules/monthlyreport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject severityCounts(const QMap<Severity, qint64>& counts)
{
    QJsonObject object;
    for (Severity severity : kAllSeverities)
        object.insert(SeverityNames::word(severity), counts.value(severity));
    return object;
}

// One metric in the text exposition format: HELP, TYPE, then its samples.
class MetricsText {
public:
    void family(const char* name, const char* type, const char* help)
    {
        m_text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    }
    void sample(const QByteArray& name, double value, const QList<QPair<QByteArray, QString>>& labels = {})
    {
        m_text += name;
        if (!labels.isEmpty()) {
            QByteArrayList parts;
            for (const auto& [label, text] : labels)
                parts.append(label + "=\"" + escaped(text) + '"');
            m_text += '{' + parts.join(',') + '}';
        }
        m_text += ' ' + QByteArray::number(value, 'g', 15) + '\n';
    }
    QByteArray text() const { return m_text; }

private:
    static QByteArray escaped(const QString& text)
    {
        QByteArray bytes = text.toUtf8();
        bytes.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
        return bytes;
    }
    QByteArray m_text;
};
}

StatisticsApi::StatisticsApi(
    IncidentStore* store, const Clock* clock, const ReceiverCounters* counters, const ResponseGoals& goals)
    : m_store(store)
    , m_clock(clock)
    , m_counters(counters)
    , m_goals(goals)
{
}

void StatisticsApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    routes.add("GET", QStringLiteral("/stats/alerts"),
        [this](const HttpRequest&, const Parameters&) { return alerts(); });
    routes.add("GET", QStringLiteral("/stats/incidents"),
        [this](const HttpRequest& request, const Parameters&) { return incidents(request); });
    routes.add("GET", QStringLiteral("/metrics"),
        [this](const HttpRequest&, const Parameters&) { return metrics(); });
}

HttpResponse StatisticsApi::alerts()
{
    const QDateTime since = m_clock->nowUtc().addDays(-1);
    const StoreResult<AlertStatistics> stats = m_store->figures().alertStatistics(since, kNoisiest);
    if (!stats)
        return HttpResponse::storeFailure(stats);
    QJsonObject byStatus;
    for (AlertStatus status :
        { AlertStatus::Firing, AlertStatus::Acknowledged, AlertStatus::Resolved, AlertStatus::Suppressed })
        byStatus.insert(AlertStatusNames::key(status), stats->byStatus.value(status));
    QJsonObject bySource;
    for (auto it = stats->bySource.cbegin(); it != stats->bySource.cend(); ++it)
        bySource.insert(it.key(), it.value());
    QJsonArray noisiest;
    for (const auto& [name, count] : stats->noisiest)
        noisiest.append(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("notifications"), count } });
    QJsonObject object {
        { QStringLiteral("alerts"), stats->alerts },
        { QStringLiteral("notifications"), stats->notifications },
        { QStringLiteral("open"), stats->alerts - stats->byStatus.value(AlertStatus::Resolved) },
        { QStringLiteral("byStatus"), byStatus },
        { QStringLiteral("bySeverity"), severityCounts(stats->bySeverity) },
        { QStringLiteral("bySource"), bySource },
        { QStringLiteral("last24h"), stats->firstSeenSince },
        { QStringLiteral("lastReceivedAt"), IncidentJson::time(stats->lastReceived) },
        { QStringLiteral("noisiest"), noisiest },
    };
    return HttpResponse::json(200, QJsonDocument(object));
}

HttpResponse StatisticsApi::incidents(const HttpRequest& request)
{
    std::optional<ResponseTimes> month;
    const QString asked = request.query.queryItemValue(QStringLiteral("month"));
    if (!asked.isEmpty()) {
        int year = 0;
        int number = 0;
        if (!MonthlyReport::parseMonth(asked, &year, &number))
            return HttpResponse::error(400, QStringLiteral("bad_month"),
                tr("month is written YYYY-MM, as 2026-11, not %1.").arg(asked));
        const StoreResult<MonthlyReport> report = MonthlyReport::load(*m_store, year, number, m_goals);
        if (!report)
            return HttpResponse::storeFailure(report);
        month = report->current();
    }
    const StoreResult<IncidentStatistics> stats
        = m_store->figures().incidentStatistics(IncidentStatistics::defaultResolutionBounds());
    if (!stats)
        return HttpResponse::storeFailure(stats);
    QJsonObject byStatus;
    for (IncidentStatus status : Lifecycle::all())
        byStatus.insert(Lifecycle::key(status), stats->byStatus.value(status));
    QJsonObject object {
        { QStringLiteral("incidents"), stats->incidents },
        { QStringLiteral("active"), stats->active },
        { QStringLiteral("resolved"), stats->resolved },
        { QStringLiteral("byStatus"), byStatus },
        { QStringLiteral("bySeverity"), severityCounts(stats->bySeverity) },
        { QStringLiteral("acknowledged"), stats->acknowledged },
        { QStringLiteral("mttdSeconds"), stats->meanSecondsToDetect },
        { QStringLiteral("mttaSeconds"), stats->meanSecondsToAcknowledge },
        { QStringLiteral("mttrSeconds"), stats->meanSecondsToResolve },
        { QStringLiteral("responseTargets"),
            QJsonObject { { QStringLiteral("met"), stats->responseTargetsMet },
                { QStringLiteral("missed"), stats->responseTargetsMissed } } },
    };
    if (month) {
        object.insert(QStringLiteral("month"),
            QJsonObject {
                { QStringLiteral("month"), asked },
                { QStringLiteral("incidents"), month->incidents },
                { QStringLiteral("acknowledged"), month->acknowledged },
                { QStringLiteral("resolved"), month->resolved },
                { QStringLiteral("mttdSeconds"), month->mttdSeconds },
                { QStringLiteral("mttaSeconds"), month->mttaSeconds },
                { QStringLiteral("mttrSeconds"), month->mttrSeconds },
                { QStringLiteral("mtbfSeconds"), month->mtbfSeconds },
                { QStringLiteral("responseTargets"),
                    QJsonObject { { QStringLiteral("met"), month->responseMet },
                        { QStringLiteral("missed"), month->responseMissed } } },
                { QStringLiteral("resolutionTargets"),
                    QJsonObject { { QStringLiteral("met"), month->resolutionMet },
                        { QStringLiteral("missed"), month->resolutionMissed } } },
            });
    }
    return HttpResponse::json(200, QJsonDocument(object));
}

HttpResponse StatisticsApi::metrics()
{
    const StoreResult<IncidentStatistics> incidents
        = m_store->figures().incidentStatistics(IncidentStatistics::defaultResolutionBounds());
    if (!incidents)
        return HttpResponse::storeFailure(incidents);
    const StoreResult<AlertStatistics> alerts
        = m_store->figures().alertStatistics(m_clock->nowUtc().addDays(-1), 0);
    if (!alerts)
        return HttpResponse::storeFailure(alerts);

    MetricsText text;
    text.family("incidents_created_total", "counter", "Incidents declared, by hand or from alerts.");
    text.sample("incidents_created_total", static_cast<double>(incidents->incidents));
    text.family("incidents_resolved_total", "counter",
        "Times an incident reached resolved; one reopened and resolved again counts twice.");
    text.sample("incidents_resolved_total", static_cast<double>(incidents->resolutions));
    text.family("incidents_active", "gauge", "Incidents not yet resolved.");
    text.sample("incidents_active", static_cast<double>(incidents->active));
    text.family(
        "alerts_processed_total", "counter", "Alert notifications received, repeats included, by source.");
    for (auto it = alerts->notificationsBySource.cbegin(); it != alerts->notificationsBySource.cend(); ++it)
        text.sample("alerts_processed_total", static_cast<double>(it.value()), { { "source", it.key() } });
    text.family("alerts_open", "gauge", "Alerts firing, acknowledged or suppressed.");
    text.sample(
        "alerts_open", static_cast<double>(alerts->alerts - alerts->byStatus.value(AlertStatus::Resolved)));

    const DurationHistogram& histogram = incidents->resolution;
    text.family("incident_resolution_duration_seconds", "histogram", "From detection to resolution.");
    for (qsizetype i = 0; i < histogram.boundsSeconds.size(); ++i)
        text.sample("incident_resolution_duration_seconds_bucket",
            static_cast<double>(histogram.counts.at(i)),
            { { "le", QString::number(histogram.boundsSeconds.at(i)) } });
    text.sample("incident_resolution_duration_seconds_bucket", static_cast<double>(histogram.count),
        { { "le", QStringLiteral("+Inf") } });
    text.sample("incident_resolution_duration_seconds_sum", histogram.sumSeconds);
    text.sample("incident_resolution_duration_seconds_count", static_cast<double>(histogram.count));

    text.family(
        "receiver_rejected_requests_total", "counter", "Requests the receiver refused since it started.");
    for (auto it = m_counters->refusals().cbegin(); it != m_counters->refusals().cend(); ++it)
        text.sample("receiver_rejected_requests_total", static_cast<double>(it.value()),
            { { "status", QString::number(it.key().first) }, { "reason", it.key().second } });
    const ReceiverCounters::Load load = m_counters->load();
    text.family("receiver_refusals_not_kept_total", "counter",
        "Refusals counted but not kept for inspection, because they came faster than they are sampled.");
    text.sample("receiver_refusals_not_kept_total", static_cast<double>(load.refusalsNotKept));
    text.family("receiver_open_connections", "gauge", "Connections open to the receiver.");
    text.sample("receiver_open_connections", load.openConnections);
    text.family("receiver_held_bytes", "gauge",
        "Bytes the receiver holds for its connections: read ahead, being parsed, answers not yet taken.");
    text.sample("receiver_held_bytes", static_cast<double>(load.heldBytes));

    HttpResponse response;
    response.contentType = "text/plain; version=0.0.4; charset=utf-8";
    response.body = text.text();
    return response;
}
