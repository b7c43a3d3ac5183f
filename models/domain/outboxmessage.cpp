#include "models/domain/outboxmessage.h"

QString OutboxText::stateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Waiting:
        return tr("Waiting");
    case OutboxState::Delivered:
        return tr("Delivered");
    case OutboxState::Failed:
        return tr("Failed");
    }
    return {};
}

QString OutboxText::channelLabel(const QString& channel)
{
    if (channel == QLatin1String("pagerduty"))
        return tr("PagerDuty");
    if (channel == QLatin1String("slack"))
        return tr("Slack");
    if (channel == QLatin1String("webhook"))
        return tr("Webhook");
    if (channel == QLatin1String("statuspage"))
        return tr("Status page");
    return channel;
}
