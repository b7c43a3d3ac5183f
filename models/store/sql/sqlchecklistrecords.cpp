// SqlChecklistRecords: playbook checklists attached to incidents.
#include "models/store/sql/sqlchecklistrecords.h"

#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

using namespace SqlSupport;

namespace {
const QString kChecklistColumns
    = QStringLiteral("id, incident_id, playbook_id, playbook_title, phase, phase_window, critical, position, "
                     "text, checked_at, checked_by");

ChecklistItem readItem(const QSqlQuery& q)
{
    ChecklistItem item;
    item.id = q.value(0).toLongLong();
    item.incidentId = q.value(1).toLongLong();
    item.playbookId = q.value(2).toString();
    item.playbookTitle = q.value(3).toString();
    item.phase = q.value(4).toString();
    item.phaseWindow = q.value(5).toString();
    item.critical = q.value(6).toInt() != 0;
    item.position = q.value(7).toInt();
    item.text = q.value(8).toString();
    item.checkedAt = fromDb(q.value(9));
    item.checkedBy = q.value(10).toString();
    return item;
}
}

SqlChecklistRecords::SqlChecklistRecords(SqlSession& session, SqlJournal& journal)
    : m_session(session)
    , m_journal(journal)
{
}

StoreResult<bool> SqlChecklistRecords::attachDeclaredPlaybooks(
    const Incident& incident, const QString& chosen, const QDateTime& at, const QString& author)
{
    for (const Playbook* playbook : m_playbooks.forIncident(incident, chosen)) {
        const StoreResult<QList<ChecklistItem>> items
            = insertChecklist(incident.id, *playbook, at, author, false);
        if (!items)
            return StoreResult<bool>::failureFrom(items);
    }
    return true;
}

StoreResult<QList<ChecklistItem>> SqlChecklistRecords::insertChecklist(
    qint64 incidentId, const Playbook& playbook, const QDateTime& at, const QString& author, bool onTimeline)
{
    QSqlQuery last(m_session.database());
    if (!prepareAndExec(last,
            QStringLiteral("SELECT coalesce(max(position), 0) FROM checklist_items WHERE incident_id = ?"),
            { incidentId })
        || !last.next())
        return failed<QList<ChecklistItem>>(last);
    int position = last.value(0).toInt();
    last.finish();
    QSqlQuery insert(m_session.database());
    if (!insert.prepare(
            QStringLiteral("INSERT INTO checklist_items (incident_id, playbook_id, playbook_title, phase, "
                           "phase_window, critical, position, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed<QList<ChecklistItem>>(insert);
    for (const PlaybookPhase& phase : playbook.phases) {
        for (const QString& step : phase.steps) {
            for (const QVariant& value : QVariantList { incidentId, playbook.id, playbook.title, phase.name,
                     phase.window, phase.critical ? 1 : 0, ++position, step })
                insert.addBindValue(value);
            if (!insert.exec())
                return failed<QList<ChecklistItem>>(insert);
        }
    }
    insert.finish();
    if (!onTimeline)
        return checklist(incidentId);
    TimelineEntry entry;
    entry.incidentId = incidentId;
    entry.at = at;
    entry.author = author;
    entry.kind = TimelineKind::Checklist;
    entry.field = playbook.id;
    entry.newValue = QStringLiteral("attached");
    entry.body = playbook.title;
    if (const StoreResult<qint64> written = m_journal.insertEntry(entry); !written)
        return StoreResult<QList<ChecklistItem>>::failureFrom(written);
    return checklist(incidentId);
}

StoreResult<QList<ChecklistItem>> SqlChecklistRecords::attachPlaybook(
    qint64 incidentId, const Playbook& playbook, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<QList<ChecklistItem>>(tr("Every change needs an author."));
    return m_session.inTransaction<QList<ChecklistItem>>([&]() -> StoreResult<QList<ChecklistItem>> {
        if (const StoreResult<Incident> found = m_journal.incident(incidentId); !found)
            return StoreResult<QList<ChecklistItem>>::failureFrom(found);
        QSqlQuery already(m_session.database());
        if (!prepareAndExec(already,
                QStringLiteral(
                    "SELECT 1 FROM checklist_items WHERE incident_id = ? AND playbook_id = ? LIMIT 1"),
                { incidentId, playbook.id }))
            return failed<QList<ChecklistItem>>(already);
        if (already.next())
            return rejected<QList<ChecklistItem>>(
                tr("The playbook “%1” is attached already.").arg(playbook.title));
        already.finish();
        return insertChecklist(incidentId, playbook, m_session.now(), author.trimmed(), true);
    });
}

StoreResult<QList<ChecklistItem>> SqlChecklistRecords::checklist(qint64 incidentId)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT %1 FROM checklist_items WHERE incident_id = ? ORDER BY position")
                .arg(kChecklistColumns),
            { incidentId }))
        return failed<QList<ChecklistItem>>(query);
    QList<ChecklistItem> items;
    while (query.next())
        items.append(readItem(query));
    return items;
}

StoreResult<ChecklistItem> SqlChecklistRecords::setChecklistItem(
    qint64 itemId, bool done, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<ChecklistItem>(tr("Every change needs an author."));
    return m_session.inTransaction<ChecklistItem>([&]() -> StoreResult<ChecklistItem> {
        QSqlQuery read(m_session.database());
        if (!prepareAndExec(read,
                QStringLiteral("SELECT %1 FROM checklist_items WHERE id = ?").arg(kChecklistColumns),
                { itemId }))
            return failed<ChecklistItem>(read);
        if (!read.next())
            return StoreResult<ChecklistItem>::failure(
                StoreErrorKind::NotFound, tr("There is no checklist item %1.").arg(itemId));
        ChecklistItem item = readItem(read);
        read.finish();
        if (item.isChecked() == done)
            return item; // as asked already: nothing to write
        item.checkedAt = done ? m_session.now() : QDateTime();
        item.checkedBy = done ? author.trimmed() : QString();
        QSqlQuery update(m_session.database());
        if (!prepareAndExec(update,
                QStringLiteral("UPDATE checklist_items SET checked_at = ?, checked_by = ? WHERE id = ?"),
                { toDb(item.checkedAt), item.checkedBy, itemId }))
            return failed<ChecklistItem>(update);
        TimelineEntry entry;
        entry.kind = TimelineKind::Checklist;
        entry.field = item.playbookId;
        entry.newValue = done ? QStringLiteral("checked") : QStringLiteral("unchecked");
        entry.body = item.text;
        if (const StoreResult<TimelineEntry> written
            = m_journal.appendEntry(item.incidentId, entry, author.trimmed());
            !written)
            return StoreResult<ChecklistItem>::failureFrom(written);
        return item;
    });
}
