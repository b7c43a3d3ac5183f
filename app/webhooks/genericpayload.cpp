#include "app/webhooks/genericpayload.h"

#include "app/webhooks/alertmanagerpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<QList<AlertSignal>> GenericPayload::parse(
    const QByteArray& body, const QString& source, QString* error)
{
    const std::optional<QJsonDocument> parsedJson = AlertmanagerPayload::parseJson(body, error);
    if (!parsedJson)
        return std::nullopt;
    const QJsonDocument& document = *parsedJson;
    if (!document.isObject() && !document.isArray()) {
        *error
            = tr("The body must be one alert object, a list of them, or an object with an \"alerts\" array.");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    QJsonArray array;
    if (document.isArray()) {
        array = document.array(); // the seed's bulk send: a list of alerts
    } else if (root.contains(QLatin1String("alerts"))) {
        if (!root.value(QLatin1String("alerts")).isArray()) {
            *error = tr("\"alerts\" must be an array of alert objects.");
            return std::nullopt;
        }
        array = root.value(QLatin1String("alerts")).toArray();
    } else {
        array.append(root);
    }

    QList<AlertSignal> alerts;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const auto labels = AlertmanagerPayload::labelsOf(object.value(QLatin1String("labels")));
        const auto annotations = AlertmanagerPayload::labelsOf(object.value(QLatin1String("annotations")));
        if (!array.at(i).isObject() || !labels || !annotations) {
            *error = tr("alerts[%1]: labels and annotations must be objects of strings.").arg(i);
            return std::nullopt;
        }
        AlertSignal signal;
        signal.source = source;
        signal.labels = *labels;
        signal.annotations = *annotations;
        // The seed's alerts have a title and a message.
        const QString title = object.value(QLatin1String("title")).toString().trimmed();
        signal.name = object.value(QLatin1String("name"))
                          .toString(labels->value(QStringLiteral("alertname"), title))
                          .trimmed();
        if (signal.name.isEmpty()) {
            *error = tr("alerts[%1] has no name.").arg(i);
            return std::nullopt;
        }
        signal.labels.insert(QStringLiteral("alertname"), signal.name);
        const auto copy = [&object](const char* field, AlertLabels* into, const QString& key) {
            const QString value = object.value(QLatin1String(field)).toString().trimmed();
            if (!value.isEmpty())
                into->insert(key, value);
        };
        copy("service", &signal.labels, QStringLiteral("service"));
        copy("summary", &signal.annotations, QStringLiteral("summary"));
        copy("description", &signal.annotations, QStringLiteral("description"));
        if (!signal.annotations.contains(QStringLiteral("summary")) && !title.isEmpty())
            signal.annotations.insert(QStringLiteral("summary"), title);
        if (!signal.annotations.contains(QStringLiteral("description")))
            copy("message", &signal.annotations, QStringLiteral("description"));
        copy("runbook", &signal.annotations, QStringLiteral("runbook_url"));
        // Any word of the severity policy's aliases (critical, SEV1, P0, …); the policy maps it.
        copy("severity", &signal.labels, QStringLiteral("severity"));

        if (!AlertmanagerPayload::readEpisode(object, QStringLiteral("firing"), i, &signal, error))
            return std::nullopt;
        signal.generatorUrl = object.value(QLatin1String("url")).toString();
        alerts.append(signal);
    }
    return alerts;
}
