#pragma once

#include "models/domain/alert.h"
#include "models/domain/alertquery.h"
#include "models/domain/incident.h"
#include "models/store/storeresult.h"

#include <QList>

#include <optional>

// The alert stream as people read it and act on it. Each action writes the
// timeline of the incident involved.
class AlertRecords {
public:
    virtual ~AlertRecords() = default;

    virtual StoreResult<QList<Alert>> page(
        const AlertQuery& query, const std::optional<Alert>& after, int limit)
        = 0;
    virtual StoreResult<int> count(const AlertFilter& filter) = 0;
    // Alerts changed since *cursor (each once, as it is now); advances *cursor. -1 starts at the newest.
    virtual StoreResult<QList<Alert>> changesSince(qint64* cursor, int limit) = 0;

    virtual StoreResult<Alert> acknowledge(qint64 alertId, const QString& author) = 0;
    // Links the alert to the incident (moving it from another one, if it had one).
    virtual StoreResult<Alert> attach(qint64 alertId, qint64 incidentId, const QString& author) = 0;
    // Declares an incident from the alert (its summary, severity and service) and links the alert to it.
    virtual StoreResult<Incident> declareFromAlert(qint64 alertId, const QString& author) = 0;
};
