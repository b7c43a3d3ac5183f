#include "app/webhooks/webhooksource.h"

#include "app/http/receiverauth.h"

#include <QDateTime>

bool WebhookSource::signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const
{
    return timestampedSignatureMatches(secret, request, body, "x-incident-console-timestamp",
        "x-incident-console-signature", '.', "sha256=");
}

bool WebhookSource::timestampedSignatureMatches(const QByteArray& secret, const HttpRequest& request,
    Body body, const QByteArray& timestampHeader, const QByteArray& signatureHeader, char separator,
    const QByteArray& prefix)
{
    // A signature without a time could be replayed for ever: it must sign a
    // timestamp, and the timestamp must be within minutes of now.
    const QByteArray timestamp = request.header(timestampHeader).trimmed();
    bool isNumber = false;
    const qint64 age = QDateTime::currentSecsSinceEpoch() - timestamp.toLongLong(&isNumber);
    if (!isNumber || age > kSignatureMaxAgeSeconds || age < -kSignatureMaxAgeSeconds)
        return false;
    if (body == Body::NotYet)
        return !request.header(signatureHeader).trimmed().isEmpty();
    const QByteArray signature = request.header(signatureHeader).trimmed().toLower();
    return ReceiverAuth::sameSecret(
        signature, prefix + ReceiverAuth::hmacSha256Hex(secret, timestamp + separator + request.body));
}

void JsonWebhookSource::take(const HttpRequest& request, const std::function<void(const Outcome&)>& done)
{
    if (!request.hasJsonBody()) {
        done(HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
            tr("Send the body as application/json (got “%1”).")
                .arg(QString::fromUtf8(request.header("content-type")))));
        return;
    }
    QString error;
    const std::optional<AlertDelivery> delivery = parse(request.body, &error);
    if (!delivery) {
        done(HttpResponse::error(400, QStringLiteral("malformed_payload"), error));
        return;
    }
    done(*delivery);
}
