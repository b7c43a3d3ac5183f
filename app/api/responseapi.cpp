#include "app/api/responseapi.h"

#include "app/api/apirequest.h"
#include "app/api/incidentjson.h"
#include "models/rules/communicationplan.h"
#include "models/rules/messagetemplate.h"

#include <QJsonArray>
#include <QJsonObject>

ResponseApi::ResponseApi(IncidentStore* store, EscalationConfig escalation, PlaybookCatalog playbooks,
    std::function<void()> committed)
    : m_store(store)
    , m_escalation(std::move(escalation))
    , m_playbooks(std::move(playbooks))
    , m_committed(std::move(committed))
{
}

void ResponseApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    const auto id = [](const Parameters& parameters) { return parameters.value(QStringLiteral("id")); };
    for (const QString& path :
        { QStringLiteral("/escalation-policies"), QStringLiteral("/api/incident_response/escalation-rules") })
        routes.add(
            "GET", path, [this](const HttpRequest&, const Parameters&) { return escalationPolicies(); });
    for (const QString& path :
        { QStringLiteral("/playbooks"), QStringLiteral("/api/incident_response/playbooks") })
        routes.add("GET", path, [this](const HttpRequest&, const Parameters&) { return playbooks(); });
    for (const QString& path : { QStringLiteral("/templates"), QStringLiteral("/api/alerting/templates") })
        routes.add("GET", path, [this](const HttpRequest&, const Parameters&) { return templates(); });
    routes.add("POST", QStringLiteral("/incidents/{id}/escalate"),
        [this, id](const HttpRequest& request, const Parameters& parameters) {
            return escalate(id(parameters), request);
        });
    // The seed names the incident in the body: {"incident_id": "INC-2026-0001"}.
    routes.add("POST", QStringLiteral("/api/incident_response/escalate"),
        [this](const HttpRequest& request, const Parameters&) {
            HttpResponse failure;
            const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
            if (!body)
                return failure;
            const QJsonValue named = body->value(QLatin1String("incident_id"));
            const QString incident = named.isDouble() ? QString::number(named.toInteger()) : named.toString();
            if (incident.isEmpty())
                return HttpResponse::invalid(tr("Name the incident: \"incident_id\" (its key or number)."));
            return escalate(incident, request);
        });
    routes.add("GET", QStringLiteral("/incidents/{id}/checklist"),
        [this, id](const HttpRequest&, const Parameters& parameters) { return checklist(id(parameters)); });
    routes.add("GET", QStringLiteral("/incidents/{id}/communications"),
        [this, id](
            const HttpRequest&, const Parameters& parameters) { return communications(id(parameters)); });
}

HttpResponse ResponseApi::escalate(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, false);
    if (!body)
        return failure;
    const StoreResult<Incident> incident = ApiRequest::findIncident(m_store, id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    const StoreResult<TimelineEntry> entry
        = m_store->escalation().escalateNow(incident->id, m_escalation, ApiRequest::authorOf(request, *body));
    if (!entry)
        return entry.errorKind() == StoreErrorKind::Rejected
            ? HttpResponse::error(409, QStringLiteral("cannot_escalate"), entry.error())
            : HttpResponse::storeFailure(entry);
    if (m_committed)
        m_committed();
    QJsonObject answer = IncidentJson::toJson(*entry);
    answer.insert(QLatin1String("policy"), entry->field);
    answer.insert(QLatin1String("level"), entry->newValue.toInt());
    answer.insert(QLatin1String("paged"), entry->body);
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse ResponseApi::escalationPolicies()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray schedules;
    for (const OnCallSchedule& schedule : m_escalation.schedules) {
        QJsonObject object { { QStringLiteral("id"), schedule.id }, { QStringLiteral("name"), schedule.name },
            { QStringLiteral("time_zone"), QString::fromUtf8(schedule.zone.id()) } };
        if (const std::optional<OnCallShift> shift = schedule.shiftAt(now))
            object.insert(QStringLiteral("on_call"),
                QJsonObject { { QStringLiteral("user"), shift->user },
                    { QStringLiteral("until"), shift->until.toString(Qt::ISODate) } });
        if (const std::optional<OnCallShift> next = schedule.nextShift(now))
            object.insert(QStringLiteral("next"),
                QJsonObject { { QStringLiteral("user"), next->user },
                    { QStringLiteral("from"), next->from.toString(Qt::ISODate) } });
        schedules.append(object);
    }
    QJsonArray policies;
    for (const EscalationPolicy& policy : m_escalation.policies) {
        QJsonArray levels;
        for (const EscalationLevel& level : policy.levels) {
            QJsonArray targets;
            for (const EscalationTarget& target : level.targets)
                targets.append(QJsonObject {
                    { QStringLiteral("type"),
                        target.kind == EscalationTarget::Kind::User ? QStringLiteral("user")
                                                                    : QStringLiteral("schedule") },
                    { QStringLiteral("id"), target.id },
                    { QStringLiteral("now"), m_escalation.resolve(target, now).join(QLatin1String(", ")) } });
            levels.append(QJsonObject { { QStringLiteral("escalation_delay_in_minutes"), level.delayMinutes },
                { QStringLiteral("targets"), targets } });
        }
        policies.append(
            QJsonObject { { QStringLiteral("name"), policy.name }, { QStringLiteral("rules"), levels } });
    }
    QJsonArray rules;
    for (const EscalationRule& rule : m_escalation.rules) {
        QJsonObject object { { QStringLiteral("unacknowledged_minutes"), rule.unacknowledgedMinutes },
            { QStringLiteral("policy"), rule.policy } };
        if (rule.severity)
            object.insert(QStringLiteral("severity"), SeverityNames::code(*rule.severity));
        if (rule.type)
            object.insert(QStringLiteral("type"), kIncidentTypes.key(*rule.type));
        rules.append(object);
    }
    return HttpResponse::json(200,
        QJsonDocument(QJsonObject { { QStringLiteral("schedules"), schedules },
            { QStringLiteral("escalation_policies"), policies },
            { QStringLiteral("escalation_rules"), rules } }));
}

HttpResponse ResponseApi::playbooks()
{
    // Read again: a playbook marked reviewed in the window since the start shows as reviewed here.
    QStringList warnings;
    const PlaybookCatalog catalog
        = m_configDirectory.isEmpty() ? m_playbooks : PlaybookCatalog::load(m_configDirectory, &warnings);
    const QDate today = QDate::currentDate();
    QJsonArray list;
    for (const Playbook& playbook : catalog.playbooks) {
        QJsonArray phases;
        for (const PlaybookPhase& phase : playbook.phases)
            phases.append(QJsonObject { { QStringLiteral("name"), phase.name },
                { QStringLiteral("window"), phase.window }, { QStringLiteral("critical"), phase.critical },
                { QStringLiteral("steps"), QJsonArray::fromStringList(phase.steps) } });
        QJsonObject object { { QStringLiteral("id"), playbook.id },
            { QStringLiteral("title"), playbook.title },
            { QStringLiteral("estimated_duration_minutes"), playbook.estimatedDurationMinutes },
            { QStringLiteral("required_skills"), QJsonArray::fromStringList(playbook.requiredSkills) },
            { QStringLiteral("runbooks"), QJsonArray::fromStringList(playbook.runbooks) },
            { QStringLiteral("phases"), phases } };
        object.insert(QStringLiteral("last_reviewed"),
            playbook.lastReviewed.isValid() ? QJsonValue(playbook.lastReviewed.toString(Qt::ISODate))
                                            : QJsonValue());
        object.insert(QStringLiteral("reviewed_by"), playbook.reviewedBy);
        object.insert(QStringLiteral("review_every_months"), playbook.reviewEveryMonths);
        object.insert(QStringLiteral("review_due"),
            playbook.reviewDue().isValid() ? QJsonValue(playbook.reviewDue().toString(Qt::ISODate))
                                           : QJsonValue());
        object.insert(QStringLiteral("review_overdue"), playbook.reviewIsDue(today));
        if (playbook.incidentType)
            object.insert(QStringLiteral("incident_type"), kIncidentTypes.key(*playbook.incidentType));
        list.append(object);
    }
    QJsonArray runbooks;
    for (const Runbook& runbook : catalog.runbooks)
        runbooks.append(
            QJsonObject { { QStringLiteral("id"), runbook.id }, { QStringLiteral("title"), runbook.title } });
    return HttpResponse::json(200,
        QJsonDocument(
            QJsonObject { { QStringLiteral("playbooks"), list }, { QStringLiteral("runbooks"), runbooks } }));
}

HttpResponse ResponseApi::checklist(const QString& id)
{
    const StoreResult<Incident> incident = ApiRequest::findIncident(m_store, id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    const StoreResult<QList<ChecklistItem>> items = m_store->checklists().checklist(incident->id);
    if (!items)
        return HttpResponse::storeFailure(items);
    QJsonArray array;
    for (const ChecklistItem& item : *items) {
        QJsonObject object { { QStringLiteral("id"), item.id },
            { QStringLiteral("playbook"), item.playbookId }, { QStringLiteral("phase"), item.phase },
            { QStringLiteral("critical"), item.critical }, { QStringLiteral("text"), item.text },
            { QStringLiteral("done"), item.isChecked() } };
        if (item.isChecked()) {
            object.insert(QStringLiteral("done_by"), item.checkedBy);
            object.insert(QStringLiteral("done_at"), item.checkedAt.toString(Qt::ISODate));
        }
        array.append(object);
    }
    return HttpResponse::json(200,
        QJsonDocument(QJsonObject {
            { QStringLiteral("incident"), incident->key }, { QStringLiteral("items"), array } }));
}

HttpResponse ResponseApi::communications(const QString& id)
{
    const StoreResult<Incident> incident = ApiRequest::findIncident(m_store, id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    const StoreResult<CommunicationLog> log = m_store->communication().communicationLog(incident->id);
    if (!log)
        return HttpResponse::storeFailure(log);
    QString warning;
    const CommunicationPlan plan = CommunicationPlan::load(m_communicationFile, &warning);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto isoOrNull = [](const QDateTime& at) {
        return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray audiences;
    for (const AudienceDue& due : plan.schedule(*incident, log->lastSent, now)) {
        QJsonArray contacts;
        for (const StakeholderContact& contact : due.contacts)
            contacts.append(QJsonObject {
                { QStringLiteral("name"), contact.name }, { QStringLiteral("address"), contact.address } });
        QJsonObject object { { QStringLiteral("id"), due.audienceId }, { QStringLiteral("name"), due.name },
            { QStringLiteral("channel"), kCommunicationChannels.key(due.channel) },
            { QStringLiteral("audience"),
                due.audience == Audience::External ? QStringLiteral("external")
                                                   : QStringLiteral("internal") },
            { QStringLiteral("executive"), due.executive },
            { QStringLiteral("required"), due.state != DueState::NotRequired },
            { QStringLiteral("state"), DueText::stateKey(due.state) },
            { QStringLiteral("next"), DueText::kindKey(due.nextKind) },
            { QStringLiteral("lastUpdate"), isoOrNull(due.lastSent) },
            { QStringLiteral("lastAuthor"), log->lastSent.value(due.audienceId).author },
            { QStringLiteral("nextDue"), isoOrNull(due.nextDue) }, { QStringLiteral("contacts"), contacts } };
        if (due.nextDue.isValid() && due.state != DueState::Done)
            object.insert(QStringLiteral("secondsLeft"), now.secsTo(due.nextDue));
        if (due.compliance) {
            object.insert(QStringLiteral("compliance"),
                QJsonObject { { QStringLiteral("regulation"), due.compliance->name },
                    { QStringLiteral("authority"), due.compliance->authority },
                    { QStringLiteral("requiredInfo"),
                        QJsonArray::fromStringList(due.compliance->requiredInfo) } });
        }
        audiences.append(object);
    }
    QJsonObject answer { { QStringLiteral("incident"), incident->key },
        { QStringLiteral("severity"), SeverityNames::code(incident->severity) },
        { QStringLiteral("status"), Lifecycle::key(incident->status) },
        { QStringLiteral("warRoom"), incident->warRoom }, { QStringLiteral("audiences"), audiences } };
    if (!warning.isEmpty())
        answer.insert(QStringLiteral("warning"), warning);
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse ResponseApi::templates()
{
    QStringList warnings;
    const TemplateCatalog catalog = m_configDirectory.isEmpty()
        ? TemplateCatalog::builtIn()
        : TemplateCatalog::load(m_configDirectory, &warnings);
    QJsonArray list;
    for (const MessageTemplate& message : catalog.templates) {
        QJsonObject object { { QStringLiteral("id"), message.id }, { QStringLiteral("name"), message.name },
            { QStringLiteral("kind"), message.kind },
            { QStringLiteral("audience"),
                message.audience == Audience::External ? QStringLiteral("external")
                                                       : QStringLiteral("internal") },
            { QStringLiteral("subject_template"), message.subject },
            { QStringLiteral("body_template"), message.body },
            { QStringLiteral("prompts"),
                QJsonArray::fromStringList(MessageTemplates::prompts(message.body)) } };
        if (message.severity)
            object.insert(QStringLiteral("severity"), SeverityNames::code(*message.severity));
        list.append(object);
    }
    QJsonArray placeholders;
    for (const MessageTemplates::Placeholder& placeholder : MessageTemplates::placeholders())
        placeholders.append(QJsonObject { { QStringLiteral("name"), placeholder.name },
            { QStringLiteral("description"), placeholder.description },
            { QStringLiteral("internalOnly"), placeholder.internalOnly } });
    QJsonObject answer { { QStringLiteral("templates"), list },
        { QStringLiteral("placeholders"), placeholders } };
    if (!warnings.isEmpty())
        answer.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return HttpResponse::json(200, QJsonDocument(answer));
}
