#include "models/store/alerttable.h"

#include "models/domain/lifecycle.h"
#include "models/store/sqlsupport.h"

#include <QSet>

#include <functional>
#include <vector>

using namespace SqlSupport;

namespace {
const QString kAlertColumns = QStringLiteral("a.id, a.source, a.fingerprint, a.name, a.summary, a.service, "
                                             "a.severity, a.status, a.labels, a.annotations, "
                                             "a.starts_at, a.ends_at, a.first_seen, a.last_seen, "
                                             "a.occurrences, a.generator_url, a.runbook_url, a.rule, "
                                             "a.correlation_key, a.incident_id, i.key");

Alert readAlert(const QSqlQuery& q)
{
    Alert alert;
    alert.id = q.value(0).toLongLong();
    alert.source = q.value(1).toString();
    alert.fingerprint = q.value(2).toString();
    alert.name = q.value(3).toString();
    alert.summary = q.value(4).toString();
    alert.service = q.value(5).toString();
    alert.severity = SeverityNames::fromNumber(q.value(6).toInt()).value_or(Severity::Sev3);
    alert.status = static_cast<AlertStatus>(q.value(7).toInt());
    alert.labels = AlertLabelsJson::fromJson(q.value(8).toByteArray());
    alert.annotations = AlertLabelsJson::fromJson(q.value(9).toByteArray());
    alert.startsAt = fromDb(q.value(10));
    alert.endsAt = fromDb(q.value(11));
    alert.firstSeen = fromDb(q.value(12));
    alert.lastSeen = fromDb(q.value(13));
    alert.occurrences = q.value(14).toInt();
    alert.generatorUrl = q.value(15).toString();
    alert.runbookUrl = q.value(16).toString();
    alert.rule = q.value(17).toString();
    alert.correlationKey = q.value(18).toString();
    alert.incidentId = q.value(19).isNull() ? 0 : q.value(19).toLongLong();
    alert.incidentKey = q.value(20).toString();
    return alert;
}

QVariant incidentOrNull(qint64 incidentId)
{
    return incidentId > 0 ? QVariant(incidentId) : QVariant(QMetaType::fromType<qint64>());
}

// The columns the store writes, with how each is read from an Alert and
// whether two versions of an alert differ in it. One list serves INSERT and
// UPDATE, so that a new field cannot be written by one and forgotten by the other.
struct AlertColumn {
    const char* name;
    std::function<QVariant(const Alert&)> value;
    std::function<bool(const Alert&, const Alert&)> same;
};

template<typename Member> AlertColumn column(const char* name, Member Alert::*member)
{
    return { name, [member](const Alert& alert) { return QVariant::fromValue(alert.*member); },
        [member](const Alert& a, const Alert& b) { return a.*member == b.*member; } };
}

AlertColumn timeColumn(const char* name, QDateTime Alert::*member)
{
    return { name, [member](const Alert& alert) { return toDb(alert.*member); },
        [member](const Alert& a, const Alert& b) { return a.*member == b.*member; } };
}

AlertColumn labelsColumn(const char* name, AlertLabels Alert::*member)
{
    return { name, [member](const Alert& alert) { return QVariant(AlertLabelsJson::toJson(alert.*member)); },
        [member](const Alert& a, const Alert& b) { return a.*member == b.*member; } };
}

template<typename Enum> AlertColumn enumColumn(const char* name, Enum Alert::*member)
{
    return { name, [member](const Alert& alert) { return QVariant(static_cast<int>(alert.*member)); },
        [member](const Alert& a, const Alert& b) { return a.*member == b.*member; } };
}

const std::vector<AlertColumn> kWrittenColumns = {
    column("source", &Alert::source),
    column("fingerprint", &Alert::fingerprint),
    column("name", &Alert::name),
    column("summary", &Alert::summary),
    column("service", &Alert::service),
    enumColumn("severity", &Alert::severity),
    enumColumn("status", &Alert::status),
    labelsColumn("labels", &Alert::labels),
    labelsColumn("annotations", &Alert::annotations),
    timeColumn("starts_at", &Alert::startsAt),
    timeColumn("ends_at", &Alert::endsAt),
    timeColumn("first_seen", &Alert::firstSeen),
    timeColumn("last_seen", &Alert::lastSeen),
    column("occurrences", &Alert::occurrences),
    column("generator_url", &Alert::generatorUrl),
    column("runbook_url", &Alert::runbookUrl),
    column("rule", &Alert::rule),
    column("correlation_key", &Alert::correlationKey),
    { "incident_id", [](const Alert& alert) { return incidentOrNull(alert.incidentId); },
        [](const Alert& a, const Alert& b) { return a.incidentId == b.incidentId; } },
};

// Below this many text matches, sorting them beats walking a sort index.
constexpr qint64 kSortMatchesBelow = 20000;
// How many MATCH expressions keep their last count.
constexpr qsizetype kRememberedTextMatches = 64;

// How the text search joins the other conditions.
enum class TextPlan {
    FromMatches, // the matching rows are looked up by id (the planner's choice)
    WalkSortIndex, // the sort index is walked, each row checked against the matches
};

QString filterSql(const SqlDialect& dialect, const AlertFilter& filter, QVariantList* bindings,
    TextPlan plan = TextPlan::FromMatches)
{
    QStringList parts;
    if (!filter.statuses.isEmpty())
        parts.append(QStringLiteral("a.status IN (%1)").arg(integerList(filter.statuses)));
    if (!filter.severities.isEmpty())
        parts.append(QStringLiteral("a.severity IN (%1)").arg(integerList(filter.severities)));
    if (!filter.source.isEmpty()) {
        parts.append(QStringLiteral("a.source = ?"));
        bindings->append(filter.source);
    }
    if (filter.incidentId > 0) {
        parts.append(QStringLiteral("a.incident_id = ?"));
        bindings->append(filter.incidentId);
    }
    if (const QString match = dialect.allWords(filter.text); !match.isEmpty()) {
        // Kept off the id's index, so that the planner walks the sort index.
        const QString id = QStringLiteral("a.id");
        parts.append(QStringLiteral("%1 IN (%2)")
                         .arg(plan == TextPlan::WalkSortIndex ? dialect.withoutIndex(id) : id,
                             dialect.matchingIds(QStringLiteral("alerts_fts"))));
        bindings->append(match);
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QLatin1String(" AND "));
}

bool sortsText(AlertSortKey key)
{
    return key == AlertSortKey::Name || key == AlertSortKey::Source || key == AlertSortKey::Service;
}

QString sortExpression(const SqlDialect& dialect, AlertSortKey key)
{
    switch (key) {
    case AlertSortKey::LastSeen:
        return QStringLiteral("a.last_seen");
    case AlertSortKey::FirstSeen:
        return QStringLiteral("a.first_seen");
    case AlertSortKey::Severity:
        return QStringLiteral("a.severity");
    case AlertSortKey::Status:
        return QStringLiteral("a.status");
    case AlertSortKey::Name:
        return dialect.caseless(QStringLiteral("a.name"));
    case AlertSortKey::Source:
        return dialect.caseless(QStringLiteral("a.source"));
    case AlertSortKey::Service:
        return dialect.caseless(QStringLiteral("a.service"));
    case AlertSortKey::Occurrences:
        return QStringLiteral("a.occurrences");
    }
    return QStringLiteral("a.last_seen");
}

QVariant sortValue(AlertSortKey key, const Alert& alert)
{
    switch (key) {
    case AlertSortKey::LastSeen:
        return alert.lastSeen.toMSecsSinceEpoch();
    case AlertSortKey::FirstSeen:
        return alert.firstSeen.toMSecsSinceEpoch();
    case AlertSortKey::Severity:
        return static_cast<int>(alert.severity);
    case AlertSortKey::Status:
        return static_cast<int>(alert.status);
    case AlertSortKey::Name:
        return alert.name;
    case AlertSortKey::Source:
        return alert.source;
    case AlertSortKey::Service:
        return alert.service;
    case AlertSortKey::Occurrences:
        return alert.occurrences;
    }
    return {};
}

QString activeStatuses()
{
    QList<IncidentStatus> active;
    for (IncidentStatus status : Lifecycle::all()) {
        if (Lifecycle::isActive(status))
            active.append(status);
    }
    return integerList(active);
}
}

AlertTable::AlertTable(QString connectionName, PreparedStatements* statements)
    : m_connectionName(std::move(connectionName))
    , m_dialect(SqlDialect::of(QSqlDatabase::database(m_connectionName, false)))
    , m_statements(statements)
{
}

QSqlDatabase AlertTable::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString AlertTable::selectSql(const QString& where, const QString& tail)
{
    return QStringLiteral("SELECT %1 FROM alerts a LEFT JOIN incidents i ON i.id = a.incident_id WHERE %2 %3")
        .arg(kAlertColumns, where, tail);
}

StoreResult<QList<Alert>> AlertTable::selectWhere(
    const QString& where, const QVariantList& bindings, const QString& tail)
{
    QSqlQuery query(database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query, selectSql(where, tail), bindings))
        return failed<QList<Alert>>(query);
    QList<Alert> result;
    while (query.next())
        result.append(readAlert(query));
    return result;
}

StoreResult<std::optional<Alert>> AlertTable::selectFirst(
    const QString& where, const QVariantList& bindings, const QString& order)
{
    const PreparedStatements::Run run
        = m_statements->run(selectSql(where, order + QStringLiteral(" LIMIT 1")), bindings);
    if (!run)
        return failed<std::optional<Alert>>(run.query());
    return run.query().next() ? std::optional<Alert>(readAlert(run.query())) : std::optional<Alert>();
}

StoreResult<std::optional<Alert>> AlertTable::findOpen(const QString& source, const QString& fingerprint)
{
    // In a storm most alerts are new. Asking for the id alone spares reading a
    // row that is not there: Qt describes every column of a result to itself
    // on each run, which for the whole row cost more than SQLite's lookup.
    static const QString openId
        = QStringLiteral("SELECT id FROM alerts WHERE source = ? AND fingerprint = ? AND status <> %1")
              .arg(static_cast<int>(AlertStatus::Resolved));
    qint64 id = 0;
    {
        const PreparedStatements::Run run = m_statements->run(openId, { source, fingerprint });
        if (!run)
            return failed<std::optional<Alert>>(run.query());
        if (!run.query().next())
            return std::optional<Alert>();
        id = run.query().value(0).toLongLong();
    }
    return findById(id);
}

StoreResult<std::optional<Alert>> AlertTable::findEpisode(
    const QString& source, const QString& fingerprint, const QDateTime& startsAt)
{
    return selectFirst(
        QStringLiteral("a.source = ? AND a.fingerprint = ? AND a.starts_at IS NOT DISTINCT FROM ?"),
        { source, fingerprint, toDb(startsAt) }, QStringLiteral("ORDER BY a.id DESC"));
}

StoreResult<std::optional<Alert>> AlertTable::findById(qint64 alertId)
{
    return selectFirst(QStringLiteral("a.id = ?"), { alertId });
}

StoreResult<QList<Alert>> AlertTable::openAlerts()
{
    return selectWhere(QStringLiteral("a.status <> %1").arg(static_cast<int>(AlertStatus::Resolved)), {});
}

StoreResult<std::optional<AlertTable::EndedEpisode>> AlertTable::endedEpisode(
    const QString& source, const QString& fingerprint, const QDateTime& startsAt)
{
    // Asked for every new alert of a storm, so, as findOpen, two columns of a row that is mostly not there.
    static const QString sql
        = QStringLiteral("SELECT coalesce(ends_at, last_seen), last_seen FROM alerts WHERE source = ? "
                         "AND fingerprint = ? AND starts_at = ? AND status = %1 ORDER BY id DESC LIMIT 1")
              .arg(static_cast<int>(AlertStatus::Resolved));
    const PreparedStatements::Run run = m_statements->run(sql, { source, fingerprint, toDb(startsAt) });
    if (!run)
        return failed<std::optional<EndedEpisode>>(run.query());
    if (!run.query().next())
        return std::optional<EndedEpisode>();
    return std::optional<EndedEpisode>(
        EndedEpisode { fromDb(run.query().value(0)), fromDb(run.query().value(1)) });
}

StoreResult<std::optional<Alert>> AlertTable::findLatest(const QString& source, const QString& fingerprint)
{
    return selectFirst(QStringLiteral("a.source = ? AND a.fingerprint = ?"), { source, fingerprint },
        QStringLiteral("ORDER BY a.id DESC"));
}

StoreResult<qint64> AlertTable::insert(const Alert& alert)
{
    static const QString sql = [] {
        QStringList names;
        for (const AlertColumn& column : kWrittenColumns)
            names.append(QLatin1String(column.name));
        const QString placeholders
            = QStringLiteral("?, ").repeated(static_cast<int>(names.size() - 1)) + QLatin1Char('?');
        return QStringLiteral("INSERT INTO alerts (%1) VALUES (%2) RETURNING id")
            .arg(names.join(QLatin1String(", ")), placeholders);
    }();
    QVariantList values;
    values.reserve(static_cast<qsizetype>(kWrittenColumns.size()));
    for (const AlertColumn& column : kWrittenColumns)
        values.append(column.value(alert));
    const PreparedStatements::Run run = m_statements->run(sql, values);
    if (!run || !run.query().next())
        return failed<qint64>(run.query());
    const qint64 id = run.query().value(0).toLongLong();
    if (const StoreResult<bool> indexed = index(id, alert); !indexed)
        return StoreResult<qint64>::failureFrom(indexed);
    return id;
}

StoreResult<bool> AlertTable::update(const Alert& before, const Alert& after)
{
    // Only what changed is written: SQLite rewrites the entries of every index
    // on a column that is SET, and a repeat usually changes two columns of
    // thirteen indexes.
    QStringList assignments;
    QVariantList values;
    for (const AlertColumn& column : kWrittenColumns) {
        if (column.same(before, after))
            continue;
        assignments.append(QLatin1String(column.name) + QLatin1String(" = ?"));
        values.append(column.value(after));
    }
    if (assignments.isEmpty())
        return true;
    values.append(after.id);
    const PreparedStatements::Run run = m_statements->run(
        QStringLiteral("UPDATE alerts SET %1 WHERE id = ?").arg(assignments.join(QLatin1String(", "))),
        values);
    if (!run)
        return failed<bool>(run.query());
    const bool textChanged = before.name != after.name || before.summary != after.summary
        || before.service != after.service || before.fingerprint != after.fingerprint;
    if (!textChanged)
        return true;
    return index(after.id, after);
}

StoreResult<bool> AlertTable::index(qint64 id, const Alert& alert)
{
    const PreparedStatements::Run run = m_statements->run(m_dialect.writeWords(QStringLiteral("alerts_fts")),
        { id, m_dialect.indexedWords(AlertTextSearch::indexedText(alert)) });
    if (!run)
        return failed<bool>(run.query());
    return true;
}

StoreResult<qint64> AlertTable::incidentForCorrelation(const QString& correlationKey, const QDateTime& since)
{
    // Asked for every new alert: the text is made once, not per call.
    static const QString sql = QStringLiteral(
        "SELECT a.incident_id FROM alerts a JOIN incidents i ON i.id = a.incident_id "
        "WHERE a.correlation_key = ? AND a.last_seen >= ? AND a.incident_id IS NOT NULL AND i.status IN (%1) "
        "ORDER BY a.last_seen DESC LIMIT 1")
                                   .arg(activeStatuses());
    const PreparedStatements::Run run = m_statements->run(sql, { correlationKey, toDb(since) });
    if (!run)
        return failed<qint64>(run.query());
    return run.query().next() ? run.query().value(0).toLongLong() : qint64(0);
}

StoreResult<int> AlertTable::openAlertsOfIncident(qint64 incidentId)
{
    const PreparedStatements::Run run = m_statements->run(
        QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id = ? AND status <> %1")
            .arg(static_cast<int>(AlertStatus::Resolved)),
        { incidentId });
    if (!run || !run.query().next())
        return failed<int>(run.query());
    return run.query().value(0).toInt();
}

bool AlertTable::logChange(qint64 alertId, QString* error)
{
    const PreparedStatements::Run run
        = m_statements->run(QStringLiteral("INSERT INTO alert_log (alert_id) VALUES (?)"), { alertId });
    if (run)
        return true;
    *error = run.query().lastError().text();
    return false;
}

StoreResult<QList<Alert>> AlertTable::select(
    const AlertQuery& query, const std::optional<Alert>& after, int limit)
{
    // A search that matches few alerts starts from the index's matches and
    // sorts those ("+" keeps SQLite off the sort index, which it would walk past
    // a million rows for a few hundred matches); one that matches many walks
    // the sort index, checking each row against the set of matches, and stops
    // at a page (sorting 125,000 matches took 370 ms, the walk 35 ms).
    const QString expression = sortExpression(m_dialect, query.sort.key);
    QString order = expression;
    TextPlan plan = TextPlan::FromMatches;
    if (const QString match = m_dialect.allWords(query.filter.text); !match.isEmpty()) {
        const StoreResult<qint64> matches = textMatchEstimate(match);
        if (!matches)
            return StoreResult<QList<Alert>>::failureFrom(matches);
        if (*matches < kSortMatchesBelow)
            order = m_dialect.withoutIndex(order);
        else
            plan = TextPlan::WalkSortIndex;
    }
    QVariantList bindings;
    QString where = filterSql(m_dialect, query.filter, &bindings, plan);
    const bool ascending = query.sort.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (after) {
        where += QStringLiteral(" AND (%1, a.id) %2 (%3, ?)")
                     .arg(expression, ascending ? QStringLiteral(">") : QStringLiteral("<"),
                         sortsText(query.sort.key) ? m_dialect.caselessParameter() : QStringLiteral("?"));
        bindings.append(sortValue(query.sort.key, *after));
        bindings.append(after->id);
    }
    return selectWhere(
        where, bindings, QStringLiteral("ORDER BY %1%2, a.id%2 LIMIT %3").arg(order, direction).arg(limit));
}

StoreResult<qint64> AlertTable::textMatches(const QString& match)
{
    const PreparedStatements::Run run
        = m_statements->run(QStringLiteral("SELECT count(*) FROM (%1) m")
                                .arg(m_dialect.matchingIds(QStringLiteral("alerts_fts"))),
            { match });
    if (!run || !run.query().next())
        return failed<qint64>(run.query());
    const qint64 matches = run.query().value(0).toLongLong();
    if (m_lastTextMatches.size() >= kRememberedTextMatches)
        m_lastTextMatches.clear();
    m_lastTextMatches.insert(match, matches);
    return matches;
}

StoreResult<qint64> AlertTable::textMatchEstimate(const QString& match)
{
    if (const auto known = m_lastTextMatches.constFind(match); known != m_lastTextMatches.cend())
        return *known;
    return textMatches(match);
}

StoreResult<int> AlertTable::count(const AlertFilter& filter)
{
    // Text alone: the index counts its matches without visiting an alert.
    AlertFilter textOnly;
    textOnly.text = filter.text;
    if (const QString match = m_dialect.allWords(filter.text); filter == textOnly && !match.isEmpty()) {
        const StoreResult<qint64> matches = textMatches(match);
        if (!matches)
            return StoreResult<int>::failureFrom(matches);
        return static_cast<int>(*matches);
    }
    QVariantList bindings;
    const QString where = filterSql(m_dialect, filter, &bindings);
    QSqlQuery query(database());
    if (!prepareAndExec(query, QStringLiteral("SELECT count(*) FROM alerts a WHERE ") + where, bindings)
        || !query.next())
        return failed<int>(query);
    return query.value(0).toInt();
}

StoreResult<QList<Alert>> AlertTable::changesSince(qint64* cursor, int limit)
{
    QSqlQuery query(database());
    SqlSupport::readForwardOnly(query);
    if (*cursor < 0) {
        if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM alert_log")) || !query.next())
            return failed<QList<Alert>>(query);
        *cursor = query.value(0).toLongLong();
        return QList<Alert> {};
    }
    if (!prepareAndExec(query,
            QStringLiteral("SELECT seq, alert_id FROM alert_log WHERE seq > ? ORDER BY seq LIMIT ?"),
            { *cursor, limit }))
        return failed<QList<Alert>>(query);
    qint64 last = *cursor;
    QSet<qint64> seen;
    QStringList ids;
    while (query.next()) {
        last = query.value(0).toLongLong();
        const qint64 id = query.value(1).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(QString::number(id));
        }
    }
    if (ids.isEmpty())
        return QList<Alert> {};
    const StoreResult<QList<Alert>> alerts
        = selectWhere(QStringLiteral("a.id IN (%1)").arg(ids.join(QLatin1Char(','))), {});
    if (alerts)
        *cursor = last;
    return alerts;
}

StoreResult<bool> AlertTable::save(const Alert& before, const Alert& after)
{
    const StoreResult<bool> updated = update(before, after);
    if (!updated)
        return updated;
    QString error;
    if (!logChange(after.id, &error))
        return StoreResult<bool>::failure(StoreErrorKind::Unavailable, error);
    return true;
}
