#pragma once

#include "models/store/alerttable.h"
#include "models/store/incidentstore.h"
#include "models/store/sql/sqlalertintake.h"
#include "models/store/sql/sqlalertrecords.h"
#include "models/store/sql/sqlchangefeed.h"
#include "models/store/sql/sqlchecklistrecords.h"
#include "models/store/sql/sqlcommunicationrecords.h"
#include "models/store/sql/sqlescalationrecords.h"
#include "models/store/sql/sqlincidentrecords.h"
#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqloutboxqueue.h"
#include "models/store/sql/sqlpresencerecords.h"
#include "models/store/sql/sqlreviewrecords.h"
#include "models/store/sql/sqlsession.h"
#include "models/store/sql/sqlsilencerecords.h"
#include "models/store/sql/sqlstorefigures.h"

// Every store area in SQL, over one connection and one session: what
// openIncidentStore() returns for a SQLite file.
class SqlIncidentStore final : public IncidentStore {
public:
    // On a Qt Sql connection of the calling thread opened by SqliteDatabase; closed
    // with the store when `ownsConnection`.
    SqlIncidentStore(
        const QString& connectionName, SeverityPolicy policy, const Clock* clock, bool ownsConnection);
    ~SqlIncidentStore() override;
    SqlIncidentStore(const SqlIncidentStore&) = delete;
    SqlIncidentStore& operator=(const SqlIncidentStore&) = delete;

    IncidentRecords& incidents() override { return m_incidents; }
    AlertIntake& intake() override { return m_intake; }
    AlertRecords& alerts() override { return m_alerts; }
    SilenceRecords& silences() override { return m_silences; }
    ChecklistRecords& checklists() override { return m_checklists; }
    EscalationRecords& escalation() override { return m_escalation; }
    OutboxQueue& outbox() override { return m_outbox; }
    CommunicationRecords& communication() override { return m_communication; }
    ReviewRecords& reviews() override { return m_reviews; }
    StoreFigures& figures() override { return m_figures; }
    ChangeFeed& changes() override { return m_changes; }
    PresenceRecords& presence() override { return m_presence; }
    StoreResult<QString> identity() override { return m_session.identity(); }
    // The Qt Sql connection it runs on, for work beside it on the same thread (OfflineCopy).
    const QString& connectionName() const { return m_connectionName; }
    void releaseMemory() override { m_session.releaseMemory(); }

    // SQLite's synchronous=FULL for this connection (see StoreOptions::durableCommits).
    bool setDurableCommits();
    // SQLite's wal_autocheckpoint for this connection (see StoreOptions::writerCheckpointPages).
    bool setWriterCheckpointPages(int pages);

private:
    // In the order they depend on one another: each area is built on those before it.
    QString m_connectionName;
    bool m_ownsConnection;
    SqlSession m_session;
    SqlJournal m_journal;
    AlertTable m_alertTable;
    SqlChecklistRecords m_checklists;
    SqlIncidentRecords m_incidents;
    SqlSilenceRecords m_silences;
    SqlAlertIntake m_intake;
    SqlAlertRecords m_alerts;
    SqlChangeFeed m_changes;
    SqlOutboxQueue m_outbox;
    SqlCommunicationRecords m_communication;
    SqlEscalationRecords m_escalation;
    SqlReviewRecords m_reviews;
    SqlStoreFigures m_figures;
    SqlPresenceRecords m_presence;
};
