#pragma once

#include "app/http/receivercounters.h"
#include "app/http/routetable.h"
#include "models/domain/clock.h"
#include "models/rules/statisticsconfig.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

// Numbers for scripts, wall displays and Prometheus:
//   GET /stats/alerts     the alert stream by status, severity and source, the noisiest alerts
//   GET /stats/incidents  incidents by status and severity, MTTD, MTTA, MTTR, response targets;
//                         with ?month=YYYY-MM also that month's figures, as the monthly report gives them
//   GET /metrics          the same in Prometheus's text format, with the receiver's refusals
class StatisticsApi final {
    Q_DECLARE_TR_FUNCTIONS(StatisticsApi)
public:
    StatisticsApi(IncidentStore* store, const Clock* clock, const ReceiverCounters* counters,
        const ResponseGoals& goals);

    void addRoutes(RouteTable& routes);

    static constexpr int kNoisiest = 10;

private:
    HttpResponse alerts();
    HttpResponse incidents(const HttpRequest& request);
    HttpResponse metrics();

    IncidentStore* m_store;
    const Clock* m_clock;
    const ReceiverCounters* m_counters;
    ResponseGoals m_goals;
};
