#pragma once

#include "models/store/communicationrecords.h"

#include <QCoreApplication>

class SqlJournal;
class SqlOutboxQueue;
class SqlSession;

// CommunicationRecords in SQL. Updates sent are timeline entries (kind
// Communicated), so that the record of who was told what is the same evidence
// as the rest of the incident; the status page keeps its draft, its posted
// updates and the Statuspage incident they went to.
class SqlCommunicationRecords final : public CommunicationRecords {
    Q_DECLARE_TR_FUNCTIONS(SqlCommunicationRecords)
public:
    SqlCommunicationRecords(SqlSession& session, SqlJournal& journal, SqlOutboxQueue& outbox);

    StoreResult<TimelineEntry> recordCommunication(
        qint64 incidentId, const CommunicationRecord& record, const QString& author) override;
    StoreResult<CommunicationLog> communicationLog(qint64 incidentId) override;
    StoreResult<StatusPageUpdate> statusPageDraft(qint64 incidentId) override;
    StoreResult<StatusPageUpdate> saveStatusPageDraft(
        const StatusPageUpdate& draft, const QString& author) override;
    StoreResult<StatusPageUpdate> postStatusPageUpdate(
        const StatusPageUpdate& update, bool publish, const QString& author) override;
    StoreResult<QList<StatusPageUpdate>> statusPageUpdates(qint64 incidentId) override;

private:
    SqlSession& m_session;
    SqlJournal& m_journal;
    SqlOutboxQueue& m_outbox;
};
