#include "app/api/incidentapi.h"

#include "app/api/apirequest.h"
#include "app/api/incidentjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using ApiRequest::authorOf;
using ApiRequest::text;

IncidentApi::IncidentApi(IncidentStore* store, SeverityPolicy policy, std::function<void()> committed)
    : m_store(store)
    , m_policy(std::move(policy))
    , m_committed(std::move(committed))
{
}

void IncidentApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    const auto id = [](const Parameters& parameters) { return parameters.value(QStringLiteral("id")); };
    routes.add("GET", QStringLiteral("/health"),
        [this](const HttpRequest& request, const Parameters&) { return health(request); });
    // Each under its own path and the seed's (/api/incident_response…): the same handler.
    for (const QString& incidents :
        { QStringLiteral("/incidents"), QStringLiteral("/api/incident_response") }) {
        const QString one = incidents + QStringLiteral("/{id}");
        routes.add("GET", incidents,
            [this](const HttpRequest& request, const Parameters&) { return list(request); });
        routes.add("POST", incidents,
            [this](const HttpRequest& request, const Parameters&) { return create(request); });
        routes.add("GET", one,
            [this, id](const HttpRequest&, const Parameters& parameters) { return show(id(parameters)); });
        for (const QByteArray& method : { QByteArray("PATCH"), QByteArray("PUT") })
            routes.add(method, one, [this, id](const HttpRequest& request, const Parameters& parameters) {
                return update(id(parameters), request);
            });
        routes.add("DELETE", one, [this, id](const HttpRequest& request, const Parameters& parameters) {
            return markFalseAlarm(id(parameters), request);
        });
    }
    routes.add("POST", QStringLiteral("/incidents/{id}/resolve"),
        [this, id](const HttpRequest& request, const Parameters& parameters) {
            return resolve(id(parameters), request);
        });
    routes.add("GET", QStringLiteral("/incidents/{id}/timeline"),
        [this, id](const HttpRequest& request, const Parameters& parameters) {
            return timeline(id(parameters), request);
        });
    routes.add("POST", QStringLiteral("/incidents/{id}/notes"),
        [this, id](const HttpRequest& request, const Parameters& parameters) {
            return addNote(id(parameters), request);
        });
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
    HttpResponse failure;
    const std::optional<ListPage> page = ListPage::read(request, u"incidents", 2, &failure);
    if (!page)
        return failure;
    std::optional<Incident> after;
    if (!page->after().isEmpty()) {
        // Where the last incident of the page before was in the order (by severity, then id), as it was
        // then: the seam stays there even if that incident's severity has changed since.
        after = Incident {};
        after->severity
            = SeverityNames::fromNumber(static_cast<int>(page->after().at(0))).value_or(Severity::Sev4);
        after->id = page->after().at(1);
    }
    const StoreResult<QList<Incident>> incidents
        = m_store->incidents().page(query, after, page->rowsToRead());
    if (!incidents)
        return HttpResponse::storeFailure(incidents);
    const StoreResult<int> total = m_store->incidents().count(query.filter);
    if (!total)
        return HttpResponse::storeFailure(total);
    QJsonArray array;
    for (const Incident& incident : page->shown(*incidents))
        array.append(IncidentJson::toJson(incident));
    QList<qint64> last;
    if (const Incident* lastShown = page->lastBeforeMore(*incidents))
        last = { static_cast<int>(lastShown->severity), lastShown->id };
    return HttpResponse::json(
        200, QJsonDocument(ListPage::answer(QStringLiteral("incidents"), array, *total, u"incidents", last)));
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
    if (const QString source = text(*body, "detectionSource"); !source.isEmpty()) {
        const std::optional<DetectionSource> parsed = kDetectionSources.parse(source);
        if (!parsed)
            return HttpResponse::invalid(
                tr("“%1” is not a detection source (%2).")
                    .arg(source, kDetectionSources.keys().join(QLatin1String(", "))));
        draft.detectionSource = *parsed;
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
    const StoreResult<Incident> incident = ApiRequest::findIncident(m_store, id);
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
    StoreResult<Incident> current = ApiRequest::findIncident(m_store, id);
    if (!current)
        return HttpResponse::storeFailure(current);
    const qint64 incidentId = current->id;
    const QString author = authorOf(request, *body);

    // Check everything first, so that a bad field changes nothing.
    QList<std::function<StoreResult<Incident>()>> changes;
    // "expected": {"title": "…"}: the values the caller saw, changed by nobody since (else 409, nothing
    // saved).
    const QJsonObject expected = body->value(QLatin1String("expected")).toObject();
    const std::pair<const char*, IncidentField> fields[] = { { "title", IncidentField::Title },
        { "description", IncidentField::Description }, { "service", IncidentField::Service },
        { "type", IncidentField::Type }, { "environment", IncidentField::Environment },
        { "warRoom", IncidentField::WarRoom }, { "regulatedData", IncidentField::RegulatedData },
        { "team", IncidentField::Team }, { "detectionSource", IncidentField::DetectionSource },
        { "eta", IncidentField::Eta }, { "usersAffected", IncidentField::UsersAffected },
        { "revenueImpact", IncidentField::RevenueImpact }, { "slaImpact", IncidentField::SlaImpact },
        { "customerSatisfaction", IncidentField::CustomerSatisfaction } };
    for (const auto& [key, field] : fields) {
        if (!body->contains(QLatin1String(key)))
            continue;
        // regulatedData may come as a list, as GET returns it, or as one comma-separated string; numbers as
        // numbers or text; null clears.
        const auto valueOf = [key = key](const QJsonObject& object) {
            const QJsonValue raw = object.value(QLatin1String(key));
            if (raw.isDouble()) {
                // A whole number as one; anything else as written, for the checks to refuse or keep.
                const double number = raw.toDouble();
                return number == std::floor(number) && std::abs(number) < 1e15
                    ? QString::number(static_cast<qint64>(number))
                    : QString::number(number, 'g', 17);
            }
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
        if ((field == IncidentField::Eta && !IncidentValues::eta(value))
            || (field == IncidentField::UsersAffected && !IncidentValues::usersAffected(value))
            || (field == IncidentField::CustomerSatisfaction && !IncidentValues::satisfaction(value)))
            return HttpResponse::invalid(
                tr("“%1” is not a value for %2: eta is an ISO 8601 time with its zone, "
                   "usersAffected a number of people, customerSatisfaction 1–5.")
                    .arg(value, QLatin1String(key)));
        if (field == IncidentField::DetectionSource && !kDetectionSources.parse(value))
            return HttpResponse::invalid(tr("“%1” is not a detection source (%2).")
                                             .arg(value, kDetectionSources.keys().join(QLatin1String(", "))));
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
               "regulatedData, detectionSource, eta, usersAffected, revenueImpact, slaImpact, "
               "customerSatisfaction, severity, status, commander or roles."));
    for (const auto& change : std::as_const(changes)) {
        current = change();
        if (!current)
            return HttpResponse::storeFailure(current);
    }
    if (!changes.isEmpty() && m_committed)
        m_committed();
    return HttpResponse::json(
        200, QJsonDocument(IncidentJson::toJson(*ApiRequest::findIncident(m_store, id))));
}

HttpResponse IncidentApi::resolve(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, false);
    if (!body)
        return failure;
    const StoreResult<Incident> current = ApiRequest::findIncident(m_store, id);
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

HttpResponse IncidentApi::timeline(const QString& id, const HttpRequest& request)
{
    const StoreResult<Incident> incident = ApiRequest::findIncident(m_store, id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    HttpResponse failure;
    const std::optional<ListPage> page = ListPage::read(request, u"timeline", 1, &failure);
    if (!page)
        return failure;
    // Entries are only ever added, in id order: the last one read is where the next page starts.
    const qint64 afterId = page->after().isEmpty() ? 0 : page->after().constFirst();
    const StoreResult<QList<TimelineEntry>> entries
        = m_store->incidents().timeline(incident->id, afterId, page->rowsToRead());
    if (!entries)
        return HttpResponse::storeFailure(entries);
    QJsonArray array;
    for (const TimelineEntry& entry : page->shown(*entries))
        array.append(IncidentJson::toJson(entry));
    const TimelineEntry* lastShown = page->lastBeforeMore(*entries);
    QJsonObject object = ListPage::answer(QStringLiteral("entries"), array, static_cast<int>(array.size()),
        u"timeline", lastShown ? QList<qint64> { lastShown->id } : QList<qint64> {});
    object.remove(QStringLiteral("total")); // counting them all would read them all
    object.insert(QLatin1String("incident"), incident->key);
    return HttpResponse::json(200, QJsonDocument(object));
}

HttpResponse IncidentApi::addNote(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
    if (!body)
        return failure;
    const StoreResult<Incident> incident = ApiRequest::findIncident(m_store, id);
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

HttpResponse IncidentApi::markFalseAlarm(const QString& id, const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, false);
    if (!body)
        return failure;
    StoreResult<Incident> incident = ApiRequest::findIncident(m_store, id);
    if (!incident)
        return HttpResponse::storeFailure(incident);
    if (incident->status == IncidentStatus::Closed)
        return HttpResponse::error(409, QStringLiteral("closed"),
            tr("%1 is closed already; nothing is deleted, its timeline stays.").arg(incident->key));
    const QString author = authorOf(request, *body);
    const QString reason = text(*body, "reason").trimmed();
    // Nothing is deleted: the timeline says it was a false alarm, and who said so, before it closes.
    const StoreResult<TimelineEntry> note = m_store->incidents().addNote(
        incident->id, reason.isEmpty() ? tr("False alarm.") : tr("False alarm: %1").arg(reason), author);
    if (!note)
        return HttpResponse::storeFailure(note);
    for (const IncidentStatus step : { IncidentStatus::Resolved, IncidentStatus::Closed }) {
        if (incident->status == step || !Lifecycle::canTransition(incident->status, step))
            continue;
        incident = m_store->incidents().changeStatus(incident->id, step, author);
        if (!incident)
            return HttpResponse::storeFailure(incident);
    }
    if (m_committed)
        m_committed();
    return HttpResponse::json(200, QJsonDocument(IncidentJson::toJson(*incident)));
}
