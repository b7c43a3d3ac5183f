#pragma once

#include "models/domain/incident.h"
#include "models/store/checklistrecords.h"

#include <QCoreApplication>

class SqlJournal;
class SqlSession;

// ChecklistRecords in SQL.
class SqlChecklistRecords final : public ChecklistRecords {
    Q_DECLARE_TR_FUNCTIONS(SqlChecklistRecords)
public:
    SqlChecklistRecords(SqlSession& session, SqlJournal& journal);

    StoreResult<QList<ChecklistItem>> attachPlaybook(
        qint64 incidentId, const Playbook& playbook, const QString& author) override;
    StoreResult<QList<ChecklistItem>> checklist(qint64 incidentId) override;
    StoreResult<ChecklistItem> setChecklistItem(qint64 itemId, bool done, const QString& author) override;
    void setPlaybooks(PlaybookCatalog playbooks) override { m_playbooks = std::move(playbooks); }

    // The playbooks a declared incident gets (PlaybookCatalog::forIncident), inside the transaction that
    // declares it; not on the timeline (the declaration implies them, and each item names its playbook).
    StoreResult<bool> attachDeclaredPlaybooks(
        const Incident& incident, const QString& chosen, const QDateTime& at, const QString& author);

private:
    // Inserts the playbook's steps after the incident's last item, inside the caller's transaction;
    // `onTimeline`: says so on the timeline.
    StoreResult<QList<ChecklistItem>> insertChecklist(qint64 incidentId, const Playbook& playbook,
        const QDateTime& at, const QString& author, bool onTimeline);

    SqlSession& m_session;
    SqlJournal& m_journal;
    PlaybookCatalog m_playbooks = PlaybookCatalog::builtIn();
};
