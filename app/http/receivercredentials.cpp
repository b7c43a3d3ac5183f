#include "http/receivercredentials.h"

#include "domain/alertsources.h"

namespace {
QString webhookKey(const QString& source, const char* kind)
{
    return QStringLiteral("webhook/%1/%2").arg(source, QLatin1String(kind));
}
const QString kTokenKey = QStringLiteral("receiver/token");
const QString kTlsKeyPassphraseKey = QStringLiteral("receiver/tls-key-passphrase");
}

QStringList ReceiverCredentials::webhookSources()
{
    QStringList paths;
    for (const AlertSource& source : AlertSource::all())
        paths.append(source.path);
    return paths;
}

QStringList ReceiverCredentials::keychainKeys()
{
    QStringList keys { kTokenKey, kTlsKeyPassphraseKey };
    for (const QString& source : webhookSources()) {
        for (const char* kind : { "bearer", "basic", "signing-secret" })
            keys.append(webhookKey(source, kind));
    }
    return keys;
}

ReceiverCredentials ReceiverCredentials::fromKeychain(const QHash<QString, QByteArray>& values)
{
    ReceiverCredentials credentials;
    credentials.token = values.value(kTokenKey);
    credentials.tlsKeyPassphrase = values.value(kTlsKeyPassphraseKey);
    for (const QString& source : webhookSources()) {
        Webhook webhook;
        webhook.bearer = values.value(webhookKey(source, "bearer"));
        webhook.basic = values.value(webhookKey(source, "basic"));
        webhook.signingSecret = values.value(webhookKey(source, "signing-secret"));
        if (!webhook.isEmpty())
            credentials.webhooks.insert(source, webhook);
    }
    return credentials;
}
