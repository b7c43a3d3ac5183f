#include "app/keychain/keychainvault.h"

#include "app/http/receivercredentials.h"
#include "app/integrations/outboundconfig.h"
#include "app/integrations/outboundcredentials.h"
#include "app/integrations/pollingconfig.h"
#include "app/keychain/secretstore.h"
#include "app/webhooks/webhooksources.h"

namespace {
QString purposeOf(const QString& key)
{
    if (key == QLatin1String("receiver/token"))
        return KeychainVault::tr(
            "Receiver: bearer token for the HTTP API and for webhooks without their own");
    if (key == QLatin1String("receiver/tls-key-passphrase"))
        return KeychainVault::tr("Receiver: passphrase of the HTTPS private key");
    if (key == QLatin1String(PollingConfig::kPagerDutyKey))
        return KeychainVault::tr("PagerDuty REST API key, for polling incidents");
    if (key == OutboundCredentials::pagerDutyRoutingKey({}))
        return KeychainVault::tr("PagerDuty Events API v2 routing key: pages for every incident");
    if (key == QLatin1String(OutboundCredentials::kSlackWebhookUrl))
        return KeychainVault::tr("Slack incoming webhook URL for incident messages");
    if (key == QLatin1String(OutboundCredentials::kStatusPageApiKey))
        return KeychainVault::tr("Statuspage API key, for publishing status page updates");
    if (key == QLatin1String(OutboundCredentials::kStatusPagePageId))
        return KeychainVault::tr("Statuspage page id the updates go to");
    for (const QString& name : OutboundConfig::kEscalationKeyNames) {
        if (key == OutboundCredentials::pagerDutyRoutingKey(name))
            return KeychainVault::tr("PagerDuty routing key for %1 escalations").arg(name);
    }
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(0) == QLatin1String("webhook")) {
        if (parts.at(2) == QLatin1String("bearer"))
            return KeychainVault::tr("Webhook %1: bearer token").arg(parts.at(1));
        if (parts.at(2) == QLatin1String("basic"))
            return KeychainVault::tr("Webhook %1: basic auth, user:password").arg(parts.at(1));
        return KeychainVault::tr("Webhook %1: HMAC signing secret").arg(parts.at(1));
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

QList<CredentialVault::Credential> KeychainVault::catalogue()
{
    // Paging and chat first: the ones most people set.
    const QStringList all = OutboundCredentials::keychainKeys()
        + QStringList { QLatin1String(PollingConfig::kPagerDutyKey) }
        + ReceiverCredentials::keychainKeys(WebhookSources::standard()->paths());
    QList<Credential> credentials;
    for (const QString& key : all)
        credentials.append({ key, purposeOf(key), environmentVariableOf(key) });
    return credentials;
}

QStringList KeychainVault::keys()
{
    QStringList keys;
    for (const Credential& credential : catalogue())
        keys.append(credential.key);
    return keys;
}

void KeychainVault::whichAreSet(SetKeys done)
{
    SecretStore::readMany(
        keys(), [done](const SecretStore::Outcome& outcome, const QHash<QString, QByteArray>& values) {
            QSet<QString> set;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                set.insert(it.key()); // the keys only: values stay here
            done(outcome.ok ? QString() : outcome.error, set);
        });
}

void KeychainVault::store(const QString& key, const QByteArray& value, Done done)
{
    SecretStore::write(key, value,
        [done](const SecretStore::Outcome& outcome) { done(outcome.ok ? QString() : outcome.error); });
}

void KeychainVault::remove(const QString& key, Done done)
{
    SecretStore::remove(
        key, [done](const SecretStore::Outcome& outcome) { done(outcome.ok ? QString() : outcome.error); });
}

QList<CredentialVault::Credential> KeychainVault::importable() const
{
    QList<Credential> found;
    for (const Credential& credential : catalogue()) {
        if (!credential.environmentVariable.isEmpty()
            && !qEnvironmentVariable(qPrintable(credential.environmentVariable)).isEmpty())
            found.append(credential);
    }
    return found;
}

void KeychainVault::importFromEnvironment(Done done)
{
    storeEach(importable(), std::move(done));
}

void KeychainVault::storeEach(QList<Credential> pending, Done done)
{
    // One write after another; the first failure ends it.
    if (pending.isEmpty()) {
        done({});
        return;
    }
    const Credential credential = pending.takeFirst();
    store(credential.key, qEnvironmentVariable(qPrintable(credential.environmentVariable)).toUtf8(),
        [this, pending, done](const QString& error) {
            if (!error.isEmpty())
                done(error);
            else
                storeEach(pending, done);
        });
}
