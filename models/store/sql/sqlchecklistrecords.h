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

    // The incident's type's playbook, if there is one, inside the transaction that declares it;
    // not on the timeline (the declaration implies it).
    StoreResult<bool> attachTypePlaybook(
        const Incident& incident, const QDateTime& at, const QString& author);

private:
    // Inserts the playbook's steps after the incident's last item, inside the caller's transaction;
    // `onTimeline`: says so on the timeline.
    StoreResult<QList<ChecklistItem>> insertChecklist(qint64 incidentId, const Playbook& playbook,
        const QDateTime& at, const QString& author, bool onTimeline);

    SqlSession& m_session;
    SqlJournal& m_journal;
    PlaybookCatalog m_playbooks = PlaybookCatalog::builtIn();
};
