#pragma once

#include "models/domain/incident.h"
#include "models/domain/statuspage.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <optional>

// Which outbound integrations send what, and where, from <config dir>/integrations.json
// (the built-in resources/config/integrations.json when there is none):
//   pagerduty  Events API v2: trigger on declare (and when raised to at least
//              minimumSeverity), acknowledge, resolve. Its routing key comes from
//              the keychain: pagerduty/routing-key, or the escalation key a
//              routing rule names (pagerduty/routing-key/<key>), e.g. database.
//   slack      an incoming webhook (its URL in the keychain, slack/webhook-url):
//              declared, status updates, severity changes, resolved.
//   webhook    every timeline entry as JSON to "url".
//   statuspage Atlassian Statuspage: the updates a person posts from the
//              status-page dock create the Statuspage incident, then update it.
//              Its API key and page id come from the keychain (statuspage/api-key,
//              statuspage/page-id); "components" names the page's components and
//              their Statuspage ids, offered in the dock.
// Each service's address can be overridden (eventsUrl, baseUrl, url) so that a
// staging endpoint or a local test server can stand in.
struct OutboundConfig {
    Q_DECLARE_TR_FUNCTIONS(OutboundConfig)
public:
    struct Route {
        QString service; // matched as a word anywhere in the incident's service, case-insensitive
        QString type; // an incident type key ("security")
        QString key; // the escalation key's name
    };
    struct PagerDuty {
        bool enabled = true;
        Severity minimumSeverity = Severity::Sev2;
        QUrl eventsUrl = QUrl(QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
        QList<Route> routing;
    };
    struct Slack {
        bool enabled = true;
        Severity minimumSeverity = Severity::Sev4;
        QUrl baseUrl; // empty: the keychain's URL as it is
    };
    struct Webhook {
        bool enabled = false;
        QUrl url;
    };
    struct StatusPage {
        bool enabled = true;
        QUrl apiUrl = QUrl(QStringLiteral("https://api.statuspage.io/v1"));
        bool deliverNotifications = true; // Statuspage emails and texts the page's subscribers
        QList<AffectedComponent> components; // status: operational, as offered
    };

    PagerDuty pagerDuty;
    Slack slack;
    Webhook webhook;
    StatusPage statusPage;

    // The seed's escalation keys, each a routing key of its own in the keychain.
    static inline const QStringList kEscalationKeyNames { QStringLiteral("database"),
        QStringLiteral("platform"), QStringLiteral("security") };

    // The escalation key name for an incident ("" for the default routing key).
    QString routingKeyFor(const Incident& incident) const;

    static std::optional<OutboundConfig> parse(const QByteArray& json, QString* error);
    static OutboundConfig builtIn();
    // The user's file, or the built-in one when it is missing or broken (said in *warning).
    static OutboundConfig load(const QString& file, QString* warning);
};
