#include "models/itemmodels/actionitemmodel.h"

#include "models/itemmodels/attentioncolours.h"

#include <QBrush>
#include <QColor>

namespace {
constexpr int kDueSoonDays = 3;
}

ActionItemModel::ActionItemModel(const Clock* clock, QObject* parent)
    : KeyedListModel(parent)
    , m_clock(clock)
{
}

void ActionItemModel::setItems(const QList<TrackedActionItem>& items)
{
    QList<ActionItemRow> rows;
    for (const TrackedActionItem& item : items)
        rows.append({ item.id(), item });
    setRows(rows, [](const ActionItemRow& a, const ActionItemRow& b) {
        return a.tracked.item == b.tracked.item && a.tracked.reviewStatus == b.tracked.reviewStatus;
    });
}

ActionItemModel::Due ActionItemModel::dueOf(const ActionItem& item) const
{
    if (item.status == ActionStatus::Done || !item.deadline.isValid())
        return Due::None;
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    if (item.isOverdue(today))
        return Due::Overdue;
    return today.daysTo(item.deadline) <= kDueSoonDays ? Due::Soon : Due::None;
}

int ActionItemModel::count(Due due) const
{
    return static_cast<int>(std::count_if(rows().cbegin(), rows().cend(),
        [this, due](const ActionItemRow& row) { return dueOf(row.tracked.item) == due; }));
}

QStringList ActionItemModel::columnTitles() const
{
    return { tr("Action"), tr("Owner"), tr("Deadline"), tr("Priority"), tr("Status"), tr("Horizon"),
        tr("Incident") };
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const
{
    const ActionItemRow* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= columnCount())
        return {};
    const ActionItem& item = row->tracked.item;
    const Due due = dueOf(item);
    const AttentionColours::Level level = due == Due::Overdue ? AttentionColours::Level::Overdue
        : due == Due::Soon                                    ? AttentionColours::Level::DueSoon
                                                              : AttentionColours::Level::None;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ActionColumn:
            return item.text;
        case OwnerColumn:
            return item.owner.isEmpty() ? tr("(nobody)") : item.owner;
        case DeadlineColumn:
            if (!item.deadline.isValid())
                return tr("none");
            return due == Due::Overdue
                ? tr("%1 (overdue)").arg(QLocale().toString(item.deadline, QLocale::ShortFormat))
                : QLocale().toString(item.deadline, QLocale::ShortFormat);
        case PriorityColumn:
            return kActionPriorities.label(item.priority);
        case StatusColumn:
            return kActionStatuses.label(item.status);
        case HorizonColumn:
            return kActionHorizons.label(item.horizon);
        case IncidentColumn:
            return row->tracked.incidentKey;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case DeadlineColumn:
            return item.deadline.isValid() ? item.deadline.toJulianDay() : std::numeric_limits<qint64>::max();
        case PriorityColumn:
            return static_cast<int>(item.priority);
        case StatusColumn:
            return static_cast<int>(item.status);
        case HorizonColumn:
            return static_cast<int>(item.horizon);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::BackgroundRole:
        return AttentionColours::background(level);
    case Qt::ForegroundRole:
        if (item.status == ActionStatus::Done)
            return QBrush(Qt::gray);
        return AttentionColours::foreground(level);
    case IncidentIdRole:
        return row->tracked.incidentId;
    case OpenRole:
        return item.status != ActionStatus::Done;
    case DueRole:
        return static_cast<int>(due);
    }
    return {};
}
