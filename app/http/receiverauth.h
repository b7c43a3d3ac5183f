#pragma once

#include "http/httpmessage.h"
#include "http/receivercredentials.h"

#include <QCoreApplication>

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
    // How old a signed Grafana timestamp may be before a request is taken for a replay.
    static constexpr qint64 kSignatureMaxAgeSeconds = 300;

    explicit ReceiverAuth(ReceiverCredentials credentials);

    // Whether the body has come: before it (a sender waiting for "100
    // Continue"), a signature cannot be checked yet, only that there is one.
    enum class Body { Received, NotYet };

    // nullopt: go on; otherwise the 401 to answer.
    std::optional<HttpResponse> check(const HttpRequest& request, Body body = Body::Received) const;
    // The sender showed the receiver token, or this receiver asks for none.
    bool senderProven(const HttpRequest& request) const;

    static QByteArray hmacSha256Hex(const QByteArray& secret, const QByteArray& message);
    // Compares in time independent of where, and whether in length, they differ.
    static bool sameSecret(const QByteArray& a, const QByteArray& b);

private:
    bool signatureMatches(const QString& source, const QByteArray& secret, const HttpRequest& request, Body body) const;
    static QByteArray bearerOf(const HttpRequest& request);
    static QByteArray basicOf(const HttpRequest& request);
    static HttpResponse refuse(const QString& reason, const QByteArray& challenge);

    ReceiverCredentials m_credentials;
};
