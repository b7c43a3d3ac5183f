#include "snsgateway.h"

#include "rsasignature.h"

#include <QJsonObject>

SnsGateway::SnsGateway(QString source, Fetch fetch)
    : m_source(std::move(source))
    , m_fetch(std::move(fetch))
    , m_alive(std::make_shared<bool>(true))
{
}

SnsGateway::~SnsGateway()
{
    *m_alive = false;
}

HttpResponse SnsGateway::refused(const QString& reason)
{
    return HttpResponse::error(403, QStringLiteral("bad_signature"), reason);
}

void SnsGateway::take(const HttpRequest& request, std::function<void(const Outcome&)> done)
{
    QString error;
    const std::optional<SnsMessage> message = SnsMessage::parse(request.body, &error);
    if (!message) {
        done(HttpResponse::error(400, QStringLiteral("malformed_payload"), error));
        return;
    }
    if (!SnsMessage::isTrustedAwsUrl(message->signingCertUrl)) {
        done(refused(tr("SigningCertURL must be https on an sns.<region>.amazonaws.com host; got “%1”.")
                         .arg(message->signingCertUrl.toString())));
        return;
    }
    const auto check = [this, message = *message, done](const QByteArray& pem) {
        QString why;
        if (!RsaSignature::verify(pem, message.stringToSign(), message.signature, message.signatureHash(), &why)) {
            done(refused(tr("The SNS signature does not verify: %1.").arg(why)));
            return;
        }
        verified(message, done);
    };
    const auto known = m_certificates.constFind(message->signingCertUrl);
    if (known != m_certificates.constEnd()) {
        check(known.value());
        return;
    }
    const QUrl url = message->signingCertUrl;
    m_fetch(url, [this, alive = std::weak_ptr<bool>(m_alive), url, check, done](const QByteArray& pem, const QString& fetchError) {
        const std::shared_ptr<bool> living = alive.lock();
        if (!living || !*living)
            return;
        if (!fetchError.isEmpty() || pem.isEmpty()) {
            // Not the sender's fault, and SNS retries a 5xx: answer so that it does.
            done(HttpResponse::error(503, QStringLiteral("certificate_unavailable"),
                tr("The SNS signing certificate could not be fetched: %1").arg(fetchError)));
            return;
        }
        m_certificates.insert(url, pem);
        check(pem);
    });
}

void SnsGateway::verified(const SnsMessage& message, const std::function<void(const Outcome&)>& done)
{
    if (message.type == QLatin1String("Notification")) {
        QString error;
        const std::optional<AlertSignal> alarm = message.cloudWatchAlarm(m_source, &error);
        if (!alarm) {
            done(HttpResponse::error(422, QStringLiteral("not_an_alarm"), error));
            return;
        }
        // SNS retries a notification under its MessageId: apply it once.
        done(AlertDelivery { { *alarm }, m_source, message.messageId });
        return;
    }
    if (message.type == QLatin1String("UnsubscribeConfirmation")) {
        done(HttpResponse::json(200,
            QJsonDocument(QJsonObject { { QStringLiteral("unsubscribed"), message.topicArn } })));
        return;
    }
    if (!SnsMessage::isTrustedAwsUrl(message.subscribeUrl)) {
        done(refused(tr("SubscribeURL must be https on an sns.<region>.amazonaws.com host.")));
        return;
    }
    m_fetch(message.subscribeUrl,
        [alive = std::weak_ptr<bool>(m_alive), topic = message.topicArn, done](const QByteArray&, const QString& error) {
            const std::shared_ptr<bool> living = alive.lock();
            if (!living || !*living)
                return;
            if (!error.isEmpty()) {
                done(HttpResponse::error(502, QStringLiteral("confirmation_failed"),
                    tr("The subscription to %1 could not be confirmed: %2").arg(topic, error)));
                return;
            }
            done(HttpResponse::json(200, QJsonDocument(QJsonObject { { QStringLiteral("confirmed"), topic } })));
        });
}
