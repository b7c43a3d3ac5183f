#pragma once

#include "app/http/routetable.h"
#include "models/rules/rulesinforce.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

class WebhookSources;

// The rules in force and the rules tester, under their own paths and the seed's (/api/alerting/…):
//   GET  /alert-rules   the rules and incident settings, as the rules file spells them (…/rules)
//   PUT  /alert-rules   replaces them, in force for the next alert: checked first (422 and nothing changed
//                       if they are wrong), the file they replace kept in alert-rules-history/ (the
//                       newest 50)
//   POST /alerts/test   (…/test) for each alert given (one Alertmanager alert, an array of
//                       them, or a whole webhook payload): the rule that matches,
//                       the decided severity, whether a silence suppresses it,
//                       whether it repeats an open alert, and the incident it
//                       would join or open. Nothing is stored.
class AlertRulesApi final {
    Q_DECLARE_TR_FUNCTIONS(AlertRulesApi)
public:
    // `rulesFile`: where PUT writes the rules (the version it replaces kept in a history folder beside it);
    // empty: they cannot be replaced.
    AlertRulesApi(IncidentStore* store, SeverityPolicy policy, SharedRules rules, QString rulesFile,
        const WebhookSources* sources);

    void addRoutes(RouteTable& routes);

private:
    HttpResponse test(const HttpRequest& request);
    HttpResponse replace(const HttpRequest& request);
    // Copies the rules file in force into alert-rules-history/ beside it, keeping the newest kKeptVersions;
    // the copy's path relative to the rules file's folder, or empty when it could not be made.
    QString keepVersionInForce() const;
    static constexpr int kKeptVersions = 50;

    IncidentStore* m_store;
    SeverityPolicy m_policy;
    SharedRules m_rules;
    QString m_rulesFile;
    const WebhookSources* m_sources;
};
