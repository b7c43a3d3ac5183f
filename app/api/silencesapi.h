#pragma once

#include "app/http/routetable.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

#include <functional>

// Silences and maintenance windows over HTTP, in Alertmanager's shape (matchers of name, value, isRegex,
// isEqual) so that its habits carry over:
//   GET /silences          those not yet over, soonest end first (?ended=true: the others too); cursor paging
//   POST /silences         {"matchers": [...], "startsAt", "endsAt", "comment", "createdBy"}; a matcher may
//                          also be written as text, `service="db"`; suppresses the open alerts it matches now
//   DELETE /silences/:id   expires it now, and the alerts it held fire again
class SilencesApi final {
    Q_DECLARE_TR_FUNCTIONS(SilencesApi)
public:
    SilencesApi(IncidentStore* store, std::function<void()> committed);

    void addRoutes(RouteTable& routes);

    static QJsonObject toJson(const Silence& silence, const QDateTime& now);

private:
    HttpResponse list(const HttpRequest& request);
    HttpResponse add(const HttpRequest& request);
    HttpResponse expire(const QString& id, const HttpRequest& request);

    IncidentStore* m_store;
    std::function<void()> m_committed;
};
