#pragma once

#include "models/domain/incident.h"
#include "models/domain/responsemetrics.h"
#include "models/domain/statistics.h"
#include "models/store/storeresult.h"

#include <QDateTime>
#include <QList>

// The figures of the statistics endpoints, the statistics dock, the monthly
// report and the wall: counted by the store, never by loading rows.
class StoreFigures {
public:
    virtual ~StoreFigures() = default;

    // `since` bounds "recent" alerts.
    virtual StoreResult<AlertStatistics> alertStatistics(const QDateTime& since, int noisiest) = 0;
    virtual StoreResult<IncidentStatistics> incidentStatistics(const QList<qint64>& resolutionBoundsSeconds)
        = 0;
    // The response metrics of the request's spans (see domain/responsemetrics.h).
    virtual StoreResult<ResponseMetrics> responseMetrics(const MetricsRequest& request) = 0;
    // The incidents a chart element stands for, newest first.
    virtual StoreResult<QList<Incident>> incidentsBehind(const MetricsDrillDown& drill, int limit) = 0;
};
