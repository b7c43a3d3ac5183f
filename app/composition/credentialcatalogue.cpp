#include "app/composition/credentialcatalogue.h"

#include "app/http/receivercredentials.h"
#include "app/integrations/outboundconfig.h"
#include "app/integrations/outboundcredentials.h"
#include "app/integrations/pollingconfig.h"
#include "app/webhooks/webhooksources.h"

namespace {
constexpr const char* kDatabasePassword = "postgres/password";

QString purposeOf(const QString& key)
{
    if (key == QLatin1String("receiver/token"))
        return CredentialCatalogue::tr(
            "Receiver: bearer token for the HTTP API and for webhooks without their own");
    if (key == QLatin1String(kDatabasePassword))
        return CredentialCatalogue::tr("Team database (PostgreSQL): password, unless "
                                       "postgres/USER@HOST:PORT/DATABASE holds one for that database");
    if (key == QLatin1String("receiver/tls-key-passphrase"))
        return CredentialCatalogue::tr("Receiver: passphrase of the HTTPS private key");
    if (key == QLatin1String(PollingConfig::kPagerDutyKey))
        return CredentialCatalogue::tr("PagerDuty REST API key, for polling incidents");
    if (key == OutboundCredentials::pagerDutyRoutingKey({}))
        return CredentialCatalogue::tr("PagerDuty Events API v2 routing key: pages for every incident");
    if (key == QLatin1String(OutboundCredentials::kSlackWebhookUrl))
        return CredentialCatalogue::tr("Slack incoming webhook URL for incident messages");
    if (key == QLatin1String(OutboundCredentials::kStatusPageApiKey))
        return CredentialCatalogue::tr("Statuspage API key, for publishing status page updates");
    if (key == QLatin1String(OutboundCredentials::kStatusPagePageId))
        return CredentialCatalogue::tr("Statuspage page id the updates go to");
    for (const QString& name : OutboundConfig::kEscalationKeyNames) {
        if (key == OutboundCredentials::pagerDutyRoutingKey(name))
            return CredentialCatalogue::tr("PagerDuty routing key for %1 escalations").arg(name);
    }
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(0) == QLatin1String("webhook")) {
        if (parts.at(2) == QLatin1String("bearer"))
            return CredentialCatalogue::tr("Webhook %1: bearer token").arg(parts.at(1));
        if (parts.at(2) == QLatin1String("basic"))
            return CredentialCatalogue::tr("Webhook %1: basic auth, user:password").arg(parts.at(1));
        return CredentialCatalogue::tr("Webhook %1: HMAC signing secret").arg(parts.at(1));
    }
    return key;
}

// The seed's environment variables (000_*.txt) and the keys they hold.
QString environmentVariableOf(const QString& key)
{
    if (key == QLatin1String(PollingConfig::kPagerDutyKey))
        return QStringLiteral("PAGERDUTY_API_KEY");
    if (key == OutboundCredentials::pagerDutyRoutingKey({}))
        return QStringLiteral("PAGERDUTY_SERVICE_KEY");
    if (key == QLatin1String(OutboundCredentials::kSlackWebhookUrl))
        return QStringLiteral("SLACK_INCIDENT_WEBHOOK");
    for (const QString& name : OutboundConfig::kEscalationKeyNames) {
        if (key == OutboundCredentials::pagerDutyRoutingKey(name))
            return QStringLiteral("PAGERDUTY_%1_ESCALATION_KEY").arg(name.toUpper());
    }
    return {};
}
}

QList<CredentialVault::Credential> CredentialCatalogue::all()
{
    // Paging and chat first: the ones most people set.
    const QStringList all = OutboundCredentials::keychainKeys()
        + QStringList { QLatin1String(PollingConfig::kPagerDutyKey) }
        + ReceiverCredentials::keychainKeys(WebhookSources::standard()->paths())
        + QStringList { QLatin1String(kDatabasePassword) };
    QList<CredentialVault::Credential> credentials;
    for (const QString& key : all)
        credentials.append({ key, purposeOf(key), environmentVariableOf(key) });
    return credentials;
}

QStringList CredentialCatalogue::keys()
{
    QStringList keys;
    for (const CredentialVault::Credential& credential : all())
        keys.append(credential.key);
    return keys;
}
