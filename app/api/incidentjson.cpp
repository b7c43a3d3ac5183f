#include "app/api/incidentjson.h"

#include <QJsonArray>

namespace IncidentJson {

QJsonValue time(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Incident& incident)
{
    QJsonObject roles;
    for (IncidentRole role : kIncidentRoles.all())
        roles.insert(kIncidentRoles.key(role), incident.role(role));
    QJsonObject object;
    object.insert(QLatin1String("id"), incident.key);
    object.insert(QLatin1String("number"), incident.id);
    object.insert(QLatin1String("title"), incident.title);
    object.insert(QLatin1String("description"), incident.description);
    object.insert(QLatin1String("severity"), SeverityNames::code(incident.severity));
    object.insert(QLatin1String("severityName"), SeverityNames::word(incident.severity));
    object.insert(QLatin1String("priority"), SeverityNames::priority(incident.severity));
    object.insert(QLatin1String("type"), kIncidentTypes.key(incident.type));
    object.insert(QLatin1String("service"), incident.service);
    object.insert(QLatin1String("environment"), kEnvironments.key(incident.environment));
    object.insert(QLatin1String("status"), Lifecycle::key(incident.status));
    object.insert(QLatin1String("roles"), roles);
    object.insert(QLatin1String("team"), incident.team);
    object.insert(QLatin1String("warRoom"), incident.warRoom);
    object.insert(QLatin1String("regulatedData"), QJsonArray::fromStringList(incident.regulatedData));
    object.insert(QLatin1String("detectionSource"), kDetectionSources.key(incident.detectionSource));
    object.insert(QLatin1String("eta"), time(incident.eta));
    object.insert(QLatin1String("usersAffected"),
        incident.usersAffected ? QJsonValue(*incident.usersAffected) : QJsonValue());
    object.insert(QLatin1String("revenueImpact"), incident.revenueImpact);
    object.insert(QLatin1String("slaImpact"), incident.slaImpact);
    object.insert(QLatin1String("customerSatisfaction"),
        incident.customerSatisfaction > 0 ? QJsonValue(incident.customerSatisfaction) : QJsonValue());
    object.insert(QLatin1String("detectedAt"), time(incident.detectedAt));
    object.insert(QLatin1String("responseDueAt"), time(incident.responseDueAt));
    object.insert(QLatin1String("acknowledgedAt"), time(incident.acknowledgedAt));
    object.insert(QLatin1String("mitigatedAt"), time(incident.mitigatedAt));
    object.insert(QLatin1String("resolvedAt"), time(incident.resolvedAt));
    object.insert(QLatin1String("closedAt"), time(incident.closedAt));
    object.insert(QLatin1String("createdAt"), time(incident.createdAt));
    object.insert(QLatin1String("updatedAt"), time(incident.updatedAt));
    return object;
}

QJsonObject toJson(const TimelineEntry& entry)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), entry.id);
    object.insert(QLatin1String("at"), time(entry.at));
    object.insert(QLatin1String("author"), entry.author);
    object.insert(QLatin1String("kind"), TimelineText::kindLabel(entry.kind));
    object.insert(QLatin1String("summary"), TimelineText::summary(entry));
    if (!entry.field.isEmpty())
        object.insert(QLatin1String("field"), entry.field);
    if (!entry.oldValue.isEmpty() || !entry.newValue.isEmpty()) {
        object.insert(QLatin1String("from"), entry.oldValue);
        object.insert(QLatin1String("to"), entry.newValue);
    }
    if (!entry.body.isEmpty())
        object.insert(QLatin1String("text"), entry.body);
    if (entry.correctsId > 0)
        object.insert(QLatin1String("corrects"), entry.correctsId);
    return object;
}

}
