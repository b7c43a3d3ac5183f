#include "app/webhooks/pagerdutypayload.h"

#include "app/webhooks/alertmanagerpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString severityOf(const QJsonObject& incident)
{
    const QString priority
        = incident.value(QLatin1String("priority")).toObject().value(QLatin1String("summary")).toString();
    static const QHash<QString, QString> byPriority {
        { QStringLiteral("P1"), QStringLiteral("critical") },
        { QStringLiteral("P2"), QStringLiteral("high") },
        { QStringLiteral("P3"), QStringLiteral("medium") },
        { QStringLiteral("P4"), QStringLiteral("low") },
        { QStringLiteral("P5"), QStringLiteral("low") },
    };
    if (byPriority.contains(priority.toUpper()))
        return byPriority.value(priority.toUpper());
    return incident.value(QLatin1String("urgency")).toString() == QLatin1String("low")
        ? QStringLiteral("low")
        : QStringLiteral("high");
}

QString summaries(const QJsonArray& references)
{
    QStringList names;
    for (const QJsonValue& reference : references)
        names.append(reference.toObject().value(QLatin1String("summary")).toString());
    names.removeAll(QString());
    return names.join(QLatin1String(", "));
}
}

AlertSignal PagerDutyPayload::incidentSignal(const QJsonObject& incident, const QString& source)
{
    AlertSignal signal;
    signal.source = source;
    signal.fingerprint = incident.value(QLatin1String("id")).toString();
    const QString title = incident.value(QLatin1String("title")).toString().trimmed();
    signal.name = title.isEmpty() ? tr("PagerDuty incident %1").arg(signal.fingerprint) : title;
    signal.labels.insert(QStringLiteral("alertname"), signal.name);
    const QString service
        = incident.value(QLatin1String("service")).toObject().value(QLatin1String("summary")).toString();
    if (!service.isEmpty())
        signal.labels.insert(QStringLiteral("service"), service);
    signal.labels.insert(QStringLiteral("severity"), severityOf(incident));
    signal.labels.insert(QStringLiteral("urgency"), incident.value(QLatin1String("urgency")).toString());
    const int number = incident.value(QLatin1String("number"))
                           .toInt(incident.value(QLatin1String("incident_number")).toInt());
    if (number > 0)
        signal.labels.insert(QStringLiteral("pagerduty_incident"), QString::number(number));
    signal.annotations.insert(QStringLiteral("summary"), signal.name);
    signal.generatorUrl = incident.value(QLatin1String("html_url")).toString();
    bool timeOk = true;
    signal.startsAt = AlertmanagerPayload::parseTime(incident.value(QLatin1String("created_at")), &timeOk);
    return signal;
}

std::optional<PagerDutyPayload::Parsed> PagerDutyPayload::parse(
    const QByteArray& body, const QString& source, QString* error)
{
    const std::optional<QJsonDocument> document = AlertmanagerPayload::parseJson(body, error);
    if (!document)
        return std::nullopt;
    const QJsonObject event = document->object().value(QLatin1String("event")).toObject();
    Parsed parsed;
    parsed.eventId = event.value(QLatin1String("id")).toString();
    parsed.eventType = event.value(QLatin1String("event_type")).toString();
    if (parsed.eventType.isEmpty()) {
        *error = tr("The payload has no event.event_type; is this a PagerDuty v3 webhook?");
        return std::nullopt;
    }
    // It names the event across PagerDuty's retries, inside what PagerDuty signed.
    if (parsed.eventId.isEmpty()) {
        *error = tr("The payload has no event.id; is this a PagerDuty v3 webhook?");
        return std::nullopt;
    }
    if (!parsed.eventType.startsWith(QLatin1String("incident.")))
        return parsed; // service.*, pagey.ping, …: nothing to mirror
    const QJsonObject data = event.value(QLatin1String("data")).toObject();
    const bool isNote = parsed.eventType == QLatin1String("incident.annotated");
    const QJsonObject incident = isNote ? data.value(QLatin1String("incident")).toObject() : data;
    const QString id = incident.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        *error = tr("event.data carries no incident id.");
        return std::nullopt;
    }

    // A note's incident is only a reference; a note changes nothing but the timeline.
    AlertSignal signal = incidentSignal(incident, source);
    signal.actor = event.value(QLatin1String("agent")).toObject().value(QLatin1String("summary")).toString();
    bool timeOk = true;
    const QDateTime occurred
        = AlertmanagerPayload::parseTime(event.value(QLatin1String("occurred_at")), &timeOk);
    signal.observedAt = occurred;

    const QString action = parsed.eventType.mid(static_cast<qsizetype>(qstrlen("incident.")));
    if (action == QLatin1String("resolved")) {
        signal.resolved = true;
        signal.endsAt = occurred;
    } else if (action == QLatin1String("acknowledged")) {
        signal.action = AlertSignal::Action::Acknowledge;
    } else if (isNote) {
        signal.action = AlertSignal::Action::Annotate;
        signal.note = data.value(QLatin1String("content")).toString();
    } else if (action == QLatin1String("reassigned") || action == QLatin1String("escalated")
        || action == QLatin1String("delegated")) {
        signal.action = AlertSignal::Action::Annotate;
        const QString to = summaries(incident.value(QLatin1String("assignees")).toArray());
        signal.note
            = to.isEmpty() ? tr("PagerDuty: %1.").arg(action) : tr("PagerDuty: %1 to %2.").arg(action, to);
    } else if (action == QLatin1String("responder.added")) {
        signal.action = AlertSignal::Action::Annotate;
        signal.note = tr("PagerDuty: a responder was added.");
    } else if (action != QLatin1String("triggered") && action != QLatin1String("reopened")
        && action != QLatin1String("unacknowledged") && action != QLatin1String("priority_updated")) {
        return parsed; // status_update_published, conference_bridge.updated, …
    }
    parsed.signal = signal;
    return parsed;
}
