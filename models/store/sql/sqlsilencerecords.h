#pragma once

#include "models/store/silencerecords.h"

#include <QCoreApplication>

class AlertTable;
class SqlSession;

// SilenceRecords in SQL. Adding or expiring a silence re-decides the
// suppression of every open alert in the same transaction.
class SqlSilenceRecords final : public SilenceRecords {
    Q_DECLARE_TR_FUNCTIONS(SqlSilenceRecords)
public:
    SqlSilenceRecords(SqlSession& session, AlertTable& alerts);

    StoreResult<Silence> add(const Silence& silence) override;
    StoreResult<Silence> expire(qint64 silenceId, const QString& author) override;
    StoreResult<QList<Silence>> list(bool ended) override;

    // The silences in force at `at`, for the alerts being ingested.
    StoreResult<ActiveSilences> activeSilences(const QDateTime& at);

private:
    // Re-decides suppression of every open alert against the silences in force now.
    StoreResult<bool> applySilences();

    SqlSession& m_session;
    AlertTable& m_alerts;
};
