#include "http/receiverauth.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>

ReceiverAuth::ReceiverAuth(ReceiverCredentials credentials)
    : m_credentials(std::move(credentials))
{
}

QByteArray ReceiverAuth::hmacSha256Hex(const QByteArray& secret, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

bool ReceiverAuth::sameSecret(const QByteArray& a, const QByteArray& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    // Digests are of one length whatever the secret's, so neither a mismatch in
    // length nor where the first difference lies shows in the time taken.
    const QByteArray left = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray right = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left.at(i) ^ right.at(i));
    return difference == 0;
}

QByteArray ReceiverAuth::bearerOf(const HttpRequest& request)
{
    const QByteArray header = request.header("authorization").trimmed();
    return header.left(7).toLower() == "bearer " ? header.mid(7).trimmed() : QByteArray();
}

QByteArray ReceiverAuth::basicOf(const HttpRequest& request)
{
    const QByteArray header = request.header("authorization").trimmed();
    return header.left(6).toLower() == "basic " ? QByteArray::fromBase64(header.mid(6).trimmed()) : QByteArray();
}

HttpResponse ReceiverAuth::refuse(const QString& reason, const QByteArray& challenge)
{
    HttpResponse response = HttpResponse::error(401, QStringLiteral("unauthorized"), reason);
    response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), challenge + " realm=\"incident-console\""));
    return response;
}

bool ReceiverAuth::signatureMatches(const QString& source, const QByteArray& secret, const HttpRequest& request, Body body) const
{
    if (source == QLatin1String("pagerduty")) {
        if (body == Body::NotYet)
            return !request.header("x-pagerduty-signature").trimmed().isEmpty();
        // "v1=<hex>", several separated by commas while PagerDuty rotates its secret.
        const QByteArray expected = "v1=" + hmacSha256Hex(secret, request.body);
        for (const QByteArray& signature : request.header("x-pagerduty-signature").split(',')) {
            if (sameSecret(signature.trimmed(), expected))
                return true;
        }
        return false;
    }
    // A signature without a time could be replayed for ever: it must sign a
    // timestamp, and the timestamp must be within minutes of now.
    const QByteArray timestampHeader
        = source == QLatin1String("grafana") ? "x-grafana-alerting-signature-timestamp" : "x-incident-console-timestamp";
    const QByteArray timestamp = request.header(timestampHeader).trimmed();
    bool isNumber = false;
    const qint64 age = QDateTime::currentSecsSinceEpoch() - timestamp.toLongLong(&isNumber);
    if (!isNumber || age > kSignatureMaxAgeSeconds || age < -kSignatureMaxAgeSeconds)
        return false;
    const QByteArray signatureHeader = source == QLatin1String("grafana") ? "x-grafana-alerting-signature" : "x-incident-console-signature";
    if (body == Body::NotYet)
        return !request.header(signatureHeader).trimmed().isEmpty();
    const QByteArray signature = request.header(signatureHeader).trimmed().toLower();
    if (source == QLatin1String("grafana"))
        return sameSecret(signature, hmacSha256Hex(secret, timestamp + ':' + request.body));
    return sameSecret(signature, "sha256=" + hmacSha256Hex(secret, timestamp + '.' + request.body));
}

bool ReceiverAuth::senderProven(const HttpRequest& request) const
{
    return m_credentials.token.isEmpty() || sameSecret(bearerOf(request), m_credentials.token);
}

std::optional<HttpResponse> ReceiverAuth::check(const HttpRequest& request, Body body) const
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool webhook = parts.size() == 3 && parts.at(0) == QLatin1String("webhooks");
    const QString source = webhook ? parts.at(2) : QString();
    const auto own = webhook ? m_credentials.webhooks.constFind(source) : m_credentials.webhooks.constEnd();
    // PagerDuty signs every delivery; taking its webhook unsigned would let anyone resolve incidents.
    if (webhook && source == QLatin1String("pagerduty")
        && (own == m_credentials.webhooks.constEnd() || own->signingSecret.isEmpty()))
        return refuse(tr("The pagerduty webhook needs PagerDuty's signing secret in the keychain: "
                         "incident-console secret set webhook/pagerduty/signing-secret."),
            "Bearer");
    if (own != m_credentials.webhooks.constEnd()) {
        const ReceiverCredentials::Webhook& credentials = own.value();
        if (!credentials.bearer.isEmpty() && sameSecret(bearerOf(request), credentials.bearer))
            return std::nullopt;
        if (!credentials.basic.isEmpty() && sameSecret(basicOf(request), credentials.basic))
            return std::nullopt;
        if (!credentials.signingSecret.isEmpty() && signatureMatches(source, credentials.signingSecret, request, body))
            return std::nullopt;
        QStringList accepted;
        if (!credentials.bearer.isEmpty())
            accepted.append(tr("its bearer token"));
        if (!credentials.basic.isEmpty())
            accepted.append(tr("its user and password"));
        if (!credentials.signingSecret.isEmpty())
            accepted.append(tr("a signature of a timestamp within %1 minutes and the body with its signing secret")
                                .arg(kSignatureMaxAgeSeconds / 60));
        return refuse(tr("The %1 webhook takes %2; this request had none that matched.")
                          .arg(source, accepted.join(tr(" or "))),
            credentials.basic.isEmpty() ? "Bearer" : "Basic");
    }
    if (m_credentials.token.isEmpty())
        return std::nullopt;
    if (request.method == "GET" && request.path == QLatin1String("/health"))
        return std::nullopt;
    if (sameSecret(bearerOf(request), m_credentials.token))
        return std::nullopt;
    return refuse(tr("This receiver needs its token: send “Authorization: Bearer <token>”."), "Bearer");
}
