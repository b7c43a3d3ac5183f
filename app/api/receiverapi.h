#pragma once

#include "app/api/receiver.h"
#include "app/http/routetable.h"
#include "models/rules/rulesinforce.h"
#include "models/store/incidentstore.h"

#include <memory>

class AlertRulesApi;
class ReceiverCounters;
class AlertsApi;
class IncidentApi;
class ResponseApi;
class ReviewApi;
class SilencesApi;
class StatisticsApi;
class WebhookApi;
class WebhookSources;

// Every route the receiver serves and the handlers behind them, in one RouteTable: the webhooks and the
// REST API under their own paths and the seeds' (/api/incident_response…, /api/alerting…), and
// GET /openapi.json, the description of them all. Adding an API is one handler class with addRoutes(),
// one line here, and its paths in resources/api/openapi.json (a test compares the two).
class ReceiverApi final {
public:
    // `rules`: the rules in force, which the webhooks apply and PUT /alert-rules replaces.
    ReceiverApi(IncidentStore* store, const Receiver::Settings& settings, SharedRules rules,
        const WebhookSources* sources, const ReceiverCounters* counters, std::function<void()> committed);
    ~ReceiverApi();

    RouteTable* routes() { return &m_routes; }
    WebhookApi* webhooks() { return m_webhooks.get(); }
    IncidentApi* incidents() { return m_incidents.get(); }

    // The OpenAPI 3 description served at /openapi.json.
    static QByteArray openApiDocument();

private:
    std::unique_ptr<IncidentApi> m_incidents;
    std::unique_ptr<ResponseApi> m_response;
    std::unique_ptr<AlertsApi> m_alerts;
    std::unique_ptr<SilencesApi> m_silences;
    std::unique_ptr<ReviewApi> m_reviews;
    std::unique_ptr<StatisticsApi> m_statistics;
    std::unique_ptr<AlertRulesApi> m_rules;
    std::unique_ptr<WebhookApi> m_webhooks;
    RouteTable m_routes;
};
