#pragma once

#include "models/domain/alertquery.h"
#include "models/rules/alertnotice.h"
#include "models/store/sql/sqldialect.h"
#include "models/store/sqlsupport.h"
#include "models/store/storeresult.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

// The SQL of the alerts table and its change log, on the connection of the
// store that owns it. Runs inside the store's transactions; opens none itself.
// The statements of ingestion are kept compiled in the store's `statements`.
class AlertTable {
public:
    AlertTable(QString connectionName, SqlSupport::PreparedStatements* statements);

    // The open (not resolved) row of a fingerprint, if there is one.
    StoreResult<std::optional<Alert>> findOpen(const QString& source, const QString& fingerprint);
    // The latest row of a fingerprint's episode that started at `startsAt`.
    StoreResult<std::optional<Alert>> findEpisode(
        const QString& source, const QString& fingerprint, const QDateTime& startsAt);
    // The newest row of a fingerprint, open or not.
    StoreResult<std::optional<Alert>> findLatest(const QString& source, const QString& fingerprint);
    // The resolved episode of the fingerprint that started at `startsAt`: when it ended by the
    // source's word, and when its resolve reached this console; none (the usual case: a new alert).
    using EndedEpisode = AlertNotice::EndedEpisode;
    StoreResult<std::optional<EndedEpisode>> endedEpisode(
        const QString& source, const QString& fingerprint, const QDateTime& startsAt);
    StoreResult<qint64> insert(const Alert& alert);
    // Writes the columns in which `after` differs from `before`, the row as it was read.
    StoreResult<bool> update(const Alert& before, const Alert& after);
    // An active incident that an alert with this correlation key was linked to and seen since `since`; 0 if
    // none.
    StoreResult<qint64> incidentForCorrelation(const QString& correlationKey, const QDateTime& since);
    StoreResult<int> openAlertsOfIncident(qint64 incidentId);
    // Tells open views that the alert changed.
    bool logChange(qint64 alertId, QString* error);
    // update() and logChange() together: the change written, and open views told of it.
    StoreResult<bool> save(const Alert& before, const Alert& after);

    // The alert with this id, if there is one.
    StoreResult<std::optional<Alert>> findById(qint64 alertId);
    // Every alert not yet resolved (firing, acknowledged or suppressed).
    StoreResult<QList<Alert>> openAlerts();
    StoreResult<QList<Alert>> select(const AlertQuery& query, const std::optional<Alert>& after, int limit);
    StoreResult<int> count(const AlertFilter& filter);
    StoreResult<QList<Alert>> changesSince(qint64* cursor, int limit);

private:
    // The first row that matches (in `order`, e.g. "ORDER BY a.id DESC"), if any.
    StoreResult<std::optional<Alert>> selectFirst(
        const QString& where, const QVariantList& bindings, const QString& order = {});
    StoreResult<QList<Alert>> selectWhere(
        const QString& where, const QVariantList& bindings, const QString& tail = {});
    static QString selectSql(const QString& where, const QString& tail);
    // How many alerts a full-text MATCH expression finds.
    StoreResult<qint64> textMatches(const QString& match);
    // About how many: the last count of the same expression, which is near
    // enough to choose a query plan by, and spares counting again for every page.
    StoreResult<qint64> textMatchEstimate(const QString& match);
    // Writes (or rewrites) the alert's words into the full-text index.
    StoreResult<bool> index(qint64 id, const Alert& alert);
    QSqlDatabase database() const;

    QString m_connectionName;
    SqlDialect m_dialect;
    SqlSupport::PreparedStatements* m_statements;
    QHash<QString, qint64> m_lastTextMatches;
};
