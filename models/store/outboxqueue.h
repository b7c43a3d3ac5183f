#pragma once

#include "models/domain/outboxmessage.h"
#include "models/store/storechange.h"
#include "models/store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

// The messages one change should cause (none for most).
using ChangeToMessages = std::function<QList<OutboxMessage>(const StoreChange&)>;

// How one try to send an outbox message went.
struct OutboundAttempt {
    OutboxState state = OutboxState::Waiting; // Waiting: try again at nextAttemptAt
    QDateTime nextAttemptAt;
    QString error; // empty when delivered
    // The id the service gave what was created (a Statuspage incident), so that later messages update it.
    QString remoteId = {};
    // Say on the incident's timeline that it was delivered or failed for good
    // (not for a webhook that mirrors every entry: that would double the timeline).
    bool onTimeline = true;
    // Who tried (claimDueOutbound's sender). A try that did not deliver counts only while this
    // sender still holds the message, or nobody does: one whose claim lapsed (a laptop that
    // slept through its request) must not take the message back from the console sending it now.
    QString sender = {};
};

// The outbox, where messages to other services wait until a sender takes them.
class OutboxQueue {
public:
    virtual ~OutboxQueue() = default;

    // `compose` turns each change after the outbox's own cursor into
    // messages, which are stored together with the cursor's new place in one
    // transaction: each change becomes messages exactly once, across restarts
    // and however many consoles share the store. The very first call starts at
    // the newest change (history is not sent). Returns how many were queued.
    virtual StoreResult<int> enqueueOutbound(const ChangeToMessages& compose, int limit) = 0;
    // Claims the waiting messages due now for `sender` until `leaseSeconds` from now,
    // oldest first, and returns them: while the lease holds, no other sender (another
    // console on the same database) gets them. Only the first waiting message of an
    // incident on a channel is due, so that a resolve never overtakes the trigger
    // still waiting for its retry; and only the oldest of those per channel and target,
    // the one a sender can send now. A sender that died lets its claims lapse.
    virtual StoreResult<QList<OutboxMessage>> claimDueOutbound(
        const QString& sender, int leaseSeconds, int limit)
        = 0;
    // Who holds a live claim on a waiting message now.
    virtual StoreResult<QStringList> outboundClaimHolders() = 0;
    // Ends `holder`'s claims now (a sender known to have died): the messages are due
    // again, and still name it as their last holder, so that a send it may have made
    // before it died is looked for first.
    virtual StoreResult<int> letGoOutboundClaims(const QString& holder) = 0;
    // The newest messages, in any state, newest first.
    virtual StoreResult<QList<OutboxMessage>> outboxMessages(int limit) = 0;
    // Records one try: delivered, failed for good (both written on the
    // incident's timeline if the attempt says so), or waiting again until
    // attempt.nextAttemptAt; the message's claim is let go.
    virtual StoreResult<OutboxMessage> recordOutboundAttempt(qint64 messageId, const OutboundAttempt& attempt)
        = 0;
    // A failed or waiting message is due again now.
    virtual StoreResult<OutboxMessage> retryOutboundNow(qint64 messageId) = 0;
};
