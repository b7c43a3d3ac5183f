#pragma once

#include "models/store/changefeed.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

class SqlJournal;
class SqlSession;

// ChangeFeed over the change_log table, which every change of the store appends to.
class SqlChangeFeed final : public ChangeFeed {
    Q_DECLARE_TR_FUNCTIONS(SqlChangeFeed)
public:
    SqlChangeFeed(SqlSession& session, SqlJournal& journal);

    StoreResult<StoreChanges> changesSince(qint64* cursor, int limit) override;
    StoreResult<bool> markChangesRead(const QString& reader, qint64 seq) override;
    bool othersWroteSinceLastCheck() override;
    bool wakeOnCommits(std::function<void()> wake) override;
    bool connectionLost() const override { return m_connectionLost; }
    bool restoreConnection(QString* error) override;

    // Run as a store opens, in its transaction: forgets the change-log rows every reader has read.
    // How long a console's mark holds pruning back without being renewed is `readerMarkKeptMs`.
    static bool pruneLog(QSqlDatabase& db, qint64 readerMarkKeptMs, QSqlError* error);

private:
    SqlSession& m_session;
    SqlJournal& m_journal;
    qint64 m_dataVersion = -1;
    bool m_connectionLost = false;
    // The session's reconnections() when LISTEN was sent; -1: not listening.
    int m_listeningSince = -1;
};
