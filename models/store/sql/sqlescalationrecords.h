#pragma once

#include "models/store/escalationrecords.h"

#include <QCoreApplication>

class SqlJournal;
class SqlSession;

// EscalationRecords in SQL. Which levels are due follows from the incident's
// detection time and the configuration; which have paged is kept in
// escalation_steps, so each pages once, across restarts and consoles.
class SqlEscalationRecords final : public EscalationRecords {
    Q_DECLARE_TR_FUNCTIONS(SqlEscalationRecords)
public:
    SqlEscalationRecords(SqlSession& session, SqlJournal& journal);

    StoreResult<QList<TimelineEntry>> escalateDue(const EscalationConfig& config) override;
    StoreResult<TimelineEntry> escalateNow(
        qint64 incidentId, const EscalationConfig& config, const QString& author) override;

private:
    // Pages one level of the incident's policy: the step's row and its timeline entry.
    StoreResult<TimelineEntry> fireEscalationLevel(const Incident& incident, const EscalationPolicy& policy,
        int level, const EscalationConfig& config, const QString& author);

    SqlSession& m_session;
    SqlJournal& m_journal;
};
