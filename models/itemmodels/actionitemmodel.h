#pragma once

#include "models/domain/clock.h"
#include "models/domain/postincidentreview.h"
#include "models/itemmodels/keyedlistmodel.h"

// Every review's action items in one table, for the tracker: owner, deadline,
// priority, status, horizon and the incident they came from, with overdue
// (red) and due-soon (amber, within three days) open items marked. Small
// enough to be sorted and filtered by a proxy (ActionItemFilter).
struct ActionItemRow {
    qint64 id = 0;
    TrackedActionItem tracked;
};

class ActionItemModel final : public KeyedListModel<ActionItemRow> {
    Q_OBJECT
public:
    enum Column {
        ActionColumn,
        OwnerColumn,
        DeadlineColumn,
        PriorityColumn,
        StatusColumn,
        HorizonColumn,
        IncidentColumn
    };
    enum Role { SortRole = Qt::UserRole + 1, IncidentIdRole, OpenRole, DueRole };
    enum class Due { None, Soon, Overdue };

    ActionItemModel(const Clock* clock, QObject* parent = nullptr);

    void setItems(const QList<TrackedActionItem>& items);
    Due dueOf(const ActionItem& item) const;
    int count(Due due) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    const Clock* m_clock;
};
