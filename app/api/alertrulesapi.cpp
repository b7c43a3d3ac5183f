#include "app/api/alertrulesapi.h"

#include "app/webhooks/webhooksources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

AlertRulesApi::AlertRulesApi(IncidentStore* store, SeverityPolicy policy, SharedRules rules,
    QString rulesFile, const WebhookSources* sources)
    : m_store(store)
    , m_policy(std::move(policy))
    , m_rules(std::move(rules))
    , m_rulesFile(std::move(rulesFile))
    , m_sources(sources)
{
}

void AlertRulesApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    for (const QString& path : { QStringLiteral("/alert-rules"), QStringLiteral("/api/alerting/rules") }) {
        routes.add("GET", path, [this](const HttpRequest&, const Parameters&) {
            return HttpResponse::json(200, QJsonDocument(m_rules->current().toJson()));
        });
        routes.add(
            "PUT", path, [this](const HttpRequest& request, const Parameters&) { return replace(request); });
    }
    for (const QString& path : { QStringLiteral("/alerts/test"), QStringLiteral("/api/alerting/test") })
        routes.add(
            "POST", path, [this](const HttpRequest& request, const Parameters&) { return test(request); });
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
    const StoreResult<QList<AlertTrial>> trials = m_store->intake().trialAlerts(*alerts, m_rules->current());
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

HttpResponse AlertRulesApi::replace(const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
    if (!body)
        return failure;
    if (m_rulesFile.isEmpty())
        return HttpResponse::error(409, QStringLiteral("rules_not_replaceable"),
            tr("This receiver has no rules file of its own to write; its rules are the shipped ones."));
    const QByteArray json = QJsonDocument(*body).toJson();
    QString error;
    const std::optional<AlertRules> rules = AlertRules::fromJson(json, m_policy, &error);
    if (!rules)
        return HttpResponse::invalid(tr("The rules were not replaced: %1").arg(error));
    // The version replaced is kept first: a rules file is a person's work, and a PUT may be a mistake.
    QString previous;
    if (QFile::exists(m_rulesFile)) {
        previous = keepVersionInForce();
        if (previous.isEmpty())
            return HttpResponse::storeFailure(StoreErrorKind::Unavailable,
                tr("The rules were not replaced: the version in force could not be kept in "
                   "alert-rules-history beside %1.")
                    .arg(m_rulesFile));
    }
    QDir().mkpath(QFileInfo(m_rulesFile).absolutePath()); // a console that never had a rules file of its own
    QSaveFile file(m_rulesFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return HttpResponse::storeFailure(StoreErrorKind::Unavailable,
            tr("The rules were not replaced: %1 could not be written (%2).")
                .arg(m_rulesFile, file.errorString()));
    m_rules->replace(*rules);
    QJsonObject answer = rules->toJson();
    answer.insert(
        QStringLiteral("previousVersion"), previous.isEmpty() ? QJsonValue() : QJsonValue(previous));
    return HttpResponse::json(200, QJsonDocument(answer));
}

QString AlertRulesApi::keepVersionInForce() const
{
    const QString folder = QStringLiteral("alert-rules-history");
    const QDir history(QFileInfo(m_rulesFile).absolutePath() + QLatin1Char('/') + folder);
    if (!history.mkpath(QStringLiteral(".")))
        return {};
    // Named for when it was replaced; two replacements in the same millisecond each keep theirs.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString name = stamp + QStringLiteral(".json");
    for (int n = 2; history.exists(name); ++n)
        name = QStringLiteral("%1-%2.json").arg(stamp).arg(n);
    if (!QFile::copy(m_rulesFile, history.filePath(name)))
        return {};
    // The newest ones, so that a script replacing the rules in a loop cannot fill the disk.
    const QStringList kept
        = history.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = kKeptVersions; i < kept.size(); ++i)
        QFile::remove(history.filePath(kept.at(i)));
    return folder + QLatin1Char('/') + name;
}
