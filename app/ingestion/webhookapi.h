#pragma once

#include "httpmessage.h"
#include "rules/alertrules.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

#include <functional>

// The alert webhooks: POST /webhooks/alerts/<source>. Each delivery is parsed,
// then stored in one transaction (dedup, rules, correlation, incidents); the
// sender hears 200 only once that has been committed, and 503 when the store
// cannot commit, so that it retries instead of dropping the alerts.
class WebhookApi final : public RequestHandler {
    Q_DECLARE_TR_FUNCTIONS(WebhookApi)
public:
    WebhookApi(IncidentStore* store, AlertRules rules, std::function<void()> committed = {});

    HttpResponse handle(const HttpRequest& request) override;

private:
    HttpResponse alertmanager(const HttpRequest& request, const QString& source);
    HttpResponse store(const QList<AlertSignal>& alerts);

    IncidentStore* m_store;
    AlertRules m_rules;
    std::function<void()> m_committed;
};
