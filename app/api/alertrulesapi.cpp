#include "app/api/alertrulesapi.h"

#include "app/webhooks/webhooksources.h"

#include <QJsonArray>
#include <QJsonObject>

AlertRulesApi::AlertRulesApi(IncidentStore* store, AlertRules rules, const WebhookSources* sources)
    : m_store(store)
    , m_rules(std::move(rules))
    , m_sources(sources)
{
}

HttpResponse AlertRulesApi::handle(const HttpRequest& request)
{
    const auto only = &HttpResponse::methodNotAllowed;
    if (request.path == QLatin1String("/alert-rules"))
        return request.method == "GET" ? HttpResponse::json(200, QJsonDocument(m_rules.toJson()))
                                       : only("GET");
    if (request.path == QLatin1String("/alerts/test"))
        return request.method == "POST" ? test(request) : only("POST");
    return HttpResponse::error(
        404, QStringLiteral("not_found"), tr("There is nothing at %1.").arg(request.path));
}

HttpResponse AlertRulesApi::test(const HttpRequest& request)
{
    if (!request.hasJsonBody())
        return HttpResponse::error(
            415, QStringLiteral("unsupported_media_type"), tr("Send the alert as application/json."));
    // One alert or a list of them is tested as if it came in a webhook payload;
    // an alert that does not say otherwise is firing.
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    QByteArray payload = request.body;
    const QJsonObject firing { { QStringLiteral("status"), QStringLiteral("firing") } };
    if (document.isArray()) {
        QJsonObject wrapped = firing;
        wrapped.insert(QStringLiteral("alerts"), document.array());
        payload = QJsonDocument(wrapped).toJson();
    } else if (document.isObject() && !document.object().contains(QLatin1String("alerts"))) {
        QJsonObject wrapped = firing;
        wrapped.insert(QStringLiteral("alerts"), QJsonArray { document.object() });
        payload = QJsonDocument(wrapped).toJson();
    }
    QString error;
    const std::optional<QList<AlertSignal>> alerts
        = m_sources->trialAlerts(payload, request.query.queryItemValue(QStringLiteral("source")), &error);
    if (!alerts)
        return HttpResponse::error(400, QStringLiteral("malformed_payload"), error);
    const StoreResult<QList<AlertTrial>> trials = m_store->intake().trialAlerts(*alerts, m_rules);
    if (!trials)
        return HttpResponse::storeFailure(trials);

    QJsonArray results;
    for (qsizetype i = 0; i < trials->size(); ++i) {
        const AlertSignal& signal = alerts->at(i);
        const AlertTrial& trial = trials->at(i);
        results.append(QJsonObject {
            { QStringLiteral("alertname"), signal.name },
            { QStringLiteral("fingerprint"), signal.fingerprint },
            { QStringLiteral("status"),
                signal.resolved ? QStringLiteral("resolved") : QStringLiteral("firing") },
            { QStringLiteral("rule"),
                trial.decision.rule.isEmpty() ? QJsonValue() : QJsonValue(trial.decision.rule) },
            { QStringLiteral("severity"), SeverityNames::word(trial.decision.severity) },
            { QStringLiteral("service"), trial.decision.service },
            { QStringLiteral("runbook"), trial.decision.runbookUrl },
            { QStringLiteral("correlationKey"), trial.decision.correlationKey },
            { QStringLiteral("deduplicated"), trial.openAlertId > 0 },
            { QStringLiteral("suppressed"), trial.silencedBy > 0 },
            { QStringLiteral("silence"), trial.silencedBy > 0 ? QJsonValue(trial.silencedBy) : QJsonValue() },
            { QStringLiteral("joinsIncident"),
                trial.joinsIncident.isEmpty() ? QJsonValue() : QJsonValue(trial.joinsIncident) },
            { QStringLiteral("opensIncident"), trial.opensIncident },
        });
    }
    return HttpResponse::json(200, QJsonDocument(QJsonObject { { QStringLiteral("results"), results } }));
}
