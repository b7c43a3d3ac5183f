#pragma once

#include "models/domain/clock.h"
#include "models/domain/severitypolicy.h"
#include "models/store/incidentstore.h"
#include "models/store/openoutcome.h"

#include <QString>

#include <memory>

// What a store is opened on and how. The one place that knows which backend
// a location means.
struct StoreOptions {
    QString location; // as DatabaseLocation reads it: a SQLite file, or postgresql://…
    // PostgreSQL's password, read from the keychain by the caller; empty when the server asks for none.
    QString password;
    SeverityPolicy policy = SeverityPolicy::defaults();
    const Clock* clock = SystemClock::instance();
    // Each commit is on the disk before it returns, also across a power cut or an OS crash
    // (SQLite's synchronous=FULL; the default, NORMAL, survives a killed process only): for
    // a connection whose commits let a sender forget its alerts. (PostgreSQL's commits are.)
    bool durableCommits = false;
    // Commits copy the write-ahead log into the file only once it holds this many pages
    // (0: SQLite's default, 1000), for a store whose WalCheckpointer does it.
    int writerCheckpointPages = 0;
};

// Opens (or creates) the store on a connection of its own for the calling thread;
// the store closes it when destroyed. Null, with the reason in *outcome, on failure.
std::unique_ptr<IncidentStore> openIncidentStore(const StoreOptions& options, OpenOutcome* outcome);
