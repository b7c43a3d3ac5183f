#pragma once

#include "app/http/httpmessage.h"
#include "app/http/receivercredentials.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

// Decides whether a request may go on, from the receiver's credentials:
// a webhook with credentials of its own accepts any one of them (its bearer
// token, its basic-auth user and password, or a body signed with its signing
// secret); any other request needs the receiver token when one is set (GET
// /health excepted, for probes). With no credentials at all, which the
// receiver allows on loopback only, everything passes.
class ReceiverAuth {
    Q_DECLARE_TR_FUNCTIONS(ReceiverAuth)
public:
    // Whether the body has come: before it (a sender waiting for "100
    // Continue"), a signature cannot be checked yet, only that there is one.
    enum class Body { Received, NotYet };

    // One webhook, as its sender proves itself (WebhookSources::authRoutes).
    struct WebhookRoute {
        QString path; // "/webhooks/alerts/<name>": exactly this request path
        QString name; // its credentials are the keychain's webhook/<name>/… keys
        QString senderLabel; // who posts there, for people
        // Refused unless the keychain has its signing secret: the sender signs every delivery.
        bool signatureRequired = false;
        // The request carries a good signature made with `secret`; before the body, whether it carries one.
        std::function<bool(const QByteArray& secret, const HttpRequest& request, Body body)> signatureMatches;
    };

    ReceiverAuth(ReceiverCredentials credentials, QList<WebhookRoute> webhooks);

    // nullopt: go on; otherwise the 401 to answer.
    std::optional<HttpResponse> check(const HttpRequest& request, Body body = Body::Received) const;
    // The sender showed the receiver token, or this receiver asks for none.
    bool senderProven(const HttpRequest& request) const;

    static QByteArray hmacSha256Hex(const QByteArray& secret, const QByteArray& message);
    // Compares in time independent of where, and whether in length, they differ.
    static bool sameSecret(const QByteArray& a, const QByteArray& b);

private:
    const WebhookRoute* webhookAt(const QString& path) const;
    static QByteArray bearerOf(const HttpRequest& request);
    static QByteArray basicOf(const HttpRequest& request);
    static HttpResponse refuse(const QString& reason, const QByteArray& challenge);

    ReceiverCredentials m_credentials;
    QList<WebhookRoute> m_webhooks;
};
