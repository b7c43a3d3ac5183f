#pragma once

#include "models/store/storefigures.h"

#include <QCoreApplication>
#include <QPair>
#include <QVariantList>

class AlertIntake;
class SqlJournal;
class SqlSession;

// StoreFigures in SQL: every figure is one grouped query over the incidents'
// indexes or the alert_volume table, so that drawing them costs the same
// whether the store holds a hundred incidents or a hundred thousand.
class SqlStoreFigures final : public StoreFigures {
    Q_DECLARE_TR_FUNCTIONS(SqlStoreFigures)
public:
    SqlStoreFigures(SqlSession& session, SqlJournal& journal, AlertIntake& intake);

    StoreResult<AlertStatistics> alertStatistics(const QDateTime& since, int noisiest) override;
    StoreResult<IncidentStatistics> incidentStatistics(const QList<qint64>& resolutionBoundsSeconds) override;
    StoreResult<ResponseMetrics> responseMetrics(const MetricsRequest& request) override;
    StoreResult<QList<Incident>> incidentsBehind(const MetricsDrillDown& drill, int limit) override;

private:
    // (value, count) rows of a GROUP BY.
    StoreResult<QList<QPair<QVariant, qint64>>> groupCounts(const QString& sql, const QVariantList& bindings);
    StoreResult<bool> alertVolume(const MetricsRequest& request, ResponseMetrics* metrics);

    SqlSession& m_session;
    SqlJournal& m_journal;
    AlertIntake& m_intake; // writes the counts of the last second before they are read
};
