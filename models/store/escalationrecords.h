#pragma once

#include "models/domain/timelineentry.h"
#include "models/rules/escalationpolicy.h"
#include "models/store/storeresult.h"

#include <QList>

// Escalation: every level of an unacknowledged incident's policy that has
// fallen due and not yet paged is written on its timeline (kind Escalated,
// with who is on call), once; acknowledging stops it.
class EscalationRecords {
public:
    virtual ~EscalationRecords() = default;

    // Returns the entries written.
    virtual StoreResult<QList<TimelineEntry>> escalateDue(const EscalationConfig& config) = 0;
    // The next level now, whatever its time (a person decided to escalate).
    virtual StoreResult<TimelineEntry> escalateNow(
        qint64 incidentId, const EscalationConfig& config, const QString& author)
        = 0;
};
