#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

// Gives memory back once a burst of work is over. A storm fills each database
// connection's page cache (SQLite keeps up to 2 MB a connection) and leaves the
// heap holding what it freed; a console left running on a wall would stay at
// its high-water mark. After `quietMs` with no noteWork(), `release` empties
// the owner's caches and the C library hands freed heap back to the system.
// Lives on, and is called on, the thread that owns the connections.
class IdleRelease final : public QObject {
public:
    static constexpr int kQuietMs = 3000;

    IdleRelease(std::function<void()> release, QObject* parent, int quietMs = kQuietMs);

    // Work happened: release once it has been quiet for a while.
    void noteWork();

    // Returns freed heap to the system, where the C library can (glibc).
    static void returnFreedHeap();

private:
    std::function<void()> m_release;
    QTimer m_quiet;
};
