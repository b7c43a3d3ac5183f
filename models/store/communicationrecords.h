#pragma once

#include "models/domain/communication.h"
#include "models/domain/statuspage.h"
#include "models/domain/timelineentry.h"
#include "models/store/storeresult.h"

#include <QHash>
#include <QList>

// What an incident's audiences have heard so far, and what the templates need besides the incident.
struct CommunicationLog {
    QHash<QString, CommunicationSent> lastSent; // audience id → the newest update to it
    QString latestNote;
};

// Stakeholder communication and the status page.
class CommunicationRecords {
public:
    virtual ~CommunicationRecords() = default;

    // Recording an update writes it on the timeline (kind Communicated, with the
    // text), which restarts that audience's clock; the outbox composer posts it
    // to Slack when the channel is Slack.
    virtual StoreResult<TimelineEntry> recordCommunication(
        qint64 incidentId, const CommunicationRecord& record, const QString& author)
        = 0;
    virtual StoreResult<CommunicationLog> communicationLog(qint64 incidentId) = 0;

    // Status page: one draft per incident, kept as it is written (an empty one when there is none);
    // posting keeps the update in the history, writes the timeline (audience "statuspage"),
    // and queues it for Statuspage when `publish` (channel "statuspage" in the outbox). The draft stays,
    // to start the next update from (and to correct and post again should Statuspage refuse it).
    virtual StoreResult<StatusPageUpdate> statusPageDraft(qint64 incidentId) = 0;
    virtual StoreResult<StatusPageUpdate> saveStatusPageDraft(
        const StatusPageUpdate& draft, const QString& author)
        = 0;
    virtual StoreResult<StatusPageUpdate> postStatusPageUpdate(
        const StatusPageUpdate& update, bool publish, const QString& author)
        = 0;
    // Posted updates, newest first.
    virtual StoreResult<QList<StatusPageUpdate>> statusPageUpdates(qint64 incidentId) = 0;
};
