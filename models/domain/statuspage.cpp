#include "models/domain/statuspage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray StatusPageUpdate::toJson() const
{
    QJsonArray componentArray;
    for (const AffectedComponent& component : components) {
        componentArray.append(QJsonObject { { QStringLiteral("name"), component.name },
            { QStringLiteral("id"), component.statusPageId },
            { QStringLiteral("status"), kComponentStatuses.key(component.status) } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("title"), title },
            { QStringLiteral("state"), kPublicStates.key(state) },
            { QStringLiteral("components"), componentArray }, { QStringLiteral("body"), body } })
        .toJson(QJsonDocument::Compact);
}

StatusPageUpdate StatusPageUpdate::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    StatusPageUpdate update;
    update.title = object.value(QLatin1String("title")).toString();
    update.state = kPublicStates.parse(object.value(QLatin1String("state")).toString())
                       .value_or(PublicState::Investigating);
    update.body = object.value(QLatin1String("body")).toString();
    for (const QJsonValue& value : object.value(QLatin1String("components")).toArray()) {
        const QJsonObject component = value.toObject();
        update.components.append({ component.value(QLatin1String("name")).toString(),
            component.value(QLatin1String("id")).toString(),
            kComponentStatuses.parse(component.value(QLatin1String("status")).toString())
                .value_or(ComponentStatus::MajorOutage) });
    }
    return update;
}
