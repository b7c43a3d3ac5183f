#include "app/http/receiverauth.h"

#include <QMessageAuthenticationCode>

ReceiverAuth::ReceiverAuth(ReceiverCredentials credentials, QList<WebhookRoute> webhooks)
    : m_credentials(std::move(credentials))
    , m_webhooks(std::move(webhooks))
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
    return header.left(6).toLower() == "basic " ? QByteArray::fromBase64(header.mid(6).trimmed())
                                                : QByteArray();
}

HttpResponse ReceiverAuth::refuse(const QString& reason, const QByteArray& challenge)
{
    HttpResponse response = HttpResponse::error(401, QStringLiteral("unauthorized"), reason);
    response.headers.append(
        qMakePair(QByteArray("WWW-Authenticate"), challenge + " realm=\"incident-console\""));
    return response;
}

const ReceiverAuth::WebhookRoute* ReceiverAuth::webhookAt(const QString& path) const
{
    for (const WebhookRoute& route : m_webhooks) {
        if (route.path == path)
            return &route;
    }
    return nullptr;
}

bool ReceiverAuth::senderProven(const HttpRequest& request) const
{
    return m_credentials.token.isEmpty() || sameSecret(bearerOf(request), m_credentials.token);
}

std::optional<HttpResponse> ReceiverAuth::check(const HttpRequest& request, Body body) const
{
    const WebhookRoute* webhook = webhookAt(request.path);
    const auto own
        = webhook ? m_credentials.webhooks.constFind(webhook->name) : m_credentials.webhooks.constEnd();
    // A sender that signs every delivery: taking its webhook unsigned would let anyone act as it.
    if (webhook && webhook->signatureRequired
        && (own == m_credentials.webhooks.constEnd() || own->signingSecret.isEmpty()))
        return refuse(tr("The %1 webhook needs %2's signing secret in the keychain: "
                         "incident-console secret set webhook/%1/signing-secret.")
                          .arg(webhook->name, webhook->senderLabel),
            "Bearer");
    if (own != m_credentials.webhooks.constEnd()) {
        const ReceiverCredentials::Webhook& credentials = own.value();
        if (!credentials.bearer.isEmpty() && sameSecret(bearerOf(request), credentials.bearer))
            return std::nullopt;
        if (!credentials.basic.isEmpty() && sameSecret(basicOf(request), credentials.basic))
            return std::nullopt;
        if (!credentials.signingSecret.isEmpty()
            && webhook->signatureMatches(credentials.signingSecret, request, body))
            return std::nullopt;
        QStringList accepted;
        if (!credentials.bearer.isEmpty())
            accepted.append(tr("its bearer token"));
        if (!credentials.basic.isEmpty())
            accepted.append(tr("its user and password"));
        if (!credentials.signingSecret.isEmpty())
            accepted.append(
                tr("a signature of the body (and of a timestamp within minutes, where the sender signs one) "
                   "with its signing secret"));
        return refuse(tr("The %1 webhook takes %2; this request had none that matched.")
                          .arg(webhook->name, accepted.join(tr(" or "))),
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
