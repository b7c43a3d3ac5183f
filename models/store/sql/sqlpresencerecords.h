#pragma once

#include "models/store/presencerecords.h"

class SqlSession;

// PresenceRecords in SQL: one row a console in the presence table, written
// outside any incident's transaction (a single upsert) and pruned as it goes stale.
class SqlPresenceRecords final : public PresenceRecords {
public:
    explicit SqlPresenceRecords(SqlSession& session);

    StoreResult<bool> announce(const Presence& presence) override;
    StoreResult<QList<Presence>> othersOn(
        qint64 incidentId, const QString& exceptConsole, int freshSeconds) override;
    StoreResult<bool> leave(const QString& console) override;

private:
    SqlSession& m_session;
};
