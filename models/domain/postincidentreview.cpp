#include "models/domain/postincidentreview.h"

#include "models/domain/inerttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString plain(const QString& html)
{
    return InertText::plainText(html);
}
}

const QStringList& PostIncidentReview::proseKeys()
{
    static const QStringList keys { QStringLiteral("summary"), QStringLiteral("rootCause"),
        QStringLiteral("contributingFactors"), QStringLiteral("detection"), QStringLiteral("resolution"),
        QStringLiteral("lessons") };
    return keys;
}

const QString* PostIncidentReview::prose(const QString& key) const
{
    const std::pair<const char*, const QString*> fields[]
        = { { "summary", &summary }, { "impact", &impact.notes }, { "rootCause", &rootCause },
              { "contributingFactors", &contributingFactors }, { "detection", &detection },
              { "resolution", &resolution }, { "lessons", &lessons } };
    for (const auto& [name, field] : fields) {
        if (key == QLatin1String(name))
            return field;
    }
    return nullptr;
}

QByteArray PostIncidentReview::contentJson() const
{
    QJsonArray rows;
    for (const ReviewTimelineRow& row : timeline)
        rows.append(QJsonObject { { QStringLiteral("at"), row.at.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("event"), row.event }, { QStringLiteral("action"), row.action },
            { QStringLiteral("owner"), row.owner } });
    QJsonArray items;
    for (const ActionItem& item : actionItems)
        items.append(
            QJsonObject { { QStringLiteral("text"), item.text }, { QStringLiteral("owner"), item.owner },
                { QStringLiteral("deadline"), item.deadline.toString(Qt::ISODate) },
                { QStringLiteral("priority"), kActionPriorities.key(item.priority) },
                { QStringLiteral("status"), kActionStatuses.key(item.status) },
                { QStringLiteral("horizon"), kActionHorizons.key(item.horizon) } });
    const QJsonObject impactObject { { QStringLiteral("durationMinutes"), impact.durationMinutes },
        { QStringLiteral("usersAffected"), impact.usersAffected },
        { QStringLiteral("revenue"), impact.revenue }, { QStringLiteral("slaBreached"), impact.slaBreached },
        { QStringLiteral("notes"), impact.notes } };
    return QJsonDocument(
        QJsonObject { { QStringLiteral("title"), title }, { QStringLiteral("summary"), summary },
            { QStringLiteral("impact"), impactObject }, { QStringLiteral("timeline"), rows },
            { QStringLiteral("rootCause"), rootCause },
            { QStringLiteral("rootCauseCategory"), rootCauseCategory },
            { QStringLiteral("contributingFactors"), contributingFactors },
            { QStringLiteral("detection"), detection }, { QStringLiteral("resolution"), resolution },
            { QStringLiteral("lessons"), lessons },
            { QStringLiteral("fiveWhys"), QJsonArray::fromStringList(fiveWhys) },
            { QStringLiteral("actionItems"), items } })
        .toJson(QJsonDocument::Compact);
}

void PostIncidentReview::setContent(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    title = text("title");
    summary = text("summary");
    const QJsonObject i = o.value(QLatin1String("impact")).toObject();
    impact.durationMinutes = i.value(QLatin1String("durationMinutes")).toInt();
    impact.usersAffected = i.value(QLatin1String("usersAffected")).toInteger();
    impact.revenue = i.value(QLatin1String("revenue")).toString();
    impact.slaBreached = i.value(QLatin1String("slaBreached")).toBool();
    impact.notes = i.value(QLatin1String("notes")).toString();
    timeline.clear();
    for (const QJsonValue& value : o.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject row = value.toObject();
        timeline.append(
            { QDateTime::fromString(row.value(QLatin1String("at")).toString(), Qt::ISODate).toUTC(),
                row.value(QLatin1String("event")).toString(), row.value(QLatin1String("action")).toString(),
                row.value(QLatin1String("owner")).toString() });
    }
    rootCause = text("rootCause");
    rootCauseCategory = text("rootCauseCategory");
    contributingFactors = text("contributingFactors");
    detection = text("detection");
    resolution = text("resolution");
    lessons = text("lessons");
    fiveWhys.clear();
    for (const QJsonValue& why : o.value(QLatin1String("fiveWhys")).toArray())
        fiveWhys.append(why.toString());
    actionItems.clear();
    for (const QJsonValue& value : o.value(QLatin1String("actionItems")).toArray()) {
        const QJsonObject item = value.toObject();
        ActionItem action;
        action.text = item.value(QLatin1String("text")).toString();
        action.owner = item.value(QLatin1String("owner")).toString();
        action.deadline = QDate::fromString(item.value(QLatin1String("deadline")).toString(), Qt::ISODate);
        action.priority = kActionPriorities.parse(item.value(QLatin1String("priority")).toString())
                              .value_or(ActionPriority::Medium);
        action.status = kActionStatuses.parse(item.value(QLatin1String("status")).toString())
                            .value_or(ActionStatus::Open);
        action.horizon = kActionHorizons.parse(item.value(QLatin1String("horizon")).toString())
                             .value_or(ActionHorizon::ShortTerm);
        actionItems.append(action);
    }
}

QString PostIncidentReview::plainText() const
{
    QStringList parts { incidentKey, title, plain(summary), plain(impact.notes), plain(rootCause),
        rootCauseCategory, plain(contributingFactors), plain(detection), plain(resolution), plain(lessons) };
    parts += fiveWhys;
    for (const ReviewTimelineRow& row : timeline)
        parts << row.event << row.action;
    for (const ActionItem& item : actionItems)
        parts << item.text << item.owner;
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}
