#pragma once

#include "app/integrations/outboundconfig.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

// Turns a change to an incident into the messages the configured integrations
// should get: a PagerDuty Events API v2 event, a Slack Block Kit message, a
// generic webhook call. Payloads are as the services document them, minus the
// credentials, which the sender adds.
class OutboundComposer {
    Q_DECLARE_TR_FUNCTIONS(OutboundComposer)
public:
    // Which integrations are on: enabled in the configuration and with their credential present.
    struct Channels {
        bool pagerDuty = false;
        bool slack = false;
        bool webhook = false;
        bool statusPage = false;
    };

    OutboundComposer(OutboundConfig config, Channels channels);

    QList<OutboxMessage> compose(const StoreChange& change) const;

    // "trigger", "acknowledge" or "resolve", without routing_key.
    static QByteArray pagerDutyEvent(const QString& action, const Incident& incident);
    // Events API v2 severities: critical, error, warning, info.
    static QString pagerDutySeverity(Severity severity);
    static QByteArray slackMessage(
        const QString& headline, const Incident& incident, const TimelineEntry& entry);
    static QByteArray webhookEvent(const Incident& incident, const TimelineEntry& entry);

private:
    OutboxMessage pagerDuty(const QString& action, const Incident& incident) const;

    OutboundConfig m_config;
    Channels m_channels;
};
