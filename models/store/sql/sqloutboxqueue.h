#pragma once

#include "models/store/outboxqueue.h"

#include <QCoreApplication>

class ChangeFeed;
class SqlJournal;
class SqlSession;

// OutboxQueue in SQL. Messages are made from the change log under a cursor of
// their own, in the transaction that moves the cursor.
class SqlOutboxQueue final : public OutboxQueue {
    Q_DECLARE_TR_FUNCTIONS(SqlOutboxQueue)
public:
    SqlOutboxQueue(SqlSession& session, SqlJournal& journal, ChangeFeed& changes);

    StoreResult<int> enqueueOutbound(const ChangeToMessages& compose, int limit) override;
    StoreResult<QList<OutboxMessage>> claimDueOutbound(
        const QString& sender, int leaseSeconds, int limit) override;
    StoreResult<QStringList> outboundClaimHolders() override;
    StoreResult<int> letGoOutboundClaims(const QString& holder) override;
    StoreResult<QList<OutboxMessage>> outboxMessages(int limit) override;
    StoreResult<OutboxMessage> recordOutboundAttempt(
        qint64 messageId, const OutboundAttempt& attempt) override;
    StoreResult<OutboxMessage> retryOutboundNow(qint64 messageId) override;

    // Queues one message for the incident, due now, inside the caller's transaction.
    StoreResult<qint64> insertOutboxMessage(
        const OutboxMessage& message, const Incident& incident, const QDateTime& now);

private:
    SqlSession& m_session;
    SqlJournal& m_journal;
    ChangeFeed& m_changes;
};
