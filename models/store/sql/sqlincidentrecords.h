#pragma once

#include "models/store/incidentrecords.h"

#include <QCoreApplication>

class SqlChecklistRecords;
class SqlJournal;
class SqlSession;

// IncidentRecords in SQL.
class SqlIncidentRecords final : public IncidentRecords {
    Q_DECLARE_TR_FUNCTIONS(SqlIncidentRecords)
public:
    SqlIncidentRecords(SqlSession& session, SqlJournal& journal, SqlChecklistRecords& checklists);

    StoreResult<Incident> declare(const IncidentDraft& draft, const QString& author) override;
    StoreResult<Incident> changeStatus(qint64 incidentId, IncidentStatus to, const QString& author) override;
    StoreResult<Incident> changeSeverity(qint64 incidentId, Severity to, const QString& author) override;
    StoreResult<Incident> assignRole(
        qint64 incidentId, IncidentRole role, const QString& person, const QString& author) override;
    StoreResult<Incident> editField(qint64 incidentId, IncidentField field, const QString& value,
        const QString& author, const std::optional<QString>& basedOn) override;
    StoreResult<TimelineEntry> addNote(
        qint64 incidentId, const QString& text, const QString& author) override;
    StoreResult<TimelineEntry> addCorrection(
        qint64 entryId, const QString& text, const QString& author) override;

    StoreResult<Incident> incident(qint64 incidentId) override;
    StoreResult<Incident> incidentByKey(const QString& key) override;
    StoreResult<QList<Incident>> page(
        const IncidentQuery& query, const std::optional<Incident>& after, int limit) override;
    StoreResult<int> count(const IncidentFilter& filter) override;
    StoreResult<QStringList> services() override;
    StoreResult<QList<TimelineEntry>> timeline(qint64 incidentId, qint64 afterId, int limit) override;

    void setTeamAssignment(TeamAssignment assignment) override { m_assignment = std::move(assignment); }

private:
    // The new incident's row, its first timeline entries and its type's checklist, inside the caller's
    // transaction.
    StoreResult<Incident> insertDeclared(Incident incident, const QString& playbook, const QString& author);
    // Why a move to the status the incident is in changes nothing: who moved it there, and when.
    QString alreadyThere(qint64 incidentId, IncidentStatus status);
    // Who changed `field` last, to `current`, and when: for an edit based on what it was before.
    QString whoChangedFirst(qint64 incidentId, IncidentField field, const QString& current);

    SqlSession& m_session;
    SqlJournal& m_journal;
    SqlChecklistRecords& m_checklists;
    TeamAssignment m_assignment = EscalationConfig::builtIn().assignment;
};
