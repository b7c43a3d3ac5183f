#include "app/integrations/outboundcredentials.h"

#include "app/integrations/outboundconfig.h"

QString OutboundCredentials::pagerDutyRoutingKey(const QString& escalationKey)
{
    return escalationKey.isEmpty() ? QStringLiteral("pagerduty/routing-key")
                                   : QStringLiteral("pagerduty/routing-key/%1").arg(escalationKey);
}

QStringList OutboundCredentials::keychainKeys()
{
    QStringList keys { pagerDutyRoutingKey({}) };
    for (const QString& name : OutboundConfig::kEscalationKeyNames)
        keys.append(pagerDutyRoutingKey(name));
    keys.append(QLatin1String(kSlackWebhookUrl));
    keys.append(QLatin1String(kStatusPageApiKey));
    keys.append(QLatin1String(kStatusPagePageId));
    return keys;
}
