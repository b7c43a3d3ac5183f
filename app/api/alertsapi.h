#pragma once

#include "app/http/routetable.h"
#include "models/domain/severitypolicy.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

#include <functional>

// The alert stream over HTTP, under its own paths and the seed's:
//   GET /alerts (/api/alerting)   newest first; ?status= (firing, acknowledged, suppressed, resolved, or
//                                 open), ?severity=, ?source=, ?q= (words of name, summary, service or
//                                 fingerprint), ?incident= (key or number); cursor paging
//   POST /incidents/from-alert (/api/incident_response/from-alert)  {"alert_id": n}: declares an incident
//                                 from a stored alert (its summary, severity and service) and links it
class AlertsApi final {
    Q_DECLARE_TR_FUNCTIONS(AlertsApi)
public:
    AlertsApi(IncidentStore* store, SeverityPolicy policy, std::function<void()> committed);

    void addRoutes(RouteTable& routes);

    static QJsonObject toJson(const Alert& alert);

private:
    HttpResponse list(const HttpRequest& request);
    HttpResponse declareFromAlert(const HttpRequest& request);

    IncidentStore* m_store;
    SeverityPolicy m_policy;
    std::function<void()> m_committed;
};
