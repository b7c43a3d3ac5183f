#include "app/integrations/outboundcomposer.h"

#include "app/api/incidentjson.h"
#include "models/domain/classification.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
constexpr qsizetype kPagerDutySummaryLimit = 1024; // Events API v2 truncates beyond this

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Changes made at PagerDuty come back through its webhook or its poller; sending them
// there again would echo (and with an account-wide webhook, page again and again).
bool cameFromPagerDuty(const TimelineEntry& entry)
{
    return entry.origin == QLatin1String("pagerduty");
}

// At least as severe as `minimum` (SEV1 is the most severe).
bool atLeast(Severity severity, Severity minimum)
{
    return static_cast<int>(severity) <= static_cast<int>(minimum);
}

// Slack reads <…> in text as its own controls: <!channel> notifies a whole
// channel, <https://evil|Runbook> disguises a link. Text from incidents (a
// title may be an alert's name, a service or author came over the API) keeps
// its *emphasis* but loses those, as Slack's formatting reference asks.
QString slackEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QJsonObject markdownField(const QString& label, const QString& value)
{
    return { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
        { QStringLiteral("text"),
            QStringLiteral("*%1*\n%2")
                .arg(label, value.isEmpty() ? QStringLiteral("—") : slackEscaped(value)) } };
}
}

OutboundComposer::OutboundComposer(OutboundConfig config, Channels channels)
    : m_config(std::move(config))
    , m_channels(channels)
{
}

QString OutboundComposer::pagerDutySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QStringLiteral("critical");
    case Severity::Sev2:
        return QStringLiteral("error");
    case Severity::Sev3:
        return QStringLiteral("warning");
    case Severity::Sev4:
        return QStringLiteral("info");
    }
    return QStringLiteral("warning");
}

QByteArray OutboundComposer::pagerDutyEvent(const QString& action, const Incident& incident)
{
    // Incidents from before page keys existed were paged under their key alone.
    const QString dedupKey = incident.pageKey.isEmpty() ? incident.key : incident.pageKey;
    QJsonObject event { { QStringLiteral("event_action"), action },
        { QStringLiteral("dedup_key"), dedupKey } };
    if (action == QLatin1String("trigger")) {
        const QString summary
            = QStringLiteral("[%1] %2").arg(SeverityNames::code(incident.severity), incident.title);
        QJsonObject details { { QStringLiteral("incident"), incident.key },
            { QStringLiteral("status"), Lifecycle::key(incident.status) },
            { QStringLiteral("type"), kIncidentTypes.key(incident.type) },
            { QStringLiteral("priority"), SeverityNames::priority(incident.severity) } };
        if (!incident.description.isEmpty())
            details.insert(QStringLiteral("description"), incident.description);
        if (const QString& commander = incident.role(IncidentRole::Commander); !commander.isEmpty())
            details.insert(QStringLiteral("commander"), commander);
        if (!incident.warRoom.isEmpty())
            details.insert(QStringLiteral("war_room"), incident.warRoom);
        QJsonObject payload { { QStringLiteral("summary"), summary.left(kPagerDutySummaryLimit) },
            { QStringLiteral("source"),
                incident.service.isEmpty() ? QStringLiteral("incident-console") : incident.service },
            { QStringLiteral("severity"), pagerDutySeverity(incident.severity) },
            { QStringLiteral("timestamp"), isoUtc(incident.detectedAt) },
            { QStringLiteral("group"), kEnvironments.key(incident.environment) },
            { QStringLiteral("class"), kIncidentTypes.key(incident.type) },
            { QStringLiteral("custom_details"), details } };
        if (!incident.service.isEmpty())
            payload.insert(QStringLiteral("component"), incident.service);
        event.insert(QStringLiteral("payload"), payload);
        event.insert(QStringLiteral("client"), QStringLiteral("Incident Console"));
    }
    return compact(event);
}

QByteArray OutboundComposer::slackMessage(
    const QString& headline, const Incident& incident, const TimelineEntry& entry)
{
    const QString title
        = QStringLiteral("%1 %2: %3").arg(SeverityNames::code(incident.severity), headline, incident.title);
    QJsonArray fields { markdownField(tr("Severity"), SeverityNames::label(incident.severity)),
        markdownField(tr("Status"), Lifecycle::label(incident.status)),
        markdownField(tr("Service"), incident.service),
        markdownField(tr("Commander"), incident.role(IncidentRole::Commander)) };
    if (!incident.warRoom.isEmpty())
        fields.append(markdownField(tr("War room"), incident.warRoom));
    // A written update goes out whole (within Slack's 3,000 characters for a section); other changes as one
    // line.
    const QString text
        = entry.kind == TimelineKind::Communicated ? entry.body.left(3000) : TimelineText::summary(entry);
    QJsonArray blocks {
        QJsonObject { { QStringLiteral("type"), QStringLiteral("header") },
            { QStringLiteral("text"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("plain_text") },
                    { QStringLiteral("text"), title.left(150) } } } }, // Slack's header limit
        QJsonObject { { QStringLiteral("type"), QStringLiteral("section") },
            { QStringLiteral("text"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                    { QStringLiteral("text"), slackEscaped(text) } } },
            { QStringLiteral("fields"), fields } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("context") },
            { QStringLiteral("elements"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                    { QStringLiteral("text"),
                        slackEscaped(tr("%1 · by %2 · %3")
                                         .arg(incident.key, entry.author, isoUtc(entry.at))) } } } } },
    };
    // The fallback text is what notifications show, and it is formatted too.
    return compact({ { QStringLiteral("text"), slackEscaped(title) }, { QStringLiteral("blocks"), blocks } });
}

QByteArray OutboundComposer::webhookEvent(const Incident& incident, const TimelineEntry& entry)
{
    return compact(
        { { QStringLiteral("event"), QStringLiteral("incident.%1").arg(TimelineText::kindKey(entry.kind)) },
            { QStringLiteral("incident"), IncidentJson::toJson(incident) },
            { QStringLiteral("entry"), IncidentJson::toJson(entry) } });
}

OutboxMessage OutboundComposer::pagerDuty(const QString& action, const Incident& incident) const
{
    OutboxMessage message;
    message.channel = QStringLiteral("pagerduty");
    message.target = m_config.routingKeyFor(incident);
    message.event = action;
    message.payload = pagerDutyEvent(action, incident);
    return message;
}

QList<OutboxMessage> OutboundComposer::compose(const StoreChange& change) const
{
    const TimelineEntry& entry = change.entry;
    const Incident& incident = change.incident;
    QList<OutboxMessage> messages;
    if (!entry.isValid() || entry.kind == TimelineKind::Notified)
        return messages;

    if (m_channels.webhook) {
        OutboxMessage message;
        message.channel = QStringLiteral("webhook");
        message.event = QStringLiteral("incident.%1").arg(TimelineText::kindKey(entry.kind));
        message.payload = webhookEvent(incident, entry);
        messages.append(message);
    }

    // What the change means for paging and chat.
    QString pagerDutyAction;
    QString slackHeadline;
    QString slackEvent;
    switch (entry.kind) {
    case TimelineKind::Declared:
        pagerDutyAction = QStringLiteral("trigger");
        slackHeadline = tr("declared");
        slackEvent = QStringLiteral("declared");
        break;
    case TimelineKind::Communicated:
        // An update a person wrote for a group that hears on Slack: posted as they wrote it.
        if (entry.newValue == kCommunicationChannels.key(CommunicationChannel::Slack)
            || entry.newValue == kCommunicationChannels.key(CommunicationChannel::SlackEmail)) {
            slackHeadline = tr("update for %1").arg(entry.oldValue);
            slackEvent = QStringLiteral("communication");
        }
        break;
    case TimelineKind::Escalated:
        // The page itself: the people the level names hear of it in the incident channel.
        slackHeadline = tr("escalated");
        slackEvent = QStringLiteral("escalated");
        break;
    case TimelineKind::SeverityChanged: {
        const std::optional<Severity> from = SeverityNames::fromCode(entry.oldValue);
        // Raised into paging range: page now (a trigger on an open dedup_key only updates it).
        if (from && !atLeast(*from, m_config.pagerDuty.minimumSeverity)
            && Lifecycle::isActive(incident.status))
            pagerDutyAction = QStringLiteral("trigger");
        slackHeadline = tr("severity changed");
        slackEvent = QStringLiteral("severity");
        break;
    }
    case TimelineKind::StatusChanged: {
        const std::optional<IncidentStatus> to = Lifecycle::parse(entry.newValue);
        const std::optional<IncidentStatus> from = Lifecycle::parse(entry.oldValue);
        if (to == IncidentStatus::Acknowledged) {
            pagerDutyAction = QStringLiteral("acknowledge");
        } else if (to == IncidentStatus::Resolved
            || (to == IncidentStatus::Closed && from && Lifecycle::isActive(*from))) {
            pagerDutyAction = QStringLiteral("resolve");
            slackHeadline = tr("resolved");
            slackEvent = QStringLiteral("resolved");
            break;
        } else if (to && from && Lifecycle::isReopen(*from, *to)) {
            pagerDutyAction = QStringLiteral("trigger");
        }
        if (to != IncidentStatus::Closed) {
            slackHeadline = tr("update");
            slackEvent = QStringLiteral("update");
        }
        break;
    }
    default:
        break;
    }

    if (m_channels.pagerDuty && !pagerDutyAction.isEmpty() && !cameFromPagerDuty(entry)
        && (pagerDutyAction != QLatin1String("trigger")
            || atLeast(incident.severity, m_config.pagerDuty.minimumSeverity)))
        messages.append(pagerDuty(pagerDutyAction, incident));
    if (m_channels.slack && !slackEvent.isEmpty()
        && atLeast(incident.severity, m_config.slack.minimumSeverity)) {
        OutboxMessage message;
        message.channel = QStringLiteral("slack");
        message.event = slackEvent;
        message.payload = slackMessage(slackHeadline, incident, entry);
        messages.append(message);
    }
    return messages;
}
