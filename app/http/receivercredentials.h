#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// What the receiver asks of the requests it takes, as read from the keychain.
// Keys in the keychain (service "incident-console"):
//   receiver/token                  Bearer token for the HTTP API, and for every webhook
//                                   without credentials of its own; required to listen
//                                   on anything but loopback
//   webhook/<source>/bearer         Bearer token for that webhook
//   webhook/<source>/basic          "user:password" for HTTP basic auth on that webhook
//   webhook/<source>/signing-secret the secret the sender signs its deliveries with (each
//                                   source's scheme: WebhookSource::signatureMatches)
//   receiver/tls-key-passphrase     opens an encrypted private key given with --tls-key
// <source> is the last part of the webhook's path (WebhookSources lists them).
struct ReceiverCredentials {
    struct Webhook {
        QByteArray bearer;
        QByteArray basic;
        QByteArray signingSecret;
        bool isEmpty() const { return bearer.isEmpty() && basic.isEmpty() && signingSecret.isEmpty(); }
    };

    QByteArray token;
    QByteArray tlsKeyPassphrase;
    QHash<QString, Webhook> webhooks; // by source

    // Every keychain key the receiver reads, for webhooks at these paths.
    static QStringList keychainKeys(const QStringList& webhooks);
    static ReceiverCredentials fromKeychain(
        const QHash<QString, QByteArray>& values, const QStringList& webhooks);
};
