#include "app/integrations/outboundconfig.h"

#include "app/integrations/privatetransport.h"
#include "models/domain/classification.h"
#include "models/domain/configfile.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
bool isHttpUrl(const QUrl& url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

std::optional<Severity> readSeverity(
    const QJsonObject& object, Severity fallback, const QString& where, QString* error)
{
    const QJsonValue value = object.value(QLatin1String("minimumSeverity"));
    if (value.isUndefined())
        return fallback;
    const std::optional<Severity> severity = SeverityNames::fromCode(value.toString());
    if (!severity)
        *error = OutboundConfig::tr("%1: \"minimumSeverity\" must be SEV1, SEV2, SEV3 or SEV4").arg(where);
    return severity;
}

// What is sent to the address: a secret (a routing key, an API key, the Slack
// webhook's own URL) goes nowhere but over https or to this machine.
enum class Carries { Secret, Content };

std::optional<QUrl> readUrl(const QJsonObject& object, const char* name, const QUrl& fallback,
    const QString& where, Carries carries, QString* error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.toString().isEmpty())
        return fallback;
    const QUrl url(value.toString());
    if (!isHttpUrl(url)) {
        *error
            = OutboundConfig::tr("%1: \"%2\" must be an http or https URL").arg(where, QLatin1String(name));
        return std::nullopt;
    }
    if (carries == Carries::Secret && !keepsSecretsPrivate(url)) {
        *error = OutboundConfig::tr("%1: \"%2\" must be an https URL (plain http only to this machine): "
                                    "its requests carry a secret")
                     .arg(where, QLatin1String(name));
        return std::nullopt;
    }
    return url;
}
}

QString OutboundConfig::routingKeyFor(const Incident& incident) const
{
    for (const Route& route : pagerDuty.routing) {
        const bool typeMatches = route.type.isEmpty() || route.type == kIncidentTypes.key(incident.type);
        const bool serviceMatches = route.service.isEmpty()
            || incident.service.contains(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(route.service)),
                    QRegularExpression::CaseInsensitiveOption));
        if (typeMatches && serviceMatches)
            return route.key;
    }
    return {};
}

std::optional<OutboundConfig> OutboundConfig::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    OutboundConfig config;

    const QJsonObject pagerDuty = root->value(QLatin1String("pagerduty")).toObject();
    config.pagerDuty.enabled = pagerDuty.value(QLatin1String("enabled")).toBool(config.pagerDuty.enabled);
    const std::optional<Severity> pagerDutySeverity
        = readSeverity(pagerDuty, config.pagerDuty.minimumSeverity, QStringLiteral("pagerduty"), error);
    const std::optional<QUrl> eventsUrl = readUrl(pagerDuty, "eventsUrl", config.pagerDuty.eventsUrl,
        QStringLiteral("pagerduty"), Carries::Secret, error);
    if (!pagerDutySeverity || !eventsUrl)
        return std::nullopt;
    config.pagerDuty.minimumSeverity = *pagerDutySeverity;
    config.pagerDuty.eventsUrl = *eventsUrl;
    const QJsonArray routing = pagerDuty.value(QLatin1String("routing")).toArray();
    for (qsizetype i = 0; i < routing.size(); ++i) {
        const QJsonObject object = routing.at(i).toObject();
        Route route { object.value(QLatin1String("service")).toString(),
            object.value(QLatin1String("type")).toString(), object.value(QLatin1String("key")).toString() };
        if (!kEscalationKeyNames.contains(route.key)) {
            *error = tr("pagerduty routing rule %1: \"key\" must be one of %2")
                         .arg(i + 1)
                         .arg(kEscalationKeyNames.join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!route.type.isEmpty() && !kIncidentTypes.parse(route.type)) {
            *error
                = tr("pagerduty routing rule %1: \"%2\" is not an incident type").arg(i + 1).arg(route.type);
            return std::nullopt;
        }
        config.pagerDuty.routing.append(route);
    }

    const QJsonObject slack = root->value(QLatin1String("slack")).toObject();
    config.slack.enabled = slack.value(QLatin1String("enabled")).toBool(config.slack.enabled);
    const std::optional<Severity> slackSeverity
        = readSeverity(slack, config.slack.minimumSeverity, QStringLiteral("slack"), error);
    const std::optional<QUrl> baseUrl
        = readUrl(slack, "baseUrl", {}, QStringLiteral("slack"), Carries::Secret, error);
    if (!slackSeverity || !baseUrl)
        return std::nullopt;
    config.slack.minimumSeverity = *slackSeverity;
    config.slack.baseUrl = *baseUrl;

    const QJsonObject webhook = root->value(QLatin1String("webhook")).toObject();
    config.webhook.enabled = webhook.value(QLatin1String("enabled")).toBool(false);
    const std::optional<QUrl> webhookUrl
        = readUrl(webhook, "url", {}, QStringLiteral("webhook"), Carries::Content, error);
    if (!webhookUrl)
        return std::nullopt;
    config.webhook.url = *webhookUrl;
    if (config.webhook.enabled && config.webhook.url.isEmpty()) {
        *error = tr("webhook: \"url\" is needed when it is enabled");
        return std::nullopt;
    }

    const QJsonObject statusPage = root->value(QLatin1String("statuspage")).toObject();
    config.statusPage.enabled = statusPage.value(QLatin1String("enabled")).toBool(config.statusPage.enabled);
    config.statusPage.deliverNotifications = statusPage.value(QLatin1String("deliverNotifications"))
                                                 .toBool(config.statusPage.deliverNotifications);
    const std::optional<QUrl> apiUrl = readUrl(
        statusPage, "apiUrl", config.statusPage.apiUrl, QStringLiteral("statuspage"), Carries::Secret, error);
    if (!apiUrl)
        return std::nullopt;
    config.statusPage.apiUrl = *apiUrl;
    for (const QJsonValue& value : statusPage.value(QLatin1String("components")).toArray()) {
        const QJsonObject component = value.toObject();
        AffectedComponent affected;
        affected.name = component.value(QLatin1String("name")).toString().trimmed();
        affected.statusPageId = component.value(QLatin1String("id")).toString().trimmed();
        affected.status = ComponentStatus::Operational;
        if (affected.name.isEmpty()) {
            *error = tr("statuspage: every component needs a \"name\"");
            return std::nullopt;
        }
        config.statusPage.components.append(affected);
    }
    return config;
}

OutboundConfig OutboundConfig::builtIn()
{
    return ConfigFile::shipped<OutboundConfig>(":/config/integrations.json", &OutboundConfig::parse);
}

OutboundConfig OutboundConfig::load(const QString& file, QString* warning)
{
    return ConfigFile::load<OutboundConfig>(
        file, &OutboundConfig::parse, &OutboundConfig::builtIn, tr("integrations"), warning);
}
