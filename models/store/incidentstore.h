#pragma once

#include "models/store/alertintake.h"
#include "models/store/alertrecords.h"
#include "models/store/changefeed.h"
#include "models/store/checklistrecords.h"
#include "models/store/communicationrecords.h"
#include "models/store/escalationrecords.h"
#include "models/store/incidentrecords.h"
#include "models/store/outboxqueue.h"
#include "models/store/presencerecords.h"
#include "models/store/reviewrecords.h"
#include "models/store/silencerecords.h"
#include "models/store/storefigures.h"

// One connection to the console's database, and every area of it. Each area is
// an interface of its own, so that a caller names only what it uses, and a
// second backend can be written area by area. All areas of one IncidentStore
// share its connection and its transactions: a delivery of alerts that declares
// an incident commits the alerts, the incident and its timeline together.
// It is synchronous and bound to the thread that opened it; the GUI reaches
// it through AsyncIncidentStore.
class IncidentStore {
public:
    virtual ~IncidentStore() = default;

    virtual IncidentRecords& incidents() = 0;
    virtual AlertIntake& intake() = 0;
    virtual AlertRecords& alerts() = 0;
    virtual SilenceRecords& silences() = 0;
    virtual ChecklistRecords& checklists() = 0;
    virtual EscalationRecords& escalation() = 0;
    virtual OutboxQueue& outbox() = 0;
    virtual CommunicationRecords& communication() = 0;
    virtual ReviewRecords& reviews() = 0;
    virtual StoreFigures& figures() = 0;
    virtual ChangeFeed& changes() = 0;
    virtual PresenceRecords& presence() = 0;

    // The name this database gave itself when it was made: unique, never changed.
    virtual StoreResult<QString> identity() = 0;
    // Lets go of memory the connection keeps to be quick (caches), after a burst of work.
    virtual void releaseMemory() = 0;
};
