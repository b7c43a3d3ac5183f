#include "app/webhooks/alertmanagerpayload.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// Grafana's per-alert links and query values, kept where a person will see them.
void keepGrafanaExtras(const QJsonObject& object, AlertSignal* signal)
{
    for (const char* key : { "dashboardURL", "panelURL", "silenceURL", "imageURL" }) {
        const QString url = object.value(QLatin1String(key)).toString();
        if (!url.isEmpty())
            signal->annotations.insert(QLatin1String(key), url);
    }
    const QJsonObject values = object.value(QLatin1String("values")).toObject();
    QStringList parts;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toVariant().toString());
    if (!parts.isEmpty())
        signal->annotations.insert(QStringLiteral("values"), parts.join(QLatin1String(", ")));
}
}

std::optional<AlertLabels> AlertmanagerPayload::labelsOf(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return AlertLabels {};
    if (!value.isObject())
        return std::nullopt;
    AlertLabels labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

QDateTime AlertmanagerPayload::parseTime(const QJsonValue& value, bool* ok)
{
    *ok = true;
    const QString text = value.toString();
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    // Go writes up to nine fractional digits; Qt reads three.
    QString trimmed = text;
    static const QRegularExpression fraction(QStringLiteral(R"(\.(\d{3})\d+)"));
    trimmed.replace(fraction, QStringLiteral(".\\1"));
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        *ok = false;
        return {};
    }
    return time.toUTC();
}

QString AlertmanagerPayload::fingerprintOf(const AlertLabels& labels)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\xff", 1));
        hash.addData(it.value().toUtf8());
        hash.addData(QByteArrayView("\xff", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

std::optional<QJsonDocument> AlertmanagerPayload::parseJson(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The body is not valid JSON (at byte %1: %2).")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    return document;
}

bool AlertmanagerPayload::readEpisode(const QJsonObject& alert, const QString& defaultStatus, qsizetype index,
    AlertSignal* signal, QString* error)
{
    const QString status = alert.value(QLatin1String("status")).toString(defaultStatus);
    if (status != QLatin1String("firing") && status != QLatin1String("resolved")) {
        *error
            = tr("alerts[%1]: status must be \"firing\" or \"resolved\", not “%2”.").arg(index).arg(status);
        return false;
    }
    signal->resolved = status == QLatin1String("resolved");
    bool startsOk = true;
    bool endsOk = true;
    signal->startsAt = parseTime(alert.value(QLatin1String("startsAt")), &startsOk);
    signal->endsAt = parseTime(alert.value(QLatin1String("endsAt")), &endsOk);
    if (!startsOk || !endsOk) {
        *error = tr("alerts[%1]: startsAt and endsAt must be RFC 3339 times.").arg(index);
        return false;
    }
    if (!signal->resolved)
        signal->endsAt = {};
    signal->fingerprint = alert.value(QLatin1String("fingerprint")).toString();
    if (signal->fingerprint.isEmpty())
        signal->fingerprint = fingerprintOf(signal->labels);
    return true;
}

std::optional<AlertmanagerPayload::Parsed> AlertmanagerPayload::parse(
    const QByteArray& body, const QString& source, QString* error)
{
    const std::optional<QJsonDocument> parsedJson = parseJson(body, error);
    if (!parsedJson)
        return std::nullopt;
    const QJsonDocument& document = *parsedJson;
    if (!document.isObject()) {
        *error = tr("The body must be a JSON object with an \"alerts\" array.");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue alerts = root.value(QLatin1String("alerts"));
    if (!alerts.isArray()) {
        *error = tr("The payload has no \"alerts\" array; is this an Alertmanager webhook?");
        return std::nullopt;
    }

    Parsed parsed;
    parsed.receiver = root.value(QLatin1String("receiver")).toString();
    parsed.status = root.value(QLatin1String("status")).toString();
    parsed.groupKey = root.value(QLatin1String("groupKey")).toString();
    parsed.externalUrl = root.value(QLatin1String("externalURL")).toString();
    parsed.truncatedAlerts = root.value(QLatin1String("truncatedAlerts")).toInt();
    const auto groupLabels = labelsOf(root.value(QLatin1String("groupLabels")));
    const auto commonLabels = labelsOf(root.value(QLatin1String("commonLabels")));
    const auto commonAnnotations = labelsOf(root.value(QLatin1String("commonAnnotations")));
    if (!groupLabels || !commonLabels || !commonAnnotations) {
        *error = tr("groupLabels, commonLabels and commonAnnotations must be objects of strings.");
        return std::nullopt;
    }
    parsed.groupLabels = *groupLabels;
    parsed.commonLabels = *commonLabels;
    parsed.commonAnnotations = *commonAnnotations;

    const QJsonArray array = alerts.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const auto labels = labelsOf(object.value(QLatin1String("labels")));
        const auto annotations = labelsOf(object.value(QLatin1String("annotations")));
        if (!array.at(i).isObject() || !labels || !annotations) {
            *error = tr("alerts[%1]: labels and annotations must be objects of strings.").arg(i);
            return std::nullopt;
        }
        AlertSignal signal;
        signal.source = source;
        signal.labels = *labels;
        signal.annotations = *annotations;
        signal.name = labels->value(QStringLiteral("alertname"));
        if (signal.name.isEmpty()) {
            *error = tr("alerts[%1] has no alertname label.").arg(i);
            return std::nullopt;
        }
        if (!readEpisode(object, parsed.status, i, &signal, error))
            return std::nullopt;
        signal.generatorUrl = object.value(QLatin1String("generatorURL")).toString();
        keepGrafanaExtras(object, &signal);
        parsed.alerts.append(signal);
    }
    return parsed;
}
