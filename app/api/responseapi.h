#pragma once

#include "app/http/routetable.h"
#include "models/rules/escalationpolicy.h"
#include "models/rules/playbook.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>

#include <functional>

// How a team responds, over HTTP, under its own paths and the seed's:
//   GET /escalation-policies (…/escalation-rules)  policies, rules, and who is on call now
//   POST /incidents/:id/escalate (POST /api/incident_response/escalate with {"incident_id"})  the next
//        level, now
//   GET /playbooks (…/playbooks)                   the response procedures (with when each was last
//                                                  reviewed and is due again) and runbooks
//   GET /templates (/api/alerting/templates)       the message templates and their placeholders
//   GET /incidents/:id/checklist                   its playbooks' steps, done or not
//   GET /incidents/:id/communications              each stakeholder group's channel, last update and next
//                                                  due time, for wall displays and scripts
class ResponseApi final {
    Q_DECLARE_TR_FUNCTIONS(ResponseApi)
public:
    ResponseApi(IncidentStore* store, EscalationConfig escalation, PlaybookCatalog playbooks,
        std::function<void()> committed);

    void addRoutes(RouteTable& routes);
    // Where the communication matrix is kept; read at each request, so that edits in the window count at
    // once. Empty: the built-in matrix.
    void setCommunicationFile(const QString& file) { m_communicationFile = file; }
    // The user's configuration folder, whose templates and playbooks replace the shipped ones, read at each
    // request (a playbook marked reviewed shows at once). Empty: the shipped templates, and the playbooks
    // given.
    void setConfigDirectory(const QString& directory) { m_configDirectory = directory; }

private:
    HttpResponse escalate(const QString& id, const HttpRequest& request);
    HttpResponse escalationPolicies();
    HttpResponse playbooks();
    HttpResponse templates();
    HttpResponse checklist(const QString& id);
    HttpResponse communications(const QString& id);

    IncidentStore* m_store;
    EscalationConfig m_escalation;
    PlaybookCatalog m_playbooks;
    std::function<void()> m_committed;
    QString m_communicationFile;
    QString m_configDirectory;
};
