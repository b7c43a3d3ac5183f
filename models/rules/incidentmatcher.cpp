#include "models/rules/incidentmatcher.h"

#include <QRegularExpression>

bool IncidentMatcher::matches(const Incident& incident) const
{
    if (type && *type != incident.type)
        return false;
    if (severity && *severity != incident.severity)
        return false;
    return service.isEmpty()
        || incident.service.contains(
            QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(service)),
                QRegularExpression::CaseInsensitiveOption));
}

std::optional<IncidentMatcher> IncidentMatcher::read(
    const QJsonObject& object, const QString& where, QString* error)
{
    IncidentMatcher matcher;
    matcher.service = object.value(QLatin1String("service")).toString().trimmed();
    if (const QString typeName = object.value(QLatin1String("type")).toString(); !typeName.isEmpty()) {
        matcher.type = kIncidentTypes.parse(typeName);
        if (!matcher.type) {
            *error = tr("%1: \"%2\" is not an incident type").arg(where, typeName);
            return std::nullopt;
        }
    }
    if (const QString code = object.value(QLatin1String("severity")).toString(); !code.isEmpty()) {
        matcher.severity = SeverityNames::fromCode(code);
        if (!matcher.severity) {
            *error = tr("%1: \"severity\" must be SEV1, SEV2, SEV3 or SEV4").arg(where);
            return std::nullopt;
        }
    }
    return matcher;
}

void IncidentMatcher::writeTo(QJsonObject& object) const
{
    if (type)
        object.insert(QStringLiteral("type"), kIncidentTypes.key(*type));
    if (!service.isEmpty())
        object.insert(QStringLiteral("service"), service);
    if (severity)
        object.insert(QStringLiteral("severity"), SeverityNames::code(*severity));
}
