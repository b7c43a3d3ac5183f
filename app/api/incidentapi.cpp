#include "app/api/incidentapi.h"

#include "app/api/incidentjson.h"
#include "app/api/reviewapi.h"
#include "models/rules/communicationplan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr int kDefaultListLimit = 100;
constexpr int kMaxListLimit = 1000;

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}
}

IncidentApi::IncidentApi(IncidentStore* store, SeverityPolicy policy, std::function<void()> committed,
    EscalationConfig escalation, PlaybookCatalog playbooks)
    : m_store(store)
    , m_policy(std::move(policy))
    , m_committed(std::move(committed))
    , m_escalation(std::move(escalation))
    , m_playbooks(std::move(playbooks))
{
}

HttpResponse IncidentApi::handle(const HttpRequest& request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray& method = request.method;
    const auto notAllowed = &HttpResponse::methodNotAllowed;
    if (parts == QStringList { QStringLiteral("health") })
        return method == "GET" ? health(request) : notAllowed("GET");
    if (parts == QStringList { QStringLiteral("escalation-policies") })
        return method == "GET" ? escalationPolicies() : notAllowed("GET");
    if (parts == QStringList { QStringLiteral("playbooks") })
        return method == "GET" ? playbooks() : notAllowed("GET");
    if (!parts.isEmpty() && parts.first() == QLatin1String("incidents")) {
        if (parts.size() == 1) {
            if (method == "GET")
                return list(request);
            if (method == "POST")
                return create(request);
            return notAllowed("GET, POST");
        }
        const QString& id = parts.at(1);
        if (parts.size() == 2) {
            if (method == "GET")
                return show(id);
            if (method == "PATCH")
                return update(id, request);
            return notAllowed("GET, PATCH");
        }
        if (parts.size() == 3 && parts.at(2) == QLatin1String("resolve"))
            return method == "POST" ? resolve(id, request) : notAllowed("POST");
        if (parts.size() == 3 && parts.at(2) == QLatin1String("timeline"))
            return method == "GET" ? timeline(id) : notAllowed("GET");
        if (parts.size() == 3 && parts.at(2) == QLatin1String("notes"))
            return method == "POST" ? addNote(id, request) : notAllowed("POST");
        if (parts.size() == 3 && parts.at(2) == QLatin1String("escalate"))
            return method == "POST" ? escalate(id, request) : notAllowed("POST");
        if (parts.size() == 3 && parts.at(2) == QLatin1String("checklist"))
            return method == "GET" ? checklist(id) : notAllowed("GET");
        if (parts.size() == 3 && parts.at(2) == QLatin1String("communications"))
            return method == "GET" ? communications(id) : notAllowed("GET");
        if (parts.size() == 3 && parts.at(2) == QLatin1String("pir") && m_reviews) {
            if (method != "POST")
                return notAllowed("POST");
            const StoreResult<Incident> incident = find(id);
            if (!incident)
                return HttpResponse::storeFailure(incident);
            HttpResponse failure;
            const std::optional<QJsonObject> body = request.jsonObject(&failure, false);
            if (!body)
                return failure;
            HttpResponse answer = m_reviews->write(*incident, *body, authorOf(request, *body));
            if (answer.status < 300 && m_committed)
                m_committed();
            return answer;
        }
    }
    return HttpResponse::error(
        404, QStringLiteral("not_found"), tr("There is nothing at %1.").arg(request.path));
}

QString IncidentApi::authorOf(const HttpRequest& request, const QJsonObject& body) const
{
    const QString fromBody = text(body, "author").trimmed();
    if (!fromBody.isEmpty())
        return fromBody;
    const QString fromHeader = QString::fromUtf8(request.header("x-incident-author")).trimmed();
    return fromHeader.isEmpty() ? QStringLiteral("api") : fromHeader;
}

StoreResult<Incident> IncidentApi::find(const QString& id)
{
    bool isNumber = false;
    const qint64 number = id.toLongLong(&isNumber);
    return isNumber ? m_store->incidents().incident(number) : m_store->incidents().incidentByKey(id);
}

HttpResponse IncidentApi::health(const HttpRequest& request)
{
    // A probe is asked every few seconds: the place to notice that a restarted server can be used again.
    QString unreachable;
    const bool connected = m_store->changes().restoreConnection(&unreachable);
    const StoreResult<int> active = connected
        ? m_store->incidents().count(IncidentFilter::activeOnly())
        : StoreResult<int>::failure(StoreErrorKind::Unavailable, unreachable);
    const AlertInboxState inbox = m_inboxState ? m_inboxState() : AlertInboxState {};
    QJsonObject object;
    // Alerts stuck in the inbox are accepted and safe, but not in the store: the console is not all right.
    object.insert(QLatin1String("status"),
        active && inbox.problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("degraded"));
    // A probe needs no token, and learns no more than that: the reasons name
    // files and paths, and the counts are the incident list's business.
    if (!request.senderProven)
        return HttpResponse::json(active ? 200 : 503, QJsonDocument(object));
    object.insert(QLatin1String("version"), QCoreApplication::applicationVersion());
    object.insert(QLatin1String("database"), active ? QStringLiteral("ok") : active.error());
    if (active)
        object.insert(QLatin1String("activeIncidents"), *active);
    QJsonObject inboxObject { { QLatin1String("waitingAlerts"), inbox.waitingAlerts } };
    if (!inbox.problem.isEmpty())
        inboxObject.insert(QLatin1String("problem"), inbox.problem);
    if (inbox.setAsideEntries > 0)
        inboxObject.insert(QLatin1String("setAsideEntries"), inbox.setAsideEntries);
    object.insert(QLatin1String("alertInbox"), inboxObject);
    return HttpResponse::json(active ? 200 : 503, QJsonDocument(object));
}

HttpResponse IncidentApi::list(const HttpRequest& request)
{
    IncidentQuery query;
    const QString statuses = request.query.queryItemValue(QStringLiteral("status"));
    for (const QString& word : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (word.trimmed() == QLatin1String("active")) {
            query.filter.statuses.append(IncidentFilter::activeOnly().statuses);
            continue;
        }
        const std::optional<IncidentStatus> status = Lifecycle::parse(word);
        if (!status)
            return HttpResponse::invalid(tr("“%1” is not a status.").arg(word));
        query.filter.statuses.append(*status);
    }
    const QString severities = request.query.queryItemValue(QStringLiteral("severity"));
    for (const QString& word : severities.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Severity> severity = m_policy.severityFor(word);
        if (!severity)
            return HttpResponse::invalid(tr("“%1” is not a severity.").arg(word));
        query.filter.severities.append(*severity);
    }
    query.filter.service = request.query.queryItemValue(QStringLiteral("service"));
    const QString environment = request.query.queryItemValue(QStringLiteral("environment"));
    if (!environment.isEmpty()) {
        query.filter.environment = kEnvironments.parse(environment);
        if (!query.filter.environment)
            return HttpResponse::invalid(tr("“%1” is not an environment.").arg(environment));
    }
    query.filter.text = request.query.queryItemValue(QStringLiteral("q"));
    bool limitOk = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? kDefaultListLimit : limitText.toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > kMaxListLimit)
        return HttpResponse::invalid(tr("limit must be a number from 1 to %1.").arg(kMaxListLimit));

    const StoreResult<QList<Incident>> incidents = m_store->incidents().page(query, std::nullopt, limit);
    if (!incidents)
        return HttpResponse::storeFailure(incidents);
    const StoreResult<int> total = m_store->incidents().count(query.filter);
    if (!total)
        return HttpResponse::storeFailure(total);
    QJsonArray array;
    for (const Incident& incident : *incidents)
        array.append(IncidentJson::toJson(incident));
    QJsonObject object;
    object.insert(QLatin1String("incidents"), array);
    object.insert(QLatin1String("total"), *total);
    return HttpResponse::json(200, QJsonDocument(object));
}

HttpResponse IncidentApi::create(const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
    if (!body)
        return failure;
    IncidentDraft draft;
    draft.title = text(*body, "title");
    draft.description = text(*body, "description");
    draft.service = text(*body, "service");
    draft.commander = text(*body, "commander");
    const QString severity = text(*body, "severity");
    if (severity.isEmpty())
        return HttpResponse::invalid(
            tr("Say how severe it is: \"severity\" (sev1–sev4, critical, high, medium, low, …)."));
    const std::optional<Severity> parsedSeverity = m_policy.severityFor(severity);
    if (!parsedSeverity)
        return HttpResponse::invalid(tr("“%1” is not a severity.").arg(severity));
    draft.severity = *parsedSeverity;
    if (const QString type = text(*body, "type"); !type.isEmpty()) {
        const std::optional<IncidentType> parsed = kIncidentTypes.parse(type);
        if (!parsed)
            return HttpResponse::invalid(tr("“%1” is not an incident type (%2).")
                                             .arg(type, kIncidentTypes.keys().join(QLatin1String(", "))));
        draft.type = *parsed;
    }
    if (const QString environment = text(*body, "environment"); !environment.isEmpty()) {
        const std::optional<Environment> parsed = kEnvironments.parse(environment);
        if (!parsed)
            return HttpResponse::invalid(
                tr("“%1” is not an environment (%2).")
                    .arg(environment, kEnvironments.keys().join(QLatin1String(", "))));
        draft.environment = *parsed;
    }
    if (const QString detected = text(*body, "detectedAt"); !detected.isEmpty()) {
        draft.detectedAt = QDateTime::fromString(detected, Qt::ISODateWithMs);
        if (!draft.detectedAt.isValid() || draft.detectedAt.timeSpec() == Qt::LocalTime)
            return HttpResponse::invalid(
                tr("detectedAt must be an ISO 8601 time with its zone, e.g. 2026-11-23T14:02:00Z."));
    }
    const StoreResult<Incident> incident = m_store->incidents().declare(draft, authorOf(request, *body));
    if (!incident)
        return HttpResponse::storeFailure(incident);
    if (m_committed)
        m_committed();
    HttpResponse response = HttpResponse::json(201, QJsonDocument(IncidentJson::toJson(*incident)));
    response.headers.append(qMakePair(QByteArray("Location"), "/incidents/" + incident->key.toUtf8()));
    return response;
}

HttpResponse IncidentApi::show(const QString& id)
{
    const StoreResult<Incident> incident = find(id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    return HttpResponse::json(200, QJsonDocument(IncidentJson::toJson(*incident)));
}

HttpResponse IncidentApi::update(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
    if (!body)
        return failure;
    StoreResult<Incident> current = find(id);
    if (!current)
        return HttpResponse::storeFailure(current);
    const qint64 incidentId = current->id;
    const QString author = authorOf(request, *body);

    // Check everything first, so that a bad field changes nothing.
    QList<std::function<StoreResult<Incident>()>> changes;
    // "expected": {"title": "…"}: the values the caller saw, changed by nobody since (else 409, nothing
    // saved).
    const QJsonObject expected = body->value(QLatin1String("expected")).toObject();
    const std::pair<const char*, IncidentField> fields[]
        = { { "title", IncidentField::Title }, { "description", IncidentField::Description },
              { "service", IncidentField::Service }, { "type", IncidentField::Type },
              { "environment", IncidentField::Environment }, { "warRoom", IncidentField::WarRoom },
              { "regulatedData", IncidentField::RegulatedData }, { "team", IncidentField::Team } };
    for (const auto& [key, field] : fields) {
        if (!body->contains(QLatin1String(key)))
            continue;
        // regulatedData may come as a list, as GET returns it, or as one comma-separated string.
        const auto valueOf = [key = key](const QJsonObject& object) {
            const QJsonValue raw = object.value(QLatin1String(key));
            return raw.isArray() ? raw.toVariant().toStringList().join(QLatin1Char(',')) : text(object, key);
        };
        const QString value = valueOf(*body);
        const std::optional<QString> basedOn = expected.contains(QLatin1String(key))
            ? std::optional<QString>(valueOf(expected))
            : std::nullopt;
        if (QString error; field == IncidentField::RegulatedData && !RegulatedData::parse(value, &error))
            return HttpResponse::invalid(error);
        if (field == IncidentField::Title && value.trimmed().isEmpty())
            return HttpResponse::invalid(tr("An incident needs a title."));
        if (field == IncidentField::Type && !kIncidentTypes.parse(value))
            return HttpResponse::invalid(tr("“%1” is not an incident type (%2).")
                                             .arg(value, kIncidentTypes.keys().join(QLatin1String(", "))));
        if (field == IncidentField::Environment && !kEnvironments.parse(value))
            return HttpResponse::invalid(tr("“%1” is not an environment (%2).")
                                             .arg(value, kEnvironments.keys().join(QLatin1String(", "))));
        // Checked before anything is written, so that a stale field among several leaves all of them as they
        // were; the store says who changed it, and when (and writes nothing).
        if (basedOn
            && IncidentFieldNames::comparable(field, *basedOn)
                != IncidentFieldNames::valueOf(*current, field)) {
            if (const StoreResult<Incident> refused
                = m_store->incidents().editField(incidentId, field, value, author, basedOn);
                !refused)
                return HttpResponse::storeFailure(refused);
        }
        changes.append([this, incidentId, field = field, value, author, basedOn] {
            return m_store->incidents().editField(incidentId, field, value, author, basedOn);
        });
    }
    QJsonObject roles = body->value(QLatin1String("roles")).toObject();
    if (body->contains(QLatin1String("commander")))
        roles.insert(QLatin1String("commander"), body->value(QLatin1String("commander")));
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        const std::optional<IncidentRole> role = kIncidentRoles.parse(it.key());
        if (!role)
            return HttpResponse::invalid(tr("“%1” is not a role (%2).")
                                             .arg(it.key(), kIncidentRoles.keys().join(QLatin1String(", "))));
        changes.append([this, incidentId, role = *role, person = it.value().toString(), author] {
            return m_store->incidents().assignRole(incidentId, role, person, author);
        });
    }
    if (body->contains(QLatin1String("severity"))) {
        const std::optional<Severity> severity = m_policy.severityFor(text(*body, "severity"));
        if (!severity)
            return HttpResponse::invalid(tr("“%1” is not a severity.").arg(text(*body, "severity")));
        changes.append([this, incidentId, severity = *severity, author] {
            return m_store->incidents().changeSeverity(incidentId, severity, author);
        });
    }
    if (body->contains(QLatin1String("status"))) {
        const std::optional<IncidentStatus> status = Lifecycle::parse(text(*body, "status"));
        if (!status)
            return HttpResponse::invalid(tr("“%1” is not a status.").arg(text(*body, "status")));
        if (*status != current->status && !Lifecycle::canTransition(current->status, *status))
            return HttpResponse::error(
                409, QStringLiteral("invalid_transition"), Lifecycle::whyNot(current->status, *status));
        if (*status != current->status)
            changes.append([this, incidentId, status = *status, author] {
                return m_store->incidents().changeStatus(incidentId, status, author);
            });
    }
    if (changes.isEmpty() && !body->isEmpty() && !body->contains(QLatin1String("author")))
        return HttpResponse::invalid(
            tr("Nothing to change: use title, description, service, type, environment, team, warRoom, "
               "regulatedData, severity, status, commander or roles."));
    for (const auto& change : std::as_const(changes)) {
        current = change();
        if (!current)
            return HttpResponse::storeFailure(current);
    }
    if (!changes.isEmpty() && m_committed)
        m_committed();
    return HttpResponse::json(200, QJsonDocument(IncidentJson::toJson(*find(id))));
}

HttpResponse IncidentApi::resolve(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, false);
    if (!body)
        return failure;
    const StoreResult<Incident> current = find(id);
    if (!current)
        return HttpResponse::storeFailure(current);
    if (!Lifecycle::canTransition(current->status, IncidentStatus::Resolved))
        return HttpResponse::error(409, QStringLiteral("invalid_transition"),
            Lifecycle::whyNot(current->status, IncidentStatus::Resolved));
    const QString author = authorOf(request, *body);
    const StoreResult<Incident> resolved
        = m_store->incidents().changeStatus(current->id, IncidentStatus::Resolved, author);
    if (!resolved)
        return HttpResponse::storeFailure(resolved);
    if (const QString note
        = text(*body, "resolution").isEmpty() ? text(*body, "note") : text(*body, "resolution");
        !note.trimmed().isEmpty())
        m_store->incidents().addNote(current->id, note, author);
    if (m_committed)
        m_committed();
    return HttpResponse::json(200, QJsonDocument(IncidentJson::toJson(*resolved)));
}

HttpResponse IncidentApi::timeline(const QString& id)
{
    const StoreResult<Incident> incident = find(id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    const StoreResult<QList<TimelineEntry>> entries = m_store->incidents().timeline(incident->id, 0, 100000);
    if (!entries)
        return HttpResponse::storeFailure(entries);
    QJsonArray array;
    for (const TimelineEntry& entry : *entries)
        array.append(IncidentJson::toJson(entry));
    QJsonObject object;
    object.insert(QLatin1String("incident"), incident->key);
    object.insert(QLatin1String("entries"), array);
    return HttpResponse::json(200, QJsonDocument(object));
}

HttpResponse IncidentApi::addNote(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
    if (!body)
        return failure;
    const StoreResult<Incident> incident = find(id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    const StoreResult<TimelineEntry> note
        = m_store->incidents().addNote(incident->id, text(*body, "text"), authorOf(request, *body));
    if (!note)
        return HttpResponse::storeFailure(note);
    if (m_committed)
        m_committed();
    return HttpResponse::json(201, QJsonDocument(IncidentJson::toJson(*note)));
}

HttpResponse IncidentApi::escalate(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, false);
    if (!body)
        return failure;
    const StoreResult<Incident> incident = find(id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    const StoreResult<TimelineEntry> entry
        = m_store->escalation().escalateNow(incident->id, m_escalation, authorOf(request, *body));
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

HttpResponse IncidentApi::escalationPolicies()
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

HttpResponse IncidentApi::playbooks()
{
    QJsonArray list;
    for (const Playbook& playbook : m_playbooks.playbooks) {
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
        if (playbook.incidentType)
            object.insert(QStringLiteral("incident_type"), kIncidentTypes.key(*playbook.incidentType));
        list.append(object);
    }
    QJsonArray runbooks;
    for (const Runbook& runbook : m_playbooks.runbooks)
        runbooks.append(
            QJsonObject { { QStringLiteral("id"), runbook.id }, { QStringLiteral("title"), runbook.title } });
    return HttpResponse::json(200,
        QJsonDocument(
            QJsonObject { { QStringLiteral("playbooks"), list }, { QStringLiteral("runbooks"), runbooks } }));
}

HttpResponse IncidentApi::checklist(const QString& id)
{
    const StoreResult<Incident> incident = find(id);
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

HttpResponse IncidentApi::communications(const QString& id)
{
    const StoreResult<Incident> incident = find(id);
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
