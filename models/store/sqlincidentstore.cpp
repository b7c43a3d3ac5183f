#include "sqlincidentstore.h"

#include "sqlitedatabase.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlSupport;

namespace {
const QString kIncidentColumns = QStringLiteral(
    "id, key, title, description, severity, type, service, environment, status, "
    "commander, technical_lead, communications_lead, security_lead, "
    "detected_at, response_due_at, acknowledged_at, mitigated_at, resolved_at, closed_at, created_at, updated_at, "
    "war_room, regulated_data, team, page_key");

const QString kEntryColumns
    = QStringLiteral("id, incident_id, at, author, kind, field, old_value, new_value, body, corrects_id, origin");

constexpr int kMaxTitleLength = 300;
// Below this many matching rows, sorting them beats walking a sort index past the rest.
constexpr int kSortAfterFilteringBelow = 20000;



Incident readIncident(const QSqlQuery& q)
{
    Incident incident;
    incident.id = q.value(0).toLongLong();
    incident.key = q.value(1).toString();
    incident.title = q.value(2).toString();
    incident.description = q.value(3).toString();
    incident.severity = SeverityNames::fromNumber(q.value(4).toInt()).value_or(Severity::Sev3);
    incident.type = kIncidentTypes.parse(q.value(5).toString()).value_or(IncidentType::Outage);
    incident.service = q.value(6).toString();
    incident.environment = kEnvironments.parse(q.value(7).toString()).value_or(Environment::Production);
    incident.status = static_cast<IncidentStatus>(q.value(8).toInt());
    for (int i = 0; i < kIncidentRoleCount; ++i)
        incident.roles[static_cast<std::size_t>(i)] = q.value(9 + i).toString();
    incident.detectedAt = fromDb(q.value(13));
    incident.responseDueAt = fromDb(q.value(14));
    incident.acknowledgedAt = fromDb(q.value(15));
    incident.mitigatedAt = fromDb(q.value(16));
    incident.resolvedAt = fromDb(q.value(17));
    incident.closedAt = fromDb(q.value(18));
    incident.createdAt = fromDb(q.value(19));
    incident.updatedAt = fromDb(q.value(20));
    incident.warRoom = q.value(21).toString();
    incident.regulatedData = q.value(22).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    incident.team = q.value(23).toString();
    incident.pageKey = q.value(24).toString();
    return incident;
}

TimelineEntry readEntry(const QSqlQuery& q)
{
    TimelineEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.incidentId = q.value(1).toLongLong();
    entry.at = fromDb(q.value(2));
    entry.author = q.value(3).toString();
    entry.kind = static_cast<TimelineKind>(q.value(4).toInt());
    entry.field = q.value(5).toString();
    entry.oldValue = q.value(6).toString();
    entry.newValue = q.value(7).toString();
    entry.body = q.value(8).toString();
    entry.correctsId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    entry.origin = q.value(10).toString();
    return entry;
}




QString filterSql(const IncidentFilter& filter, QVariantList* bindings)
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
    if (filter.environment) {
        parts.append(QStringLiteral("environment = ?"));
        bindings->append(kEnvironments.key(*filter.environment));
    }
    if (!filter.text.isEmpty()) {
        parts.append(QStringLiteral("(key LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' "
                                    "OR service LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')"));
        const QString pattern = likePattern(filter.text);
        for (int i = 0; i < 4; ++i)
            bindings->append(pattern);
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QLatin1String(" AND "));
}

// The SQL expression a sort key orders by, and the value of a row under it, for keyset paging.
QString sortExpression(IncidentSortKey key)
{
    switch (key) {
    case IncidentSortKey::Key:
        return {};
    case IncidentSortKey::Severity:
        return QStringLiteral("severity");
    case IncidentSortKey::Status:
        return QStringLiteral("status");
    case IncidentSortKey::Title:
        return QStringLiteral("title COLLATE NOCASE");
    case IncidentSortKey::Service:
        return QStringLiteral("service COLLATE NOCASE");
    case IncidentSortKey::Environment:
        return QStringLiteral("environment");
    case IncidentSortKey::DetectedAt:
        return QStringLiteral("detected_at");
    case IncidentSortKey::ResponseDue:
        return QStringLiteral("response_due_at");
    case IncidentSortKey::Commander:
        return QStringLiteral("commander COLLATE NOCASE");
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

SqlIncidentStore::SqlIncidentStore(const QString& connectionName, SeverityPolicy policy, const Clock* clock)
    : m_connectionName(connectionName)
    , m_policy(std::move(policy))
    , m_clock(clock)
    , m_statements(connectionName)
    , m_alerts(connectionName, &m_statements)
{
}

SqlIncidentStore::~SqlIncidentStore()
{
    writeAlertCounts(); // the last second's counts, if any
    m_statements.clear();
    if (m_ownsConnection)
        SqliteDatabase::close(m_connectionName);
}

std::unique_ptr<SqlIncidentStore> SqlIncidentStore::openSqlite(
    const QString& path, SeverityPolicy policy, const Clock* clock, OpenOutcome* outcome)
{
    // One connection per store.
    const QString name = SqliteDatabase::uniqueConnectionName(QStringLiteral("incident-store"));
    *outcome = SqliteDatabase::open(path, name);
    if (!outcome->ok())
        return nullptr;
    auto store = std::make_unique<SqlIncidentStore>(name, std::move(policy), clock);
    store->m_ownsConnection = true;
    return store;
}

StoreResult<QString> SqlIncidentStore::storeIdentity()
{
    if (m_identity.isEmpty()) {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT name FROM store_identity WHERE id = 1")) || !query.next())
            return failed<QString>(query);
        m_identity = query.value(0).toString();
    }
    return m_identity;
}

bool SqlIncidentStore::setDurableCommits()
{
    QSqlQuery pragma(database());
    return pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

bool SqlIncidentStore::setWriterCheckpointPages(int pages)
{
    QSqlQuery pragma(database());
    return pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}

QSqlDatabase SqlIncidentStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}


bool SqlIncidentStore::begin(QString* error)
{
    // IMMEDIATE takes the write lock up front, so reading the row and writing
    // it back cannot interleave with another process doing the same. Inside a
    // transaction (a delivery of alerts declaring an incident) a savepoint
    // nests, so that the inner change commits or fails with the outer one.
    QSqlQuery query(database());
    const QString sql = m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT nested_%1").arg(m_transactionDepth);
    if (query.exec(sql)) {
        ++m_transactionDepth;
        return true;
    }
    *error = query.lastError().text();
    return false;
}

bool SqlIncidentStore::commit(QString* error)
{
    const int level = m_transactionDepth - 1;
    QSqlQuery query(database());
    const QString sql = level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE nested_%1").arg(level);
    if (query.exec(sql)) {
        m_transactionDepth = level;
        return true;
    }
    *error = query.lastError().text();
    rollback();
    return false;
}

void SqlIncidentStore::rollback()
{
    if (m_transactionDepth == 0)
        return;
    const int level = m_transactionDepth - 1;
    QSqlQuery query(database());
    if (level == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO nested_%1").arg(level));
        query.exec(QStringLiteral("RELEASE nested_%1").arg(level));
    }
    m_transactionDepth = level;
}

bool SqlIncidentStore::logChange(qint64 incidentId, qint64 entryId, bool created, QString* error)
{
    QSqlQuery query(database());
    const QVariant entry = entryId > 0 ? QVariant(entryId) : QVariant(QMetaType::fromType<qint64>());
    if (prepareAndExec(query,
            QStringLiteral("INSERT INTO change_log (incident_id, entry_id, created) VALUES (?, ?, ?)"),
            { incidentId, entry, created ? 1 : 0 }))
        return true;
    *error = query.lastError().text();
    return false;
}

StoreResult<qint64> SqlIncidentStore::insertEntry(TimelineEntry entry)
{
    QSqlQuery query(database());
    const QVariant corrects
        = entry.correctsId > 0 ? QVariant(entry.correctsId) : QVariant(QMetaType::fromType<qint64>());
    if (!prepareAndExec(query,
            QStringLiteral("INSERT INTO timeline (incident_id, at, author, kind, field, old_value, new_value, body, "
                           "corrects_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { entry.incidentId, toDb(entry.at), entry.author, static_cast<int>(entry.kind), entry.field,
                entry.oldValue, entry.newValue, entry.body, corrects,
                entry.origin.isEmpty() ? m_origin : entry.origin }))
        return failed<qint64>(query);
    const qint64 id = query.lastInsertId().toLongLong();
    QString error;
    if (!logChange(entry.incidentId, id, false, &error))
        return StoreResult<qint64>::failure(StoreErrorKind::Unavailable, error);
    return id;
}

StoreResult<Incident> SqlIncidentStore::declare(const IncidentDraft& draft, const QString& author)
{
    const QString title = draft.title.simplified();
    if (title.isEmpty())
        return rejected<Incident>(tr("An incident needs a title."));
    if (title.size() > kMaxTitleLength)
        return rejected<Incident>(tr("The title is longer than %1 characters.").arg(kMaxTitleLength));
    if (author.trimmed().isEmpty())
        return rejected<Incident>(tr("Every change needs an author."));

    const QDateTime now = m_clock->nowUtc();
    Incident incident;
    incident.title = title;
    incident.description = draft.description.trimmed();
    incident.severity = draft.severity;
    incident.type = draft.type;
    incident.service = draft.service.trimmed();
    incident.environment = draft.environment;
    incident.role(IncidentRole::Commander) = draft.commander.trimmed();
    incident.detectedAt = draft.detectedAt.isValid() ? std::min(draft.detectedAt.toUTC(), now) : now;
    incident.responseDueAt = m_policy.responseTarget(incident.severity).deadline(incident.detectedAt);
    incident.createdAt = now;
    incident.updatedAt = now;
    incident.team = m_assignment.teamFor(incident);

    QString error;
    if (!begin(&error))
        return StoreResult<Incident>::failure(StoreErrorKind::Unavailable, tr("The database is busy: %1").arg(error));

    // Numbers restart each year: INC-2026-0001. The write lock makes max()+1 safe across processes.
    const int year = now.date().year();
    QSqlQuery query(database());
    if (!prepareAndExec(query,
            QStringLiteral("SELECT coalesce(max(key_number), 0) + 1 FROM incidents WHERE key_year = ?"), { year })
        || !query.next()) {
        auto result = failed<Incident>(query);
        rollback();
        return result;
    }
    const int number = query.value(0).toInt();
    incident.key = QStringLiteral("INC-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
    const StoreResult<QString> identity = storeIdentity();
    if (!identity) {
        rollback();
        return StoreResult<Incident>::failureFrom(identity);
    }
    incident.pageKey = incident.key + QLatin1Char('@') + *identity;

    QSqlQuery insert(database());
    if (!prepareAndExec(insert,
            QStringLiteral("INSERT INTO incidents (key, key_year, key_number, title, description, severity, type, "
                           "service, environment, status, commander, detected_at, response_due_at, created_at, "
                           "updated_at, team, page_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { incident.key, year, number, incident.title, incident.description, static_cast<int>(incident.severity),
                kIncidentTypes.key(incident.type), incident.service, kEnvironments.key(incident.environment),
                static_cast<int>(incident.status), incident.role(IncidentRole::Commander), toDb(incident.detectedAt),
                toDb(incident.responseDueAt), toDb(now), toDb(now), incident.team, incident.pageKey })) {
        auto result = failed<Incident>(insert);
        rollback();
        return result;
    }
    incident.id = insert.lastInsertId().toLongLong();
    if (!logChange(incident.id, 0, true, &error)) {
        rollback();
        return StoreResult<Incident>::failure(StoreErrorKind::Unavailable, error);
    }

    TimelineEntry declared;
    declared.incidentId = incident.id;
    declared.at = now;
    declared.author = author.trimmed();
    declared.kind = TimelineKind::Declared;
    declared.newValue = SeverityNames::code(incident.severity);
    declared.body = incident.title;
    declared.field = incident.team; // who has it, on the record from the start (the assignment rules chose)
    QList<TimelineEntry> entries { declared };
    if (!incident.role(IncidentRole::Commander).isEmpty()) {
        TimelineEntry role = change(TimelineKind::RoleAssigned, kIncidentRoles.key(IncidentRole::Commander), {},
            incident.role(IncidentRole::Commander));
        role.incidentId = incident.id;
        role.at = now;
        role.author = declared.author;
        entries.append(role);
    }
    for (const TimelineEntry& entry : std::as_const(entries)) {
        const StoreResult<qint64> written = insertEntry(entry);
        if (!written) {
            rollback();
            return StoreResult<Incident>::failureFrom(written);
        }
    }
    // The type's playbook comes with it, so the commander has the checklist at once.
    if (const Playbook* playbook = m_playbooks.forType(incident.type)) {
        const StoreResult<QList<ChecklistItem>> items = insertChecklist(incident.id, *playbook, now, declared.author, false);
        if (!items) {
            rollback();
            return StoreResult<Incident>::failureFrom(items);
        }
    }
    if (!commit(&error))
        return StoreResult<Incident>::failure(StoreErrorKind::Unavailable, error);
    return incident;
}

StoreResult<Incident> SqlIncidentStore::mutate(
    qint64 incidentId, const QString& author, const Mutation& mutation, QList<TimelineEntry>* written)
{
    if (author.trimmed().isEmpty())
        return rejected<Incident>(tr("Every change needs an author."));
    QString error;
    if (!begin(&error))
        return StoreResult<Incident>::failure(StoreErrorKind::Unavailable, tr("The database is busy: %1").arg(error));

    StoreResult<Incident> current = incident(incidentId);
    if (!current) {
        rollback();
        return current;
    }
    Incident updated = *current;
    const QDateTime now = m_clock->nowUtc();
    const StoreResult<QList<TimelineEntry>> entries = mutation(updated, now);
    if (!entries || entries->isEmpty()) {
        rollback();
        return entries ? current : StoreResult<Incident>::failureFrom(entries);
    }
    updated.updatedAt = now;

    QSqlQuery query(database());
    if (!prepareAndExec(query,
            QStringLiteral("UPDATE incidents SET title = ?, description = ?, severity = ?, type = ?, service = ?, "
                           "environment = ?, status = ?, commander = ?, technical_lead = ?, "
                           "communications_lead = ?, security_lead = ?, response_due_at = ?, acknowledged_at = ?, "
                           "mitigated_at = ?, resolved_at = ?, closed_at = ?, updated_at = ?, war_room = ?, regulated_data = ?, "
                           "team = ? WHERE id = ?"),
            { updated.title, updated.description, static_cast<int>(updated.severity), kIncidentTypes.key(updated.type),
                updated.service, kEnvironments.key(updated.environment), static_cast<int>(updated.status),
                updated.roles[0], updated.roles[1], updated.roles[2], updated.roles[3], toDb(updated.responseDueAt),
                toDb(updated.acknowledgedAt), toDb(updated.mitigatedAt), toDb(updated.resolvedAt),
                toDb(updated.closedAt), toDb(now), updated.warRoom, updated.regulatedData.join(QLatin1Char(',')),
                updated.team, updated.id })) {
        auto result = failed<Incident>(query);
        rollback();
        return result;
    }
    for (TimelineEntry entry : *entries) {
        entry.incidentId = updated.id;
        entry.at = now;
        entry.author = author.trimmed();
        const StoreResult<qint64> id = insertEntry(entry);
        if (!id) {
            rollback();
            return StoreResult<Incident>::failureFrom(id);
        }
        entry.id = *id;
        if (written)
            written->append(entry);
    }
    if (!commit(&error))
        return StoreResult<Incident>::failure(StoreErrorKind::Unavailable, error);
    return updated;
}

StoreResult<Incident> SqlIncidentStore::changeStatus(qint64 incidentId, IncidentStatus to, const QString& author)
{
    return mutate(incidentId, author, [to](Incident& incident, const QDateTime& now) {
        const IncidentStatus from = incident.status;
        if (!Lifecycle::canTransition(from, to))
            return StoreResult<QList<TimelineEntry>>::failure(StoreErrorKind::Rejected, Lifecycle::whyNot(from, to));
        incident.status = to;
        // Leaving "triggered" by any route is the acknowledgement that response targets measure.
        if (!incident.acknowledgedAt.isValid())
            incident.acknowledgedAt = now;
        if (Lifecycle::isReopen(from, to)) {
            incident.mitigatedAt = {};
            incident.resolvedAt = {};
            incident.closedAt = {};
        }
        if ((to == IncidentStatus::Monitoring || to == IncidentStatus::Resolved) && !incident.mitigatedAt.isValid())
            incident.mitigatedAt = now;
        if (to == IncidentStatus::Resolved)
            incident.resolvedAt = now;
        if (to == IncidentStatus::Closed)
            incident.closedAt = now;
        return StoreResult<QList<TimelineEntry>>(
            { change(TimelineKind::StatusChanged, QStringLiteral("status"), Lifecycle::key(from), Lifecycle::key(to)) });
    });
}

StoreResult<Incident> SqlIncidentStore::changeSeverity(qint64 incidentId, Severity to, const QString& author)
{
    return mutate(incidentId, author, [this, to](Incident& incident, const QDateTime&) {
        if (incident.severity == to)
            return StoreResult<QList<TimelineEntry>>(QList<TimelineEntry> {});
        const Severity from = incident.severity;
        incident.severity = to;
        // Until someone acknowledges, the response target follows the current severity.
        if (!incident.acknowledgedAt.isValid())
            incident.responseDueAt = m_policy.responseTarget(to).deadline(incident.detectedAt);
        return StoreResult<QList<TimelineEntry>>({ change(TimelineKind::SeverityChanged, QStringLiteral("severity"),
            SeverityNames::code(from), SeverityNames::code(to)) });
    });
}

StoreResult<Incident> SqlIncidentStore::assignRole(
    qint64 incidentId, IncidentRole role, const QString& person, const QString& author)
{
    const QString name = person.simplified();
    return mutate(incidentId, author, [role, name](Incident& incident, const QDateTime&) {
        if (incident.role(role) == name)
            return StoreResult<QList<TimelineEntry>>(QList<TimelineEntry> {});
        const QString previous = incident.role(role);
        incident.role(role) = name;
        return StoreResult<QList<TimelineEntry>>(
            { change(TimelineKind::RoleAssigned, kIncidentRoles.key(role), previous, name) });
    });
}

StoreResult<Incident> SqlIncidentStore::editField(
    qint64 incidentId, IncidentField field, const QString& value, const QString& author)
{
    using Entries = StoreResult<QList<TimelineEntry>>;
    return mutate(incidentId, author, [field, value](Incident& incident, const QDateTime&) -> Entries {
        QString* text = nullptr;
        QString newValue = value.trimmed();
        QString oldValue;
        switch (field) {
        case IncidentField::Title:
            newValue = value.simplified();
            if (newValue.isEmpty())
                return Entries::failure(StoreErrorKind::Rejected, tr("An incident needs a title."));
            if (newValue.size() > kMaxTitleLength)
                return Entries::failure(
                    StoreErrorKind::Rejected, tr("The title is longer than %1 characters.").arg(kMaxTitleLength));
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
                    tr("“%1” is not an incident type (%2).").arg(value, kIncidentTypes.keys().join(QLatin1String(", "))));
            oldValue = kIncidentTypes.key(incident.type);
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
        case IncidentField::RegulatedData: {
            QString error;
            const std::optional<QStringList> kinds = RegulatedData::parse(newValue, &error);
            if (!kinds)
                return Entries::failure(StoreErrorKind::Rejected, error);
            oldValue = incident.regulatedData.join(QLatin1String(", "));
            newValue = kinds->join(QLatin1String(", "));
            incident.regulatedData = *kinds;
            break;
        }
        case IncidentField::Environment: {
            const std::optional<Environment> environment = kEnvironments.parse(newValue);
            if (!environment)
                return Entries::failure(StoreErrorKind::Rejected,
                    tr("“%1” is not an environment (%2).").arg(value, kEnvironments.keys().join(QLatin1String(", "))));
            oldValue = kEnvironments.key(incident.environment);
            newValue = kEnvironments.key(*environment);
            incident.environment = *environment;
            break;
        }
        }
        if (text) {
            oldValue = *text;
            *text = newValue;
        }
        if (oldValue == newValue)
            return Entries(QList<TimelineEntry> {});
        return Entries({ change(TimelineKind::FieldEdited, IncidentFieldNames::key(field), oldValue, newValue) });
    });
}

StoreResult<TimelineEntry> SqlIncidentStore::appendEntry(
    qint64 incidentId, const TimelineEntry& entry, const QString& author)
{
    QList<TimelineEntry> written;
    const StoreResult<Incident> updated = mutate(
        incidentId, author,
        [&entry](Incident&, const QDateTime&) { return StoreResult<QList<TimelineEntry>>({ entry }); }, &written);
    if (!updated)
        return StoreResult<TimelineEntry>::failureFrom(updated);
    return written.first();
}

StoreResult<TimelineEntry> SqlIncidentStore::addNote(qint64 incidentId, const QString& text, const QString& author)
{
    if (text.trimmed().isEmpty())
        return rejected<TimelineEntry>(tr("A note needs some text."));
    TimelineEntry note;
    note.kind = TimelineKind::Note;
    note.body = text.trimmed();
    return appendEntry(incidentId, note, author);
}

StoreResult<TimelineEntry> SqlIncidentStore::addCorrection(qint64 entryId, const QString& text, const QString& author)
{
    if (text.trimmed().isEmpty())
        return rejected<TimelineEntry>(tr("A correction needs some text."));
    const StoreResult<QList<TimelineEntry>> original = selectEntries(QStringLiteral("id = ?"), { entryId }, 1);
    if (!original)
        return StoreResult<TimelineEntry>::failureFrom(original);
    if (original->isEmpty())
        return StoreResult<TimelineEntry>::failure(
            StoreErrorKind::NotFound, tr("There is no timeline entry #%1.").arg(entryId));
    TimelineEntry correction;
    correction.kind = TimelineKind::Correction;
    correction.body = text.trimmed();
    correction.correctsId = entryId;
    return appendEntry(original->first().incidentId, correction, author);
}

StoreResult<QList<Incident>> SqlIncidentStore::selectIncidents(
    const QString& where, const QVariantList& bindings, const QString& orderBy, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM incidents WHERE %2").arg(kIncidentColumns, where);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!prepareAndExec(query, sql, bindings))
        return failed<QList<Incident>>(query);
    QList<Incident> result;
    while (query.next())
        result.append(readIncident(query));
    return result;
}

StoreResult<QList<TimelineEntry>> SqlIncidentStore::selectEntries(
    const QString& where, const QVariantList& bindings, int limit)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!prepareAndExec(query, QStringLiteral("SELECT %1 FROM timeline WHERE %2 LIMIT %3").arg(kEntryColumns, where).arg(limit),
            bindings))
        return failed<QList<TimelineEntry>>(query);
    QList<TimelineEntry> result;
    while (query.next())
        result.append(readEntry(query));
    return result;
}

StoreResult<Incident> SqlIncidentStore::incident(qint64 incidentId)
{
    const StoreResult<QList<Incident>> rows = selectIncidents(QStringLiteral("id = ?"), { incidentId });
    if (!rows)
        return StoreResult<Incident>::failureFrom(rows);
    if (rows->isEmpty())
        return StoreResult<Incident>::failure(StoreErrorKind::NotFound, tr("There is no incident #%1.").arg(incidentId));
    return rows->first();
}

StoreResult<Incident> SqlIncidentStore::incidentByKey(const QString& key)
{
    const StoreResult<QList<Incident>> rows = selectIncidents(QStringLiteral("key = ?"), { key.trimmed().toUpper() });
    if (!rows)
        return StoreResult<Incident>::failureFrom(rows);
    if (rows->isEmpty())
        return StoreResult<Incident>::failure(StoreErrorKind::NotFound, tr("There is no incident %1.").arg(key));
    return rows->first();
}

StoreResult<QList<Incident>> SqlIncidentStore::incidents(
    const IncidentQuery& query, const std::optional<Incident>& after, int limit)
{
    QVariantList bindings;
    QString where = filterSql(query.filter, &bindings);
    const QString expression = sortExpression(query.sort.key);
    const bool ascending = query.sort.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString comparison = ascending ? QStringLiteral(">") : QStringLiteral("<");
    if (after) {
        if (expression.isEmpty()) {
            where += QStringLiteral(" AND id %1 ?").arg(comparison);
        } else {
            where += QStringLiteral(" AND (%1, id) %2 (?, ?)").arg(expression, comparison);
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
        const StoreResult<int> matching = countIncidents(query.filter);
        if (matching && *matching <= kSortAfterFilteringBelow)
            orderExpression = QLatin1Char('+') + expression;
    }
    const QString orderBy = expression.isEmpty()
        ? QStringLiteral("id") + direction
        : orderExpression + direction + QStringLiteral(", id") + direction;
    return selectIncidents(where, bindings, orderBy, limit);
}

StoreResult<int> SqlIncidentStore::countIncidents(const IncidentFilter& filter)
{
    QVariantList bindings;
    const QString where = filterSql(filter, &bindings);
    QSqlQuery query(database());
    if (!prepareAndExec(query, QStringLiteral("SELECT count(*) FROM incidents WHERE ") + where, bindings)
        || !query.next())
        return failed<int>(query);
    return query.value(0).toInt();
}

StoreResult<QStringList> SqlIncidentStore::services()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT service FROM incidents WHERE service <> '' ORDER BY service COLLATE NOCASE")))
        return failed<QStringList>(query);
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

StoreResult<QList<TimelineEntry>> SqlIncidentStore::timeline(qint64 incidentId, qint64 afterId, int limit)
{
    return selectEntries(QStringLiteral("incident_id = ? AND id > ? ORDER BY id"), { incidentId, afterId }, limit);
}

StoreResult<StoreChanges> SqlIncidentStore::changesSince(qint64* cursor, int limit)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (*cursor < 0) {
        if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !query.next())
            return failed<StoreChanges>(query);
        *cursor = query.value(0).toLongLong();
        return StoreChanges {};
    }
    if (!prepareAndExec(query,
            QStringLiteral("SELECT seq, incident_id, entry_id, created FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"),
            { *cursor, limit }))
        return failed<StoreChanges>(query);

    struct Row {
        qint64 incidentId;
        qint64 entryId;
        bool created;
    };
    QList<Row> rows;
    QSet<qint64> incidentIds;
    QStringList entryIds;
    qint64 last = *cursor;
    while (query.next()) {
        last = query.value(0).toLongLong();
        const Row row { query.value(1).toLongLong(), query.value(2).isNull() ? 0 : query.value(2).toLongLong(),
            query.value(3).toInt() != 0 };
        rows.append(row);
        incidentIds.insert(row.incidentId);
        if (row.entryId > 0)
            entryIds.append(QString::number(row.entryId));
    }
    if (rows.isEmpty())
        return StoreChanges {};

    QStringList idList;
    for (qint64 id : std::as_const(incidentIds))
        idList.append(QString::number(id));
    const StoreResult<QList<Incident>> incidents
        = selectIncidents(QStringLiteral("id IN (%1)").arg(idList.join(QLatin1Char(','))), {});
    if (!incidents)
        return StoreResult<StoreChanges>::failureFrom(incidents);
    QHash<qint64, Incident> byId;
    for (const Incident& incident : *incidents)
        byId.insert(incident.id, incident);
    QHash<qint64, TimelineEntry> entries;
    if (!entryIds.isEmpty()) {
        const StoreResult<QList<TimelineEntry>> loaded = selectEntries(
            QStringLiteral("id IN (%1)").arg(entryIds.join(QLatin1Char(','))), {}, static_cast<int>(entryIds.size()));
        if (!loaded)
            return StoreResult<StoreChanges>::failureFrom(loaded);
        for (const TimelineEntry& entry : *loaded)
            entries.insert(entry.id, entry);
    }

    StoreChanges changes;
    for (const Row& row : std::as_const(rows)) {
        const auto incident = byId.constFind(row.incidentId);
        if (incident == byId.constEnd())
            continue;
        changes.append({ *incident, entries.value(row.entryId), row.created });
    }
    *cursor = last;
    return changes;
}

StoreResult<bool> SqlIncidentStore::markChangesRead(const QString& reader, qint64 seq)
{
    if (reader.isEmpty() || seq < 0)
        return rejected<bool>(tr("A change-log mark needs its reader's name and a position."));
    const PreparedStatements::Run mark = m_statements.run(
        QStringLiteral("INSERT INTO change_readers (reader, seq, seen_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (reader) DO UPDATE SET seq = excluded.seq, seen_at = excluded.seen_at"),
        // Wall time, not the store's clock: the pruning that reads it runs before any store exists.
        { reader, seq, toDb(QDateTime::currentDateTimeUtc()) });
    if (!mark)
        return failed<bool>(mark.query());
    return true;
}

bool SqlIncidentStore::othersWroteSinceLastCheck()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return true; // cannot tell: look
    const qint64 version = query.value(0).toLongLong();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}
