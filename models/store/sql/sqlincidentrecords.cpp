#include "models/store/sql/sqlincidentrecords.h"

#include "models/domain/timeformat.h"
#include "models/store/sql/sqlchecklistrecords.h"
#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

using namespace SqlSupport;

namespace {
constexpr int kMaxTitleLength = 300;
// Below this many matching rows, sorting them beats walking a sort index past the rest.
constexpr int kSortAfterFilteringBelow = 20000;

QString filterSql(const SqlDialect& dialect, const IncidentFilter& filter, QVariantList* bindings)
{
    QStringList parts;
    if (!filter.statuses.isEmpty())
        parts.append(QStringLiteral("status IN (%1)").arg(integerList(filter.statuses)));
    if (!filter.severities.isEmpty())
        parts.append(QStringLiteral("severity IN (%1)").arg(integerList(filter.severities)));
    if (!filter.service.isEmpty()) {
        parts.append(QStringLiteral("service = ?"));
        bindings->append(filter.service);
    }
    if (filter.environment) { // as environmentCovers
        parts.append(QStringLiteral("environment IN (?, ?)"));
        bindings->append(kEnvironments.key(*filter.environment));
        bindings->append(kEnvironments.key(Environment::All));
    }
    if (!filter.text.isEmpty()) {
        parts.append(QStringLiteral("(key %1 ? ESCAPE '\\' OR title %1 ? ESCAPE '\\' "
                                    "OR service %1 ? ESCAPE '\\' OR description %1 ? ESCAPE '\\')")
                         .arg(dialect.likeCaseless()));
        const QString pattern = likePattern(filter.text);
        for (int i = 0; i < 4; ++i)
            bindings->append(pattern);
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QLatin1String(" AND "));
}

// The SQL expression a sort key orders by, and the value of a row under it, for keyset paging.
QString sortExpression(const SqlDialect& dialect, IncidentSortKey key)
{
    switch (key) {
    case IncidentSortKey::Key:
        return {};
    case IncidentSortKey::Severity:
        return QStringLiteral("severity");
    case IncidentSortKey::Status:
        return QStringLiteral("status");
    case IncidentSortKey::Title:
        return dialect.caseless(QStringLiteral("title"));
    case IncidentSortKey::Service:
        return dialect.caseless(QStringLiteral("service"));
    case IncidentSortKey::Environment:
        return QStringLiteral("environment");
    case IncidentSortKey::DetectedAt:
        return QStringLiteral("detected_at");
    case IncidentSortKey::ResponseDue:
        return QStringLiteral("response_due_at");
    case IncidentSortKey::Commander:
        return dialect.caseless(QStringLiteral("commander"));
    }
    return {};
}

QVariant sortValue(IncidentSortKey key, const Incident& incident)
{
    switch (key) {
    case IncidentSortKey::Key:
        return {};
    case IncidentSortKey::Severity:
        return static_cast<int>(incident.severity);
    case IncidentSortKey::Status:
        return static_cast<int>(incident.status);
    case IncidentSortKey::Title:
        return incident.title;
    case IncidentSortKey::Service:
        return incident.service;
    case IncidentSortKey::Environment:
        return kEnvironments.key(incident.environment);
    case IncidentSortKey::DetectedAt:
        return incident.detectedAt.toMSecsSinceEpoch();
    case IncidentSortKey::ResponseDue:
        return incident.responseDueAt.toMSecsSinceEpoch();
    case IncidentSortKey::Commander:
        return incident.role(IncidentRole::Commander);
    }
    return {};
}

TimelineEntry change(TimelineKind kind, const QString& field, const QString& from, const QString& to)
{
    TimelineEntry entry;
    entry.kind = kind;
    entry.field = field;
    entry.oldValue = from;
    entry.newValue = to;
    return entry;
}
}

StoreResult<Incident> SqlIncidentRecords::declare(const IncidentDraft& draft, const QString& author)
{
    const QString title = draft.title.simplified();
    if (title.isEmpty())
        return rejected<Incident>(tr("An incident needs a title."));
    if (title.size() > kMaxTitleLength)
        return rejected<Incident>(tr("The title is longer than %1 characters.").arg(kMaxTitleLength));
    if (author.trimmed().isEmpty())
        return rejected<Incident>(tr("Every change needs an author."));

    const QDateTime now = m_session.now();
    Incident incident;
    incident.title = title;
    incident.description = draft.description.trimmed();
    incident.severity = draft.severity;
    incident.type = draft.type;
    incident.service = draft.service.trimmed();
    incident.environment = draft.environment;
    incident.role(IncidentRole::Commander) = draft.commander.trimmed();
    incident.detectionSource = draft.detectionSource;
    incident.detectedAt = draft.detectedAt.isValid() ? std::min(draft.detectedAt.toUTC(), now) : now;
    incident.responseDueAt
        = m_session.policy().responseTarget(incident.severity).deadline(incident.detectedAt);
    incident.createdAt = now;
    incident.updatedAt = now;
    incident.team = m_assignment.teamFor(incident);
    return m_session.inTransaction<Incident>(
        [&] { return insertDeclared(incident, draft.playbook, author.trimmed()); });
}

StoreResult<Incident> SqlIncidentRecords::insertDeclared(
    Incident incident, const QString& playbook, const QString& author)
{
    // Numbers restart each year: INC-2026-0001. The write lock makes max()+1 safe across processes.
    const QDateTime& now = incident.createdAt;
    const int year = now.date().year();
    QSqlQuery query(m_session.database());
    if (!prepareAndExec(query,
            QStringLiteral("SELECT coalesce(max(key_number), 0) + 1 FROM incidents WHERE key_year = ?"),
            { year })
        || !query.next())
        return failed<Incident>(query);
    const int number = query.value(0).toInt();
    incident.key = QStringLiteral("INC-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
    const StoreResult<QString> identity = m_session.identity();
    if (!identity)
        return StoreResult<Incident>::failureFrom(identity);
    incident.pageKey = incident.key + QLatin1Char('@') + *identity;

    QSqlQuery insert(m_session.database());
    if (!prepareAndExec(insert,
            QStringLiteral(
                "INSERT INTO incidents (key, key_year, key_number, title, description, severity, type, "
                "service, environment, status, commander, detected_at, response_due_at, created_at, "
                "updated_at, team, page_key, detection_source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { incident.key, year, number, incident.title, incident.description,
                static_cast<int>(incident.severity), kIncidentTypes.key(incident.type), incident.service,
                kEnvironments.key(incident.environment), static_cast<int>(incident.status),
                incident.role(IncidentRole::Commander), toDb(incident.detectedAt),
                toDb(incident.responseDueAt), toDb(now), toDb(now), incident.team, incident.pageKey,
                kDetectionSources.key(incident.detectionSource) })
        || !insert.next())
        return failed<Incident>(insert);
    incident.id = insert.value(0).toLongLong();
    insert.finish(); // a RETURNING statement is done only once stepped past its row
    QString error;
    if (!m_session.logChange(incident.id, 0, true, &error))
        return StoreResult<Incident>::failure(StoreErrorKind::Unavailable, error);

    TimelineEntry declared;
    declared.incidentId = incident.id;
    declared.at = now;
    declared.author = author;
    declared.kind = TimelineKind::Declared;
    declared.newValue = SeverityNames::code(incident.severity);
    declared.body = incident.title;
    declared.field = incident.team; // who has it, on the record from the start (the assignment rules chose)
    QList<TimelineEntry> entries { declared };
    if (!incident.role(IncidentRole::Commander).isEmpty()) {
        TimelineEntry role = change(TimelineKind::RoleAssigned, kIncidentRoles.key(IncidentRole::Commander),
            {}, incident.role(IncidentRole::Commander));
        role.incidentId = incident.id;
        role.at = now;
        role.author = author;
        entries.append(role);
    }
    for (const TimelineEntry& entry : std::as_const(entries)) {
        if (const StoreResult<qint64> written = m_journal.insertEntry(entry); !written)
            return StoreResult<Incident>::failureFrom(written);
    }
    // Its playbooks come with it, so the commander has the checklist at once.
    if (const StoreResult<bool> attached
        = m_checklists.attachDeclaredPlaybooks(incident, playbook, now, author);
        !attached)
        return StoreResult<Incident>::failureFrom(attached);
    return incident;
}

SqlIncidentRecords::SqlIncidentRecords(
    SqlSession& session, SqlJournal& journal, SqlChecklistRecords& checklists)
    : m_session(session)
    , m_journal(journal)
    , m_checklists(checklists)
{
}

QString SqlIncidentRecords::alreadyThere(qint64 incidentId, IncidentStatus status)
{
    // Two commanders acknowledge at once: the second is told who was first, and when.
    const StoreResult<QList<TimelineEntry>> moved = m_journal.selectEntries(
        QStringLiteral("incident_id = ? AND kind = ? AND new_value = ? ORDER BY id DESC"),
        { incidentId, static_cast<int>(TimelineKind::StatusChanged), Lifecycle::key(status) }, 1);
    if (!moved || moved->isEmpty())
        return Lifecycle::whyNot(status, status);
    return tr("%1 already moved the incident to %2, at %3.")
        .arg(moved->first().author, Lifecycle::label(status).toLower(), TimeFormat::local(moved->first().at));
}

StoreResult<Incident> SqlIncidentRecords::changeStatus(
    qint64 incidentId, IncidentStatus to, const QString& author)
{
    return m_journal.mutate(incidentId, author, [this, to](Incident& incident, const QDateTime& now) {
        const IncidentStatus from = incident.status;
        if (from == to)
            return StoreResult<QList<TimelineEntry>>::failure(
                StoreErrorKind::Rejected, alreadyThere(incident.id, to));
        if (!Lifecycle::canTransition(from, to))
            return StoreResult<QList<TimelineEntry>>::failure(
                StoreErrorKind::Rejected, Lifecycle::whyNot(from, to));
        incident.status = to;
        // Leaving "triggered" by any route is the acknowledgement that response targets measure.
        if (!incident.acknowledgedAt.isValid())
            incident.acknowledgedAt = now;
        if (Lifecycle::isReopen(from, to)) {
            incident.mitigatedAt = {};
            incident.resolvedAt = {};
            incident.closedAt = {};
        }
        if ((to == IncidentStatus::Monitoring || to == IncidentStatus::Resolved)
            && !incident.mitigatedAt.isValid())
            incident.mitigatedAt = now;
        if (to == IncidentStatus::Resolved)
            incident.resolvedAt = now;
        if (to == IncidentStatus::Closed)
            incident.closedAt = now;
        return StoreResult<QList<TimelineEntry>>({ change(TimelineKind::StatusChanged,
            QStringLiteral("status"), Lifecycle::key(from), Lifecycle::key(to)) });
    });
}

StoreResult<Incident> SqlIncidentRecords::changeSeverity(
    qint64 incidentId, Severity to, const QString& author)
{
    return m_journal.mutate(incidentId, author, [this, to](Incident& incident, const QDateTime&) {
        if (incident.severity == to)
            return StoreResult<QList<TimelineEntry>>(QList<TimelineEntry> {});
        const Severity from = incident.severity;
        incident.severity = to;
        // Until someone acknowledges, the response target follows the current severity.
        if (!incident.acknowledgedAt.isValid())
            incident.responseDueAt = m_session.policy().responseTarget(to).deadline(incident.detectedAt);
        return StoreResult<QList<TimelineEntry>>({ change(TimelineKind::SeverityChanged,
            QStringLiteral("severity"), SeverityNames::code(from), SeverityNames::code(to)) });
    });
}

StoreResult<Incident> SqlIncidentRecords::assignRole(
    qint64 incidentId, IncidentRole role, const QString& person, const QString& author)
{
    const QString name = person.simplified();
    return m_journal.mutate(incidentId, author, [role, name](Incident& incident, const QDateTime&) {
        if (incident.role(role) == name)
            return StoreResult<QList<TimelineEntry>>(QList<TimelineEntry> {});
        const QString previous = incident.role(role);
        incident.role(role) = name;
        return StoreResult<QList<TimelineEntry>>(
            { change(TimelineKind::RoleAssigned, kIncidentRoles.key(role), previous, name) });
    });
}

QString SqlIncidentRecords::whoChangedFirst(qint64 incidentId, IncidentField field, const QString& current)
{
    const QString label = IncidentFieldNames::label(field).toLower();
    const StoreResult<QList<TimelineEntry>> edited = m_journal.selectEntries(
        QStringLiteral("incident_id = ? AND kind = ? AND field = ? ORDER BY id DESC"),
        { incidentId, static_cast<int>(TimelineKind::FieldEdited), IncidentFieldNames::key(field) }, 1);
    if (!edited || edited->isEmpty())
        return tr("The %1 is “%2” now, not what it was when you began editing it: your change was not saved.")
            .arg(label, current);
    return tr("%1 changed the %2 to “%3” at %4, after you began editing it: your change was not saved.")
        .arg(edited->first().author, label, current, TimeFormat::local(edited->first().at));
}

StoreResult<Incident> SqlIncidentRecords::editField(qint64 incidentId, IncidentField field,
    const QString& value, const QString& author, const std::optional<QString>& basedOn)
{
    using Entries = StoreResult<QList<TimelineEntry>>;
    return m_journal.mutate(incidentId, author,
        [this, incidentId, field, value, basedOn](Incident& incident, const QDateTime&) -> Entries {
            QString* text = nullptr;
            QString newValue = value.trimmed();
            // As kept, before this edit: what an edit based on an earlier value is compared with.
            const QString oldValue = IncidentFieldNames::valueOf(incident, field);
            switch (field) {
            case IncidentField::Title:
                newValue = value.simplified();
                if (newValue.isEmpty())
                    return Entries::failure(StoreErrorKind::Rejected, tr("An incident needs a title."));
                if (newValue.size() > kMaxTitleLength)
                    return Entries::failure(StoreErrorKind::Rejected,
                        tr("The title is longer than %1 characters.").arg(kMaxTitleLength));
                text = &incident.title;
                break;
            case IncidentField::Description:
                text = &incident.description;
                break;
            case IncidentField::Service:
                text = &incident.service;
                break;
            case IncidentField::Type: {
                const std::optional<IncidentType> type = kIncidentTypes.parse(newValue);
                if (!type)
                    return Entries::failure(StoreErrorKind::Rejected,
                        tr("“%1” is not an incident type (%2).")
                            .arg(value, kIncidentTypes.keys().join(QLatin1String(", "))));
                newValue = kIncidentTypes.key(*type);
                incident.type = *type;
                break;
            }
            case IncidentField::WarRoom:
                text = &incident.warRoom;
                break;
            case IncidentField::Team:
                text = &incident.team;
                break;
            case IncidentField::DetectionSource: {
                const std::optional<DetectionSource> source = kDetectionSources.parse(newValue);
                if (!source)
                    return Entries::failure(StoreErrorKind::Rejected,
                        tr("“%1” is not a detection source (%2).")
                            .arg(value, kDetectionSources.keys().join(QLatin1String(", "))));
                newValue = kDetectionSources.key(*source);
                incident.detectionSource = *source;
                break;
            }
            case IncidentField::Eta: {
                const std::optional<QDateTime> eta = IncidentValues::eta(newValue);
                if (!eta)
                    return Entries::failure(StoreErrorKind::Rejected,
                        tr("“%1” is not a time with its zone, e.g. 2026-11-23T16:00:00Z.").arg(value));
                newValue = IncidentFieldNames::comparable(field, newValue);
                incident.eta = *eta;
                break;
            }
            case IncidentField::UsersAffected: {
                const std::optional<std::optional<qint64>> users = IncidentValues::usersAffected(newValue);
                if (!users)
                    return Entries::failure(
                        StoreErrorKind::Rejected, tr("“%1” is not a number of people.").arg(value));
                newValue = IncidentFieldNames::comparable(field, newValue);
                incident.usersAffected = *users;
                break;
            }
            case IncidentField::CustomerSatisfaction: {
                const std::optional<int> rating = IncidentValues::satisfaction(newValue);
                if (!rating)
                    return Entries::failure(StoreErrorKind::Rejected,
                        tr("Customer satisfaction is a rating from 1 to 5 (0 or nothing: not rated), not "
                           "“%1”.")
                            .arg(value));
                newValue = IncidentFieldNames::comparable(field, newValue);
                incident.customerSatisfaction = *rating;
                break;
            }
            case IncidentField::RevenueImpact:
            case IncidentField::SlaImpact:
                if (newValue.size() > IncidentValues::kMostImpactText)
                    return Entries::failure(StoreErrorKind::Rejected,
                        tr("The %1 is longer than %2 characters.")
                            .arg(IncidentFieldNames::label(field).toLower())
                            .arg(IncidentValues::kMostImpactText));
                text = field == IncidentField::RevenueImpact ? &incident.revenueImpact : &incident.slaImpact;
                break;
            case IncidentField::RegulatedData: {
                QString error;
                const std::optional<QStringList> kinds = RegulatedData::parse(newValue, &error);
                if (!kinds)
                    return Entries::failure(StoreErrorKind::Rejected, error);
                newValue = kinds->join(QLatin1String(", "));
                incident.regulatedData = *kinds;
                break;
            }
            case IncidentField::Environment: {
                const std::optional<Environment> environment = kEnvironments.parse(newValue);
                if (!environment)
                    return Entries::failure(StoreErrorKind::Rejected,
                        tr("“%1” is not an environment (%2).")
                            .arg(value, kEnvironments.keys().join(QLatin1String(", "))));
                newValue = kEnvironments.key(*environment);
                incident.environment = *environment;
                break;
            }
            }
            if (text)
                *text = newValue;
            // Optimistic concurrency: an edit made on a value that is no longer there overwrites nobody.
            if (basedOn && IncidentFieldNames::comparable(field, *basedOn) != oldValue)
                return Entries::failure(
                    StoreErrorKind::Conflict, whoChangedFirst(incidentId, field, oldValue));
            if (oldValue == newValue)
                return Entries(QList<TimelineEntry> {});
            return Entries(
                { change(TimelineKind::FieldEdited, IncidentFieldNames::key(field), oldValue, newValue) });
        });
}

StoreResult<TimelineEntry> SqlIncidentRecords::addNote(
    qint64 incidentId, const QString& text, const QString& author)
{
    if (text.trimmed().isEmpty())
        return rejected<TimelineEntry>(tr("A note needs some text."));
    TimelineEntry note;
    note.kind = TimelineKind::Note;
    note.body = text.trimmed();
    return m_journal.appendEntry(incidentId, note, author);
}

StoreResult<TimelineEntry> SqlIncidentRecords::addCorrection(
    qint64 entryId, const QString& text, const QString& author)
{
    if (text.trimmed().isEmpty())
        return rejected<TimelineEntry>(tr("A correction needs some text."));
    const StoreResult<QList<TimelineEntry>> original
        = m_journal.selectEntries(QStringLiteral("id = ?"), { entryId }, 1);
    if (!original)
        return StoreResult<TimelineEntry>::failureFrom(original);
    if (original->isEmpty())
        return StoreResult<TimelineEntry>::failure(
            StoreErrorKind::NotFound, tr("There is no timeline entry #%1.").arg(entryId));
    TimelineEntry correction;
    correction.kind = TimelineKind::Correction;
    correction.body = text.trimmed();
    correction.correctsId = entryId;
    return m_journal.appendEntry(original->first().incidentId, correction, author);
}

StoreResult<Incident> SqlIncidentRecords::incident(qint64 incidentId)
{
    return m_journal.incident(incidentId);
}

StoreResult<Incident> SqlIncidentRecords::incidentByKey(const QString& key)
{
    const StoreResult<QList<Incident>> rows
        = m_journal.selectIncidents(QStringLiteral("key = ?"), { key.trimmed().toUpper() });
    if (!rows)
        return StoreResult<Incident>::failureFrom(rows);
    if (rows->isEmpty())
        return StoreResult<Incident>::failure(
            StoreErrorKind::NotFound, tr("There is no incident %1.").arg(key));
    return rows->first();
}

StoreResult<QList<Incident>> SqlIncidentRecords::page(
    const IncidentQuery& query, const std::optional<Incident>& after, int limit)
{
    QVariantList bindings;
    const SqlDialect& dialect = m_session.dialect();
    QString where = filterSql(dialect, query.filter, &bindings);
    const QString expression = sortExpression(dialect, query.sort.key);
    const bool ascending = query.sort.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString comparison = ascending ? QStringLiteral(">") : QStringLiteral("<");
    if (after) {
        if (expression.isEmpty()) {
            where += QStringLiteral(" AND id %1 ?").arg(comparison);
        } else {
            const bool text = query.sort.key == IncidentSortKey::Title
                || query.sort.key == IncidentSortKey::Service || query.sort.key == IncidentSortKey::Commander;
            where
                += QStringLiteral(" AND (%1, id) %2 (%3, ?)")
                       .arg(expression, comparison, text ? dialect.caselessParameter() : QStringLiteral("?"));
            bindings.append(sortValue(query.sort.key, *after));
        }
        bindings.append(after->id);
    }
    // SQLite prefers walking the sort column's index even when the filter keeps a
    // few hundred rows of 100,000 (the active queue). When an indexed filter is
    // that selective, filter by its index and sort the few rows instead: the unary
    // + keeps the planner off the sort index.
    QString orderExpression = expression;
    if (!expression.isEmpty() && query.filter.text.isEmpty() && query.filter != IncidentFilter {}) {
        const StoreResult<int> matching = count(query.filter);
        if (matching && *matching <= kSortAfterFilteringBelow)
            orderExpression = dialect.withoutIndex(expression);
    }
    const QString orderBy = expression.isEmpty()
        ? QStringLiteral("id") + direction
        : orderExpression + direction + QStringLiteral(", id") + direction;
    return m_journal.selectIncidents(where, bindings, orderBy, limit);
}

StoreResult<int> SqlIncidentRecords::count(const IncidentFilter& filter)
{
    QVariantList bindings;
    const QString where = filterSql(m_session.dialect(), filter, &bindings);
    QSqlQuery query(m_session.database());
    if (!prepareAndExec(query, QStringLiteral("SELECT count(*) FROM incidents WHERE ") + where, bindings)
        || !query.next())
        return failed<int>(query);
    return query.value(0).toInt();
}

StoreResult<QStringList> SqlIncidentRecords::services()
{
    QSqlQuery query(m_session.database());
    if (!query.exec(
            QStringLiteral("SELECT service FROM incidents WHERE service <> '' GROUP BY service ORDER BY %1")
                .arg(m_session.dialect().caseless(QStringLiteral("service")))))
        return failed<QStringList>(query);
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

StoreResult<QList<TimelineEntry>> SqlIncidentRecords::timeline(qint64 incidentId, qint64 afterId, int limit)
{
    return m_journal.timeline(incidentId, afterId, limit);
}
