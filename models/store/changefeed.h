#pragma once

#include "models/store/storechange.h"
#include "models/store/storeresult.h"

#include <QString>

#include <functional>

// Changes made by anyone (this connection or another process or machine), in
// the order they were committed: how views and the outbox hear of them.
class ChangeFeed {
public:
    virtual ~ChangeFeed() = default;

    // Changes since *cursor, oldest first; advances *cursor. A cursor of -1 starts at the newest change.
    virtual StoreResult<StoreChanges> changesSince(qint64* cursor, int limit) = 0;
    // Says that `reader` (a console, by a name of its own) has read the change log through
    // `seq`: pruning keeps what it has yet to read. Renewed every few seconds while it reads.
    virtual StoreResult<bool> markChangesRead(const QString& reader, qint64 seq) = 0;
    // Cheap: has another connection committed since the last call?
    virtual bool othersWroteSinceLastCheck() = 0;
    // Calls `wake`, on this connection's thread, soon after anyone commits a change, where the
    // database can tell (PostgreSQL's LISTEN/NOTIFY); false where it cannot, and the caller polls
    // othersWroteSinceLastCheck(). Wake-ups can be lost (a reconnect): a caller still polls, rarely.
    virtual bool wakeOnCommits(std::function<void()> wake) = 0;
    // The connection to a database server broke, as the last othersWroteSinceLastCheck() found:
    // the store must be opened again. Never for a SQLite file.
    virtual bool connectionLost() const = 0;
    // For a connection that only answers requests (a receiver's): checks that the server still
    // answers and connects again if not, so that a restarted server is used again without a restart
    // here. False, with the reason, while it cannot be reached. A SQLite file always answers.
    virtual bool restoreConnection(QString* error) = 0;
};
