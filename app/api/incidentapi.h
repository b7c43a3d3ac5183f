#pragma once

#include "app/http/httpmessage.h"
#include "models/domain/severitypolicy.h"
#include "models/store/alertinbox.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

#include <functional>

// The seed's REST API for incidents, so its curl examples work as written:
//   GET /health, GET /incidents, POST /incidents, GET /incidents/:id,
//   PATCH /incidents/:id, POST /incidents/:id/resolve,
// plus GET /incidents/:id/timeline and POST /incidents/:id/notes, and the
// seed's escalation endpoints: GET /escalation-policies (with who is on call
// now) and POST /incidents/:id/escalate (the next level, now), GET /playbooks,
// GET /incidents/:id/checklist, and GET /incidents/:id/communications (each
// stakeholder group's channel, last update and next due time, for wall
// displays and scripts).
// :id is the key (INC-2026-0001) or the number. Every answer is JSON; a 2xx is
// sent only after the change is committed.
class IncidentApi final : public ImmediateRequestHandler {
    Q_DECLARE_TR_FUNCTIONS(IncidentApi)
public:
    // `committed` runs after every successful change, so that open views can be told at once.
    IncidentApi(IncidentStore* store, SeverityPolicy policy, std::function<void()> committed = {},
        EscalationConfig escalation = EscalationConfig::builtIn(),
        PlaybookCatalog playbooks = PlaybookCatalog::builtIn());

    HttpResponse handle(const HttpRequest& request) override;
    // Where the communication matrix is kept; read at each request, so that edits in the window count at
    // once. Empty: the built-in matrix.
    void setCommunicationFile(const QString& file) { m_communicationFile = file; }
    // POST /incidents/:id/pir goes to the review API.
    void setReviews(class ReviewApi* reviews) { m_reviews = reviews; }
    // GET /health tells how the alert inbox stands, as this says.
    void setInboxState(std::function<AlertInboxState()> state) { m_inboxState = std::move(state); }

private:
    HttpResponse health(const HttpRequest& request);
    HttpResponse list(const HttpRequest& request);
    HttpResponse create(const HttpRequest& request);
    HttpResponse show(const QString& id);
    HttpResponse update(const QString& id, const HttpRequest& request);
    HttpResponse resolve(const QString& id, const HttpRequest& request);
    HttpResponse timeline(const QString& id);
    HttpResponse addNote(const QString& id, const HttpRequest& request);
    HttpResponse escalate(const QString& id, const HttpRequest& request);
    HttpResponse escalationPolicies();
    HttpResponse playbooks();
    HttpResponse checklist(const QString& id);
    HttpResponse communications(const QString& id);

    StoreResult<Incident> find(const QString& id);
    QString authorOf(const HttpRequest& request, const QJsonObject& body) const;

    IncidentStore* m_store;
    SeverityPolicy m_policy;
    std::function<void()> m_committed;
    EscalationConfig m_escalation;
    PlaybookCatalog m_playbooks;
    QString m_communicationFile;
    ReviewApi* m_reviews = nullptr;
    std::function<AlertInboxState()> m_inboxState;
};
