#include "app/http/receivercredentials.h"

namespace {
QString webhookKey(const QString& source, const char* kind)
{
    return QStringLiteral("webhook/%1/%2").arg(source, QLatin1String(kind));
}
const QString kTokenKey = QStringLiteral("receiver/token");
const QString kTlsKeyPassphraseKey = QStringLiteral("receiver/tls-key-passphrase");
}

QStringList ReceiverCredentials::keychainKeys(const QStringList& webhooks)
{
    QStringList keys { kTokenKey, kTlsKeyPassphraseKey };
    for (const QString& source : webhooks) {
        for (const char* kind : { "bearer", "basic", "signing-secret" })
            keys.append(webhookKey(source, kind));
    }
    return keys;
}

ReceiverCredentials ReceiverCredentials::fromKeychain(
    const QHash<QString, QByteArray>& values, const QStringList& webhooks)
{
    ReceiverCredentials credentials;
    credentials.token = values.value(kTokenKey);
    credentials.tlsKeyPassphrase = values.value(kTlsKeyPassphraseKey);
    for (const QString& source : webhooks) {
        Webhook webhook;
        webhook.bearer = values.value(webhookKey(source, "bearer"));
        webhook.basic = values.value(webhookKey(source, "basic"));
        webhook.signingSecret = values.value(webhookKey(source, "signing-secret"));
        if (!webhook.isEmpty())
            credentials.webhooks.insert(source, webhook);
    }
    return credentials;
}
