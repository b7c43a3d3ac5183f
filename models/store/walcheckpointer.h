#pragma once

#include <QAtomicInteger>
#include <QString>
#include <QThread>

class WalCheckpointWorker;

// Copies committed pages from an SQLite file's write-ahead log into the file,
// on a thread and a connection of its own, soon after each commit. Left to
// SQLite, the connection whose commit fills the log past a thousand pages does
// it, inside that commit: in an alert storm that is the receiver, which then
// answers nobody while it copies. Here the copying runs on another core while
// the writer carries on (a passive checkpoint never blocks a writer).
//
// The writer still checkpoints once the log reaches kWriterCheckpointPages:
// under a steady storm the passes here rarely find the log with nothing new,
// and only then may the next writer start the log over; without that the log
// would grow for as long as the storm lasts. By the time the writer gets
// there, most pages have been copied already.
class WalCheckpointer final {
public:
    // A pass follows a commit after this long, and commits in the meantime share
    // it; a quiet file costs no wake-ups. Each pass syncs the log and the file to
    // disk, so passes are spaced out unless the log grows fast: at 1,000 alerts a
    // second, a pass every 20 ms synced 60 times a second (and in one benchmark
    // run alerts took longer to reach the window, p99 31 → 54 ms); every 100 ms, 18.
    static constexpr int kAfterCommitMs = 100;
    static constexpr int kAfterCommitInStormMs = 20;
    // A storm: the log grows by this many pages a second (1,000 alerts a second write about 3,000).
    static constexpr int kStormPagesPerSecond = 10000;
    static constexpr int kWriterCheckpointPages = 4000; // 16 MB of 4 KiB pages

    explicit WalCheckpointer(const QString& databasePath);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // A commit added to the log. Any thread.
    void walGrew();

private:
    QThread m_thread;
    WalCheckpointWorker* m_worker; // lives on m_thread
    QAtomicInteger<int> m_passRequested = 0;
};
