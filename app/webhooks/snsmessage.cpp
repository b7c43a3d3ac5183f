#include "app/webhooks/snsmessage.h"

#include "app/webhooks/alertmanagerpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

std::optional<SnsMessage> SnsMessage::parse(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The body is not an SNS message (JSON object expected).");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const auto text = [&object](const char* key) { return object.value(QLatin1String(key)).toString(); };
    SnsMessage message;
    message.type = text("Type");
    message.messageId = text("MessageId");
    message.topicArn = text("TopicArn");
    message.hasSubject
        = object.contains(QLatin1String("Subject")) && !object.value(QLatin1String("Subject")).isNull();
    message.subject = text("Subject");
    message.message = text("Message");
    message.timestamp = text("Timestamp");
    message.token = text("Token");
    message.subscribeUrl = QUrl(text("SubscribeURL"));
    message.signatureVersion = text("SignatureVersion");
    message.signature = QByteArray::fromBase64(text("Signature").toLatin1());
    message.signingCertUrl = QUrl(text("SigningCertURL"));
    static const QStringList types { QStringLiteral("SubscriptionConfirmation"),
        QStringLiteral("Notification"), QStringLiteral("UnsubscribeConfirmation") };
    if (!types.contains(message.type)) {
        *error
            = tr("Type must be SubscriptionConfirmation, Notification or UnsubscribeConfirmation, not “%1”.")
                  .arg(message.type);
        return std::nullopt;
    }
    if (message.signatureVersion != QLatin1String("1") && message.signatureVersion != QLatin1String("2")) {
        *error = tr("SignatureVersion must be 1 or 2, not “%1”.").arg(message.signatureVersion);
        return std::nullopt;
    }
    if (message.messageId.isEmpty() || message.topicArn.isEmpty() || message.timestamp.isEmpty()
        || message.signature.isEmpty()) {
        *error = tr("MessageId, TopicArn, Timestamp and Signature are required.");
        return std::nullopt;
    }
    return message;
}

QByteArray SnsMessage::stringToSign() const
{
    QList<QPair<const char*, QString>> fields;
    if (type == QLatin1String("Notification")) {
        fields = { { "Message", message }, { "MessageId", messageId } };
        if (hasSubject)
            fields.append({ "Subject", subject });
        fields += { { "Timestamp", timestamp }, { "TopicArn", topicArn }, { "Type", type } };
    } else {
        fields = { { "Message", message }, { "MessageId", messageId },
            { "SubscribeURL", subscribeUrl.toString(QUrl::FullyEncoded) }, { "Timestamp", timestamp },
            { "Token", token }, { "TopicArn", topicArn }, { "Type", type } };
    }
    QByteArray text;
    for (const auto& [name, value] : fields)
        text += QByteArray(name) + '\n' + value.toUtf8() + '\n';
    return text;
}

QCryptographicHash::Algorithm SnsMessage::signatureHash() const
{
    return signatureVersion == QLatin1String("2") ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
}

bool SnsMessage::isTrustedAwsUrl(const QUrl& url)
{
    static const QRegularExpression host(QStringLiteral(R"(^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$)"));
    return url.isValid() && url.scheme() == QLatin1String("https") && url.port(443) == 443
        && host.match(url.host()).hasMatch();
}

std::optional<AlertSignal> SnsMessage::cloudWatchAlarm(const QString& source, QString* error) const
{
    const QJsonObject alarm = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString name = alarm.value(QLatin1String("AlarmName")).toString();
    const QString state = alarm.value(QLatin1String("NewStateValue")).toString();
    if (name.isEmpty() || state.isEmpty()) {
        *error = tr("The notification's Message is not a CloudWatch alarm (no AlarmName or NewStateValue).");
        return std::nullopt;
    }
    AlertSignal signal;
    signal.source = source;
    signal.name = name;
    const QString arn = alarm.value(QLatin1String("AlarmArn")).toString();
    signal.labels.insert(QStringLiteral("alertname"), name);
    const QJsonObject trigger = alarm.value(QLatin1String("Trigger")).toObject();
    const auto label = [&signal](const char* key, const QString& value) {
        if (!value.isEmpty())
            signal.labels.insert(QLatin1String(key), value);
    };
    label("region", alarm.value(QLatin1String("Region")).toString());
    label("account", alarm.value(QLatin1String("AWSAccountId")).toString());
    label("namespace", trigger.value(QLatin1String("Namespace")).toString());
    label("metric", trigger.value(QLatin1String("MetricName")).toString());
    for (const QJsonValue& dimension : trigger.value(QLatin1String("Dimensions")).toArray()) {
        const QJsonObject pair = dimension.toObject();
        signal.labels.insert(
            pair.value(QLatin1String("name")).toString(), pair.value(QLatin1String("value")).toString());
    }
    signal.labels.insert(QStringLiteral("state"), state);
    if (state == QLatin1String("INSUFFICIENT_DATA"))
        signal.labels.insert(QStringLiteral("severity"), QStringLiteral("low"));
    const QString description = alarm.value(QLatin1String("AlarmDescription")).toString();
    signal.annotations.insert(QStringLiteral("summary"), description.isEmpty() ? name : description);
    signal.annotations.insert(
        QStringLiteral("description"), alarm.value(QLatin1String("NewStateReason")).toString());
    signal.fingerprint
        = arn.isEmpty() ? AlertmanagerPayload::fingerprintOf({ { QStringLiteral("alarm"), name } }) : arn;
    signal.resolved = state == QLatin1String("OK");
    // CloudWatch writes "2026-11-23T09:00:00.000+0000", without the colon in the offset.
    static const QRegularExpression offset(QStringLiteral(R"(([+-]\d\d)(\d\d)$)"));
    QString changedText = alarm.value(QLatin1String("StateChangeTime")).toString();
    changedText.replace(offset, QStringLiteral("\\1:\\2"));
    bool ok = true;
    const QDateTime changed = AlertmanagerPayload::parseTime(changedText, &ok);
    if (ok)
        (signal.resolved ? signal.endsAt : signal.startsAt) = changed;
    return signal;
}
