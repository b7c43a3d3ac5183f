#include "app/api/alertsapi.h"

#include "app/api/apirequest.h"
#include "app/api/incidentjson.h"

#include <QJsonArray>
#include <QJsonObject>

AlertsApi::AlertsApi(IncidentStore* store, SeverityPolicy policy, std::function<void()> committed)
    : m_store(store)
    , m_policy(std::move(policy))
    , m_committed(std::move(committed))
{
}

void AlertsApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    for (const QString& path : { QStringLiteral("/alerts"), QStringLiteral("/api/alerting") })
        routes.add(
            "GET", path, [this](const HttpRequest& request, const Parameters&) { return list(request); });
    for (const QString& path :
        { QStringLiteral("/incidents/from-alert"), QStringLiteral("/api/incident_response/from-alert") })
        routes.add("POST", path,
            [this](const HttpRequest& request, const Parameters&) { return declareFromAlert(request); });
}

QJsonObject AlertsApi::toJson(const Alert& alert)
{
    const auto labels = [](const AlertLabels& values) {
        QJsonObject object;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    return { { QStringLiteral("id"), alert.id }, { QStringLiteral("source"), alert.source },
        { QStringLiteral("fingerprint"), alert.fingerprint }, { QStringLiteral("name"), alert.name },
        { QStringLiteral("summary"), alert.summary }, { QStringLiteral("service"), alert.service },
        { QStringLiteral("severity"), SeverityNames::word(alert.severity) },
        { QStringLiteral("status"), AlertStatusNames::key(alert.status) },
        { QStringLiteral("labels"), labels(alert.labels) },
        { QStringLiteral("annotations"), labels(alert.annotations) },
        { QStringLiteral("startsAt"), IncidentJson::time(alert.startsAt) },
        { QStringLiteral("endsAt"), IncidentJson::time(alert.endsAt) },
        { QStringLiteral("firstSeen"), IncidentJson::time(alert.firstSeen) },
        { QStringLiteral("lastSeen"), IncidentJson::time(alert.lastSeen) },
        { QStringLiteral("occurrences"), alert.occurrences }, { QStringLiteral("url"), alert.generatorUrl },
        { QStringLiteral("runbook"), alert.runbookUrl }, { QStringLiteral("rule"), alert.rule },
        { QStringLiteral("correlationKey"), alert.correlationKey },
        { QStringLiteral("incident"),
            alert.incidentKey.isEmpty() ? QJsonValue() : QJsonValue(alert.incidentKey) } };
}

HttpResponse AlertsApi::list(const HttpRequest& request)
{
    AlertQuery query; // newest first: the order a person reads a stream in
    const auto value = [&request](const char* key) {
        return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    for (const QString& word : value("status").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (word.trimmed() == QLatin1String("open")) {
            query.filter.statuses.append(AlertFilter::open().statuses);
            continue;
        }
        const std::optional<AlertStatus> status = AlertStatusNames::parse(word.trimmed());
        if (!status)
            return HttpResponse::invalid(
                tr("“%1” is not an alert status (firing, acknowledged, suppressed, resolved, open).")
                    .arg(word));
        query.filter.statuses.append(*status);
    }
    for (const QString& word : value("severity").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Severity> severity = m_policy.severityFor(word);
        if (!severity)
            return HttpResponse::invalid(tr("“%1” is not a severity.").arg(word));
        query.filter.severities.append(*severity);
    }
    query.filter.source = value("source");
    query.filter.text = value("q");
    if (const QString incident = value("incident"); !incident.isEmpty()) {
        const StoreResult<Incident> found = ApiRequest::findIncident(m_store, incident);
        if (!found)
            return HttpResponse::storeFailure(found);
        query.filter.incidentId = found->id;
    }
    HttpResponse failure;
    const std::optional<ListPage> page = ListPage::read(request, u"alerts", 2, &failure);
    if (!page)
        return failure;
    std::optional<Alert> after;
    if (!page->after().isEmpty()) {
        // Where the last alert of the page before was in the order: its last-seen time and id.
        after = Alert {};
        after->lastSeen = QDateTime::fromMSecsSinceEpoch(page->after().at(0), Qt::UTC);
        after->id = page->after().at(1);
    }
    const StoreResult<QList<Alert>> alerts = m_store->alerts().page(query, after, page->rowsToRead());
    if (!alerts)
        return HttpResponse::storeFailure(alerts);
    const StoreResult<int> total = m_store->alerts().count(query.filter);
    if (!total)
        return HttpResponse::storeFailure(total);
    QJsonArray array;
    for (const Alert& alert : page->shown(*alerts))
        array.append(toJson(alert));
    QList<qint64> last;
    if (const Alert* lastShown = page->lastBeforeMore(*alerts))
        last = { lastShown->lastSeen.toMSecsSinceEpoch(), lastShown->id };
    return HttpResponse::json(
        200, QJsonDocument(ListPage::answer(QStringLiteral("alerts"), array, *total, u"alerts", last)));
}

HttpResponse AlertsApi::declareFromAlert(const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
    if (!body)
        return failure;
    const QJsonValue id = body->contains(QLatin1String("alert_id")) ? body->value(QLatin1String("alert_id"))
                                                                    : body->value(QLatin1String("alertId"));
    const qint64 alertId = id.isDouble() ? id.toInteger() : id.toString().toLongLong();
    if (alertId <= 0)
        return HttpResponse::invalid(tr(
            "Name the alert: \"alert_id\", its id as GET /alerts gives it. To send a new alert, post it to "
            "/api/alerting/send."));
    const StoreResult<Incident> incident
        = m_store->alerts().declareFromAlert(alertId, ApiRequest::authorOf(request, *body));
    if (!incident)
        return HttpResponse::storeFailure(incident);
    if (m_committed)
        m_committed();
    HttpResponse response = HttpResponse::json(201, QJsonDocument(IncidentJson::toJson(*incident)));
    response.headers.append(qMakePair(QByteArray("Location"), "/incidents/" + incident->key.toUtf8()));
    return response;
}
