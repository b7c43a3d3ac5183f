#include "models/itemmodels/checklistmodel.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/plaintooltip.h"

#include <QBrush>
#include <QColor>
#include <QFont>

QColor ChecklistModel::criticalPathColour()
{
    return QColor(0x3a, 0x5b, 0x5b); // the seeds' colour for the critical response path
}

QList<ChecklistModel::Row> ChecklistModel::rowsFor(const QList<ChecklistItem>& items)
{
    QList<Row> rows;
    QString lastPhase;
    for (const ChecklistItem& item : items) {
        const QString phaseKey = item.playbookId + QLatin1Char('\x1f') + item.phase;
        if (phaseKey != lastPhase) {
            rows.append({ true, item });
            lastPhase = phaseKey;
        }
        rows.append({ false, item });
    }
    return rows;
}

void ChecklistModel::setItems(qint64 incidentId, const QList<ChecklistItem>& items)
{
    const QList<Row> rows = rowsFor(items);
    const bool sameShape = incidentId == m_incidentId && rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row& a, const Row& b) { return a.isPhase == b.isPhase && a.item.id == b.item.id; });
    if (!sameShape) {
        // Another incident, or playbooks attached: the list is rebuilt.
        beginResetModel();
        m_incidentId = incidentId;
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int row = 0; row < rows.size(); ++row) {
        const ChecklistItem before = m_rows.at(row).item; // a copy: the row is replaced below
        const ChecklistItem& after = rows.at(row).item;
        m_rows[row] = rows.at(row);
        if (!rows.at(row).isPhase
            && (before.checkedAt != after.checkedAt || before.checkedBy != after.checkedBy))
            Q_EMIT dataChanged(index(row), index(row));
    }
}

int ChecklistModel::openSteps() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row& row) { return !row.isPhase && !row.item.isChecked(); }));
}

int ChecklistModel::steps() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return !row.isPhase; }));
}

QStringList ChecklistModel::attachedPlaybooks() const
{
    QStringList ids;
    for (const Row& row : m_rows) {
        if (!ids.contains(row.item.playbookId))
            ids.append(row.item.playbookId);
    }
    return ids;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const ChecklistItem& item = row.item;
    switch (role) {
    case Qt::DisplayRole:
        if (row.isPhase)
            return item.phaseWindow.isEmpty()
                ? QStringLiteral("%1 — %2").arg(item.playbookTitle, item.phase)
                : tr("%1 — %2 (%3)").arg(item.playbookTitle, item.phase, item.phaseWindow);
        return item.text;
    case Qt::CheckStateRole:
        if (row.isPhase)
            return {};
        return item.isChecked() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (row.isPhase)
            return item.critical ? tr("On the critical response path") : QVariant();
        return item.isChecked()
            ? plainToolTip(tr("Done by %1 at %2").arg(item.checkedBy, TimeFormat::local(item.checkedAt)))
            : QVariant();
    case Qt::FontRole:
        if (row.isPhase) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (row.isPhase && item.critical)
            return QBrush(criticalPathColour());
        return {};
    case Qt::ForegroundRole:
        if (row.isPhase && item.critical)
            return QBrush(Qt::white);
        if (!row.isPhase && item.isChecked())
            return QBrush(Qt::gray);
        return {};
    case ItemIdRole:
        return row.isPhase ? QVariant() : QVariant(item.id);
    case IsPhaseRole:
        return row.isPhase;
    case CriticalRole:
        return item.critical;
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).isPhase)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_rows.size()
        || m_rows.at(index.row()).isPhase)
        return false;
    // The store decides; the row changes when it answers.
    Q_EMIT checkRequested(m_rows.at(index.row()).item.id, value.toInt() == Qt::Checked);
    return false;
}
