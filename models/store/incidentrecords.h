#pragma once

#include "models/domain/incident.h"
#include "models/domain/incidentquery.h"
#include "models/domain/timelineentry.h"
#include "models/rules/escalationpolicy.h"
#include "models/store/storeresult.h"

#include <QList>
#include <QStringList>

#include <optional>

// Incidents and their timelines. Every change validates its input, writes the
// change and its timeline entry in one transaction, or writes nothing and says why.
class IncidentRecords {
public:
    virtual ~IncidentRecords() = default;

    virtual StoreResult<Incident> declare(const IncidentDraft& draft, const QString& author) = 0;
    virtual StoreResult<Incident> changeStatus(qint64 incidentId, IncidentStatus to, const QString& author)
        = 0;
    virtual StoreResult<Incident> changeSeverity(qint64 incidentId, Severity to, const QString& author) = 0;
    virtual StoreResult<Incident> assignRole(
        qint64 incidentId, IncidentRole role, const QString& person, const QString& author)
        = 0;
    // `basedOn`: the field's value as the editor saw it when they began. If someone has changed it
    // since, nothing is written and the answer is a Conflict saying who changed it, to what, and when.
    virtual StoreResult<Incident> editField(qint64 incidentId, IncidentField field, const QString& value,
        const QString& author, const std::optional<QString>& basedOn = std::nullopt)
        = 0;
    virtual StoreResult<TimelineEntry> addNote(qint64 incidentId, const QString& text, const QString& author)
        = 0;
    virtual StoreResult<TimelineEntry> addCorrection(
        qint64 entryId, const QString& text, const QString& author)
        = 0;

    virtual StoreResult<Incident> incident(qint64 incidentId) = 0;
    virtual StoreResult<Incident> incidentByKey(const QString& key) = 0;
    // Rows in the query's order that come after `after` (keyset paging); no `after`: from the start.
    virtual StoreResult<QList<Incident>> page(
        const IncidentQuery& query, const std::optional<Incident>& after, int limit)
        = 0;
    virtual StoreResult<int> count(const IncidentFilter& filter) = 0;
    virtual StoreResult<QStringList> services() = 0;
    // Entries in the order they were written, after entry id `afterId`.
    virtual StoreResult<QList<TimelineEntry>> timeline(qint64 incidentId, qint64 afterId, int limit) = 0;

    // Which team a declared incident is assigned to (escalation.json's assignment rules).
    virtual void setTeamAssignment(TeamAssignment assignment) = 0;
};
