#include "app/webhooks/snsgateway.h"

#include "app/webhooks/rsasignature.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

bool SnsPolicy::allowsTopic(const QString& arn) const
{
    for (const QString& topic : topics) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(topic.trimmed()).replace(QLatin1String("\\*"), QLatin1String(".*"))));
        if (pattern.match(arn).hasMatch())
            return true;
    }
    return false;
}

SnsGateway::SnsGateway(QString source, Fetch fetch, SnsPolicy policy)
    : m_source(std::move(source))
    , m_fetch(std::move(fetch))
    , m_policy(std::move(policy))
    , m_alive(std::make_shared<bool>(true))
{
}

SnsGateway::Fetch SnsGateway::networkFetch(QNetworkAccessManager* network, int timeoutMs)
{
    return [network, timeoutMs](const QUrl& url, const Fetched& done) {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        // A redirect could lead anywhere, off AWS's hosts: a certificate is taken only from where it was
        // named.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = network->get(request);
        auto tooLarge = std::make_shared<bool>(false);
        QObject::connect(
            reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64) {
                if (received > kFetchedBytesAtMost && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, tooLarge] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (*tooLarge)
                done({}, tr("the answer is larger than %1 bytes").arg(kFetchedBytesAtMost));
            else if (reply->error() != QNetworkReply::NoError)
                done({}, reply->errorString());
            else if (status != 200)
                done({}, tr("HTTP status %1").arg(status));
            else
                done(reply->read(kFetchedBytesAtMost), {});
        });
    };
}

std::optional<HttpResponse> SnsGateway::refusedByPolicy(const SnsMessage& message) const
{
    if (message.signatureVersion == QLatin1String("1") && !m_policy.acceptSignatureVersion1)
        return refused(
            tr("The message is signed with SignatureVersion 1 (SHA-1). Set the topic's SignatureVersion "
               "to 2, or allow version 1 with cloudwatch/acceptSignatureVersion1 in console.ini."));
    if (!m_policy.allowsTopic(message.topicArn))
        return refused(
            tr("The topic %1 is not among the topics this console takes (cloudwatch/topics in console.ini).")
                .arg(message.topicArn));
    const QDateTime stamped = QDateTime::fromString(message.timestamp, Qt::ISODateWithMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stamped.isValid())
        return refused(tr("The Timestamp “%1” is not an ISO 8601 time.").arg(message.timestamp));
    if (stamped.secsTo(now) > m_policy.maxAgeSeconds)
        return refused(tr("The message was stamped %1, more than %2 seconds ago: a replay is refused.")
                           .arg(message.timestamp)
                           .arg(m_policy.maxAgeSeconds));
    if (now.secsTo(stamped) > m_policy.maxAheadSeconds)
        return refused(
            tr("The message was stamped %1, in the future. Is a clock wrong?").arg(message.timestamp));
    return std::nullopt;
}

void SnsGateway::keepCertificate(const QUrl& url, const QByteArray& pem)
{
    if (m_certificates.contains(url))
        return;
    // AWS signs with a handful of certificates; a flood of URLs must not grow this.
    while (m_certificateOrder.size() >= kCertificatesKept)
        m_certificates.remove(m_certificateOrder.takeFirst());
    m_certificates.insert(url, pem);
    m_certificateOrder.append(url);
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
    if (const std::optional<HttpResponse> refusal = refusedByPolicy(*message)) {
        done(*refusal);
        return;
    }
    if (!SnsMessage::isTrustedAwsUrl(message->signingCertUrl)) {
        done(refused(tr("SigningCertURL must be https on an sns.<region>.amazonaws.com host; got “%1”.")
                         .arg(message->signingCertUrl.toString())));
        return;
    }
    const auto check = [this, message = *message, done](const QByteArray& pem) {
        QString why;
        if (!RsaSignature::verify(
                pem, message.stringToSign(), message.signature, message.signatureHash(), &why)) {
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
    m_fetch(url,
        [this, alive = std::weak_ptr<bool>(m_alive), url, check, done](
            const QByteArray& pem, const QString& fetchError) {
            const std::shared_ptr<bool> living = alive.lock();
            if (!living || !*living)
                return;
            if (!fetchError.isEmpty() || pem.isEmpty()) {
                // Not the sender's fault, and SNS retries a 5xx: answer so that it does.
                done(HttpResponse::error(503, QStringLiteral("certificate_unavailable"),
                    tr("The SNS signing certificate could not be fetched: %1").arg(fetchError)));
                return;
            }
            keepCertificate(url, pem);
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
        done(HttpResponse::json(
            200, QJsonDocument(QJsonObject { { QStringLiteral("unsubscribed"), message.topicArn } })));
        return;
    }
    if (!SnsMessage::isTrustedAwsUrl(message.subscribeUrl)) {
        done(refused(tr("SubscribeURL must be https on an sns.<region>.amazonaws.com host.")));
        return;
    }
    m_fetch(message.subscribeUrl,
        [alive = std::weak_ptr<bool>(m_alive), topic = message.topicArn, done](
            const QByteArray&, const QString& error) {
            const std::shared_ptr<bool> living = alive.lock();
            if (!living || !*living)
                return;
            if (!error.isEmpty()) {
                done(HttpResponse::error(502, QStringLiteral("confirmation_failed"),
                    tr("The subscription to %1 could not be confirmed: %2").arg(topic, error)));
                return;
            }
            done(HttpResponse::json(
                200, QJsonDocument(QJsonObject { { QStringLiteral("confirmed"), topic } })));
        });
}
