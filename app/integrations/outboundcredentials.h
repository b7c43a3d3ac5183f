#pragma once

#include <QString>
#include <QStringList>

// The keychain keys of the outbound integrations (service "incident-console"):
//   pagerduty/routing-key             Events API v2 routing key (the seed's PAGERDUTY_SERVICE_KEY)
//   pagerduty/routing-key/<name>      an escalation key: database, platform, security
//                                     (PAGERDUTY_<NAME>_ESCALATION_KEY)
//   slack/webhook-url                 the incoming webhook (SLACK_INCIDENT_WEBHOOK)
//   statuspage/api-key                Atlassian Statuspage API key
//   statuspage/page-id                the Statuspage page updates go to
namespace OutboundCredentials {
inline constexpr const char* kSlackWebhookUrl = "slack/webhook-url";
inline constexpr const char* kStatusPageApiKey = "statuspage/api-key";
inline constexpr const char* kStatusPagePageId = "statuspage/page-id";
// "" names the default routing key.
QString pagerDutyRoutingKey(const QString& escalationKey);
QStringList keychainKeys();
}
