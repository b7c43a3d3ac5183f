#include "alert.h"

#include <QJsonDocument>
#include <QJsonObject>

QString AlertSignal::summary() const
{
    for (const char* key : { "summary", "title", "message", "description" }) {
        const QString value = annotations.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value.section(QLatin1Char('\n'), 0, 0);
    }
    return name;
}

QString AlertSignal::runbookUrl() const
{
    // Prometheus rule authors use both spellings.
    for (const char* key : { "runbook_url", "runbook" }) {
        const QString value = annotations.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString AlertStatusNames::key(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Firing:
        return QStringLiteral("firing");
    case AlertStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertStatus::Resolved:
        return QStringLiteral("resolved");
    case AlertStatus::Suppressed:
        return QStringLiteral("suppressed");
    }
    return {};
}

QString AlertStatusNames::label(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Firing:
        return tr("Firing");
    case AlertStatus::Acknowledged:
        return tr("Acknowledged");
    case AlertStatus::Resolved:
        return tr("Resolved");
    case AlertStatus::Suppressed:
        return tr("Suppressed");
    }
    return {};
}

std::optional<AlertStatus> AlertStatusNames::parse(QStringView word)
{
    for (AlertStatus status :
        { AlertStatus::Firing, AlertStatus::Acknowledged, AlertStatus::Resolved, AlertStatus::Suppressed }) {
        if (word.trimmed().compare(key(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QByteArray AlertLabelsJson::toJson(const AlertLabels& labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AlertLabels AlertLabelsJson::fromJson(const QByteArray& json)
{
    AlertLabels labels;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}
