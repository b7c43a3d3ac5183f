#pragma once

#include "app/http/routetable.h"
#include "models/domain/severitypolicy.h"
#include "models/store/alertinbox.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

#include <functional>

// The incidents over HTTP, under their own paths and the seed's (/api/incident_response…):
//   GET /health, GET /incidents (filters, cursor paging), POST /incidents, GET /incidents/:id,
//   PATCH or PUT /incidents/:id, DELETE /incidents/:id (a false alarm: noted, resolved and closed, its
//   timeline kept), POST /incidents/:id/resolve, GET /incidents/:id/timeline (cursor paging) and
//   POST /incidents/:id/notes.
// :id is the key (INC-2026-0001) or the number. Every answer is JSON; a 2xx is sent only after the change
// is committed.
class IncidentApi final {
    Q_DECLARE_TR_FUNCTIONS(IncidentApi)
public:
    // `committed` runs after every successful change, so that open views can be told at once.
    IncidentApi(IncidentStore* store, SeverityPolicy policy, std::function<void()> committed = {});

    void addRoutes(RouteTable& routes);
    // GET /health tells how the alert inbox stands, as this says.
    void setInboxState(std::function<AlertInboxState()> state) { m_inboxState = std::move(state); }

private:
    HttpResponse health(const HttpRequest& request);
    HttpResponse list(const HttpRequest& request);
    HttpResponse create(const HttpRequest& request);
    HttpResponse show(const QString& id);
    HttpResponse update(const QString& id, const HttpRequest& request);
    HttpResponse markFalseAlarm(const QString& id, const HttpRequest& request);
    HttpResponse resolve(const QString& id, const HttpRequest& request);
    HttpResponse timeline(const QString& id, const HttpRequest& request);
    HttpResponse addNote(const QString& id, const HttpRequest& request);

    IncidentStore* m_store;
    SeverityPolicy m_policy;
    std::function<void()> m_committed;
    std::function<AlertInboxState()> m_inboxState;
};
