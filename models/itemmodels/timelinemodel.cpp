#include "models/itemmodels/timelinemodel.h"

#include "models/domain/timeformat.h"

#include <QFont>

TimelineModel::TimelineModel(AsyncIncidentStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &AsyncIncidentStore::changed, this, &TimelineModel::applyChanges);
}

void TimelineModel::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    ++m_generation;
    beginResetModel();
    m_incidentId = incidentId;
    m_entries.clear();
    m_corrected.clear();
    const bool hadLeftOut = m_leftOut > 0;
    m_leftOut = 0;
    m_hasMore = incidentId > 0;
    m_fetching = false;
    endResetModel();
    if (hadLeftOut)
        Q_EMIT earlierEntriesLeftOutChanged(0);
    if (m_hasMore)
        fetchMore({});
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const qint64 incidentId = m_incidentId;
    const qint64 afterId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    const int pageSize = m_pageSize;
    m_store->run<StoreResult<QList<TimelineEntry>>>(
        this,
        [incidentId, afterId, pageSize](
            IncidentStore& store) { return store.incidents().timeline(incidentId, afterId, pageSize); },
        [this, generation, pageSize](const StoreResult<QList<TimelineEntry>>& page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page) {
                m_hasMore = false;
                Q_EMIT loadFailed(page.error());
                return;
            }
            m_hasMore = page->size() == pageSize;
            append(*page);
            Q_EMIT loaded();
        });
}

void TimelineModel::append(const QList<TimelineEntry>& entries)
{
    QList<TimelineEntry> fresh;
    const qint64 lastId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    for (const TimelineEntry& entry : entries) {
        if (entry.id > lastId && (fresh.isEmpty() || entry.id > fresh.constLast().id))
            fresh.append(entry);
    }
    // Past maxRows the oldest make room first, so that the model never holds more.
    const int excess = static_cast<int>(m_entries.size() + fresh.size()) - maxRows();
    if (excess > 0) {
        const int ofHeld = std::min(excess, static_cast<int>(m_entries.size()));
        if (ofHeld > 0) {
            beginRemoveRows({}, 0, ofHeld - 1);
            m_entries.remove(0, ofHeld);
            endRemoveRows();
        }
        fresh.remove(0, excess - ofHeld);
        m_leftOut += excess;
        Q_EMIT earlierEntriesLeftOutChanged(m_leftOut);
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_entries.append(fresh);
    endInsertRows();
    for (const TimelineEntry& entry : std::as_const(fresh)) {
        if (entry.kind != TimelineKind::Correction || m_corrected.contains(entry.correctsId))
            continue;
        m_corrected.insert(entry.correctsId);
        const int row = rowForId(entry.correctsId);
        if (row >= 0)
            Q_EMIT dataChanged(
                index(row, 0), index(row, ColumnCount - 1), { Qt::FontRole, Qt::ToolTipRole, CorrectedRole });
    }
}

void TimelineModel::applyChanges(const StoreChanges& changes)
{
    QList<TimelineEntry> mine;
    for (const StoreChange& change : changes) {
        if (change.entry.isValid() && change.entry.incidentId == m_incidentId)
            mine.append(change.entry);
    }
    // While pages are still to come, the newest entries arrive with the last page.
    if (!mine.isEmpty() && !m_hasMore && !m_fetching)
        append(mine);
}

int TimelineModel::rowForId(qint64 entryId) const
{
    // Entries are in id order.
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), entryId,
        [](const TimelineEntry& entry, qint64 id) { return entry.id < id; });
    return it != m_entries.end() && it->id == entryId ? static_cast<int>(it - m_entries.begin()) : -1;
}

const TimelineEntry* TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& entry = m_entries.at(index.row());
    const bool corrected = m_corrected.contains(entry.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeFormat::local(entry.at);
        case AuthorColumn:
            return entry.author;
        case KindColumn:
            return TimelineText::kindLabel(entry.kind);
        case DetailsColumn:
            return TimelineText::summary(entry);
        }
        return {};
    case Qt::ToolTipRole:
        if (corrected)
            return tr("Entry #%1, corrected by a later entry").arg(entry.id);
        return tr("Entry #%1, %2 UTC").arg(entry.id).arg(entry.at.toString(Qt::ISODate));
    case Qt::FontRole:
        if (corrected) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case EntryIdRole:
        return entry.id;
    case KindRole:
        return static_cast<int>(entry.kind);
    case AtRole:
        return entry.at;
    case CorrectedRole:
        return corrected;
    case CorrectsIdRole:
        return entry.correctsId;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AuthorColumn:
        return tr("Who");
    case KindColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(KindRole, "kind");
    names.insert(AtRole, "at");
    names.insert(CorrectedRole, "corrected");
    names.insert(CorrectsIdRole, "correctsId");
    return names;
}
