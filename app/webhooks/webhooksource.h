#pragma once

#include "app/http/httpmessage.h"
#include "app/http/receiverauth.h"
#include "models/domain/alert.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

// One sender the receiver takes alerts from: everything the console knows of
// it lives in its subclass (its path, how it signs, how its body reads, what
// the help texts and the rules tester call it), and WebhookSources lists them.
class WebhookSource {
    Q_DECLARE_TR_FUNCTIONS(WebhookSource)
public:
    using Outcome = std::variant<HttpResponse, AlertDelivery>;
    using Body = ReceiverAuth::Body; // whether the request's body has come yet

    virtual ~WebhookSource() = default;

    // The last part of its path (/webhooks/alerts/<path>) and of its keychain keys (webhook/<path>/…).
    virtual QString path() const = 0;
    // The source its alerts are kept, shown and counted under.
    virtual QString name() const = 0;
    // Who posts there, for people ("Alertmanager").
    virtual QString senderLabel() const = 0;

    // It signs every delivery, so that taking one unsigned would let anyone act as it.
    virtual bool requiresSignature() const { return false; }
    // The request carries a good signature of its body made with `secret`; before the
    // body has come, only whether it carries one. The console's own scheme unless
    // the sender has one: X-Incident-Console-Signature: sha256=<hex of HMAC-SHA256 of
    // "<timestamp>.<body>">, the Unix time in X-Incident-Console-Timestamp.
    virtual bool signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const;
    // Its bodies come as JSON, typed so (SNS posts its JSON as text/plain and signs it).
    virtual bool sendsJsonType() const { return true; }

    // Answers once: the delivery the request carries, or the answer that refuses it.
    virtual void take(const HttpRequest& request, const std::function<void(const Outcome&)>& done) = 0;

    // How old a signed timestamp may be before a request is taken for a replay.
    static constexpr qint64 kSignatureMaxAgeSeconds = 300;

protected:
    // A signature over "<timestamp><separator><body>" in `signatureHeader`, the Unix time in
    // `timestampHeader`, within kSignatureMaxAgeSeconds of now; `prefix` comes before the hex.
    static bool timestampedSignatureMatches(const QByteArray& secret, const HttpRequest& request, Body body,
        const QByteArray& timestampHeader, const QByteArray& signatureHeader, char separator,
        const QByteArray& prefix);
};

// A source whose delivery is its JSON body, read at once.
class JsonWebhookSource : public WebhookSource {
public:
    void take(const HttpRequest& request, const std::function<void(const Outcome&)>& done) final;

protected:
    // The delivery in the body, or nullopt with a sentence for the sender in *error.
    virtual std::optional<AlertDelivery> parse(const QByteArray& body, QString* error) const = 0;
};
