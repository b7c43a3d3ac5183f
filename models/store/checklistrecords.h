#pragma once

#include "models/domain/checklistitem.h"
#include "models/rules/playbook.h"
#include "models/store/storeresult.h"

#include <QList>

// Playbook checklists. Declaring an incident attaches its type's playbook
// (when the store has one); more can be attached. Each change is on the timeline.
class ChecklistRecords {
public:
    virtual ~ChecklistRecords() = default;

    virtual StoreResult<QList<ChecklistItem>> attachPlaybook(
        qint64 incidentId, const Playbook& playbook, const QString& author)
        = 0;
    virtual StoreResult<QList<ChecklistItem>> checklist(qint64 incidentId) = 0;
    virtual StoreResult<ChecklistItem> setChecklistItem(qint64 itemId, bool done, const QString& author) = 0;
    // The playbooks a declared incident gets its checklist from (by its type); the built-in ones unless set.
    virtual void setPlaybooks(PlaybookCatalog playbooks) = 0;
};
