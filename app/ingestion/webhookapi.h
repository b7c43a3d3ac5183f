#pragma once

#include "httpmessage.h"
#include "rules/alertrules.h"
#include "snsgateway.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <variant>

// The alert webhooks: POST /webhooks/alerts/<source>, for Alertmanager
// (prometheus), Grafana (grafana), PagerDuty v3 (pagerduty, each delivery
// applied once however often it is sent), CloudWatch alarms through AWS SNS
// (cloudwatch, signatures verified) and the console's own format (generic).
// Each delivery is parsed,
// then stored (dedup, rules, correlation, incidents); the sender hears 200 only
// once that has been committed, and 503 when the store cannot commit, so that
// it retries instead of dropping the alerts. Deliveries that arrive while the
// store is busy are committed together and answered together: a commit costs
// more than the alerts of a typical delivery.
class WebhookApi final : public RequestHandler {
    Q_DECLARE_TR_FUNCTIONS(WebhookApi)
public:
    // `awsFetch` fetches SNS signing certificates and visits subscription URLs.
    WebhookApi(IncidentStore* store, AlertRules rules, SnsGateway::Fetch awsFetch, std::function<void()> committed = {});

    void handleLater(const HttpRequest& request, const HttpRespond& respond) override;

private:
    // The delivery a request carries, or the answer that refuses it.
    std::variant<HttpResponse, AlertDelivery> parse(const HttpRequest& request);
    void enqueue(const AlertDelivery& delivery, const HttpRespond& respond);
    void commitPending();
    HttpResponse answer(const StoreResult<AlertIngestReport>& report) const;

    struct Pending {
        AlertDelivery delivery;
        HttpRespond respond;
    };

    IncidentStore* m_store;
    AlertRules m_rules;
    std::function<void()> m_committed;
    QList<Pending> m_pending;
    QObject m_commitContext; // a commit scheduled for the pending deliveries dies with the API
    bool m_commitScheduled = false;
    SnsGateway m_sns;
};
