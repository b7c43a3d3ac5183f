#pragma once

#include "app/http/httpmessage.h"
#include "models/rules/alertrules.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

class WebhookSources;

// The rules in force and the rules tester:
//   GET  /alert-rules   the rules and incident settings, as the rules file spells them
//   POST /alerts/test   for each alert given (one Alertmanager alert, an array of
//                       them, or a whole webhook payload): the rule that matches,
//                       the decided severity, whether a silence suppresses it,
//                       whether it repeats an open alert, and the incident it
//                       would join or open. Nothing is stored.
class AlertRulesApi final : public ImmediateRequestHandler {
    Q_DECLARE_TR_FUNCTIONS(AlertRulesApi)
public:
    AlertRulesApi(IncidentStore* store, AlertRules rules, const WebhookSources* sources);

    HttpResponse handle(const HttpRequest& request) override;

private:
    HttpResponse test(const HttpRequest& request);

    IncidentStore* m_store;
    AlertRules m_rules;
    const WebhookSources* m_sources;
};
