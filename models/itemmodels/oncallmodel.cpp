#include "models/itemmodels/oncallmodel.h"

#include "models/domain/timeformat.h"

OnCallModel::OnCallModel(EscalationConfig config, const Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    for (const OnCallSchedule& schedule : std::as_const(m_config.schedules))
        m_rows.append(rowFor(schedule));
}

void OnCallModel::setConfig(EscalationConfig config)
{
    beginResetModel();
    m_config = std::move(config);
    m_rows.clear();
    for (const OnCallSchedule& schedule : std::as_const(m_config.schedules))
        m_rows.append(rowFor(schedule));
    endResetModel();
}

OnCallModel::Row OnCallModel::rowFor(const OnCallSchedule& schedule) const
{
    const QDateTime now = m_clock->nowUtc();
    return { schedule.shiftAt(now), schedule.nextShift(now) };
}

void OnCallModel::refresh()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row fresh = rowFor(m_config.schedules.at(row));
        const Row& old = m_rows.at(row);
        const auto same = [](const std::optional<OnCallShift>& a, const std::optional<OnCallShift>& b) {
            return a.has_value() == b.has_value()
                && (!a || (a->user == b->user && a->from == b->from && a->until == b->until));
        };
        if (same(fresh.now, old.now) && same(fresh.next, old.next))
            continue;
        m_rows[row] = fresh;
        Q_EMIT dataChanged(index(row, NowColumn), index(row, NextColumn));
    }
}

int OnCallModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OnCallModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnCallModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const OnCallSchedule& schedule = m_config.schedules.at(index.row());
    const Row& row = m_rows.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case ScheduleColumn:
        return role == Qt::ToolTipRole
            ? tr("%1, time zone %2").arg(schedule.name, QString::fromUtf8(schedule.zone.id()))
            : schedule.name;
    case NowColumn:
        return row.now ? row.now->user : tr("nobody on the rota");
    case UntilColumn:
        return row.now ? TimeFormat::localShort(row.now->until) : QString();
    case NextColumn:
        return row.next ? tr("%1 from %2").arg(row.next->user, TimeFormat::localShort(row.next->from))
                        : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OnCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ScheduleColumn:
        return tr("Schedule");
    case NowColumn:
        return tr("On call now");
    case UntilColumn:
        return tr("Until");
    case NextColumn:
        return tr("Next");
    case ColumnCount:
        break;
    }
    return {};
}
