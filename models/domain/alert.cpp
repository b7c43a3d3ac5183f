#include "models/domain/alert.h"

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

namespace {
void appendJsonString(QString* json, const QString& text)
{
    json->append(QLatin1Char('"'));
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            json->append(QLatin1Char('\\'));
            json->append(c);
        } else if (c.unicode() < 0x20) {
            json->append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        } else {
            json->append(c);
        }
    }
    json->append(QLatin1Char('"'));
}
}

QString AlertLabelsJson::toJson(const AlertLabels& labels)
{
    // Written by hand: every alert stored writes two of these, and a QJsonObject
    // built and serialised for each cost more than the row's SQL.
    QString json;
    json.reserve(32 * (labels.size() + 1));
    json.append(QLatin1Char('{'));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it != labels.cbegin())
            json.append(QLatin1Char(','));
        appendJsonString(&json, it.key());
        json.append(QLatin1Char(':'));
        appendJsonString(&json, it.value());
    }
    json.append(QLatin1Char('}'));
    return json;
}

AlertLabels AlertLabelsJson::fromJson(const QByteArray& json)
{
    AlertLabels labels;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}
