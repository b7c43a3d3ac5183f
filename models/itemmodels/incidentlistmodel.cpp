#include "incidentlistmodel.h"

#include "domain/responsestatus.h"
#include "domain/timeformat.h"

#include <QSet>

namespace {
struct SortMapping {
    IncidentSortKey key;
    bool inverted; // Age sorts by detection time the other way round: youngest first when ascending.
};

SortMapping sortFor(int column)
{
    switch (column) {
    case IncidentListModel::KeyColumn:
        return { IncidentSortKey::Key, false };
    case IncidentListModel::SeverityColumn:
        return { IncidentSortKey::Severity, false };
    case IncidentListModel::StatusColumn:
        return { IncidentSortKey::Status, false };
    case IncidentListModel::TitleColumn:
        return { IncidentSortKey::Title, false };
    case IncidentListModel::ServiceColumn:
        return { IncidentSortKey::Service, false };
    case IncidentListModel::EnvironmentColumn:
        return { IncidentSortKey::Environment, false };
    case IncidentListModel::CommanderColumn:
        return { IncidentSortKey::Commander, false };
    case IncidentListModel::AgeColumn:
        return { IncidentSortKey::DetectedAt, true };
    case IncidentListModel::ResponseColumn:
    default:
        return { IncidentSortKey::ResponseDue, false };
    }
}

Qt::SortOrder flipped(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

// Which columns show something that differs between two versions of a row.
QPair<int, int> changedColumns(const Incident& a, const Incident& b)
{
    const bool changed[] = {
        a.key != b.key,
        a.severity != b.severity,
        a.status != b.status,
        a.title != b.title,
        a.service != b.service,
        a.environment != b.environment,
        a.role(IncidentRole::Commander) != b.role(IncidentRole::Commander),
        a.detectedAt != b.detectedAt || a.resolvedAt != b.resolvedAt,
        a.responseDueAt != b.responseDueAt || a.acknowledgedAt != b.acknowledgedAt,
    };
    int first = -1;
    int last = -1;
    for (int column = 0; column < IncidentListModel::ColumnCount; ++column) {
        if (changed[column]) {
            if (first < 0)
                first = column;
            last = column;
        }
    }
    return { first, last };
}
}

IncidentListModel::IncidentListModel(AsyncIncidentStore* store, const Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_query.filter = IncidentFilter::activeOnly();
    connect(m_store, &AsyncIncidentStore::changed, this, &IncidentListModel::applyChanges);
    connect(&m_tick, &QTimer::timeout, this, &IncidentListModel::refreshTimes);
    m_tick.start(1000);
}

void IncidentListModel::setTickInterval(int milliseconds)
{
    if (milliseconds > 0)
        m_tick.start(milliseconds);
    else
        m_tick.stop();
}

void IncidentListModel::setQuery(const IncidentQuery& query)
{
    m_query = query;
    reload();
}

void IncidentListModel::setFilter(const IncidentFilter& filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    reload();
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const SortMapping mapping = sortFor(column);
    IncidentSort sort { mapping.key, mapping.inverted ? flipped(order) : order };
    m_sortColumn = column;
    if (sort == m_query.sort && !m_rows.isEmpty())
        return;
    m_query.sort = sort;
    reload();
}

void IncidentListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_fetching = false;
    struct FirstPage {
        StoreResult<QList<Incident>> rows;
        StoreResult<int> count;
    };
    const IncidentQuery query = m_query;
    const int pageSize = m_pageSize;
    m_store->run<FirstPage>(
        this,
        [query, pageSize](IncidentStore& store) {
            return FirstPage { store.incidents(query, std::nullopt, pageSize), store.countIncidents(query.filter) };
        },
        [this, generation, pageSize](const FirstPage& page) {
            if (generation != m_generation)
                return; // a newer query has been asked for meanwhile
            m_loading = false;
            if (!page.rows || !page.count) {
                Q_EMIT loadFailed(page.rows ? page.count.error() : page.rows.error());
                return;
            }
            beginResetModel();
            m_rows = *page.rows;
            m_hasMore = m_rows.size() == pageSize;
            endResetModel();
            m_totalCount = *page.count;
            Q_EMIT totalCountChanged(m_totalCount);
            Q_EMIT loaded();
        });
}

bool IncidentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void IncidentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_fetching || m_rows.isEmpty())
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const IncidentQuery query = m_query;
    const Incident after = m_rows.constLast();
    const int pageSize = m_pageSize;
    m_store->run<StoreResult<QList<Incident>>>(
        this, [query, after, pageSize](IncidentStore& store) { return store.incidents(query, after, pageSize); },
        [this, generation, pageSize](const StoreResult<QList<Incident>>& page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page) {
                Q_EMIT loadFailed(page.error());
                return;
            }
            m_hasMore = page->size() == pageSize;
            // A live change may already have placed one of these rows.
            QList<Incident> fresh;
            for (const Incident& incident : *page) {
                if (rowForId(incident.id) < 0)
                    fresh.append(incident);
            }
            if (fresh.isEmpty())
                return;
            beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + fresh.size() - 1));
            m_rows.append(fresh);
            endInsertRows();
        });
}

int IncidentListModel::rowForId(qint64 incidentId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == incidentId)
            return static_cast<int>(row);
    }
    return -1;
}

const Incident* IncidentListModel::incidentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int IncidentListModel::insertPosition(const Incident& incident) const
{
    const IncidentOrdering ordering(m_query.sort);
    return static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), incident, ordering) - m_rows.begin());
}

void IncidentListModel::applyChanges(const StoreChanges& changes)
{
    if (m_loading)
        return; // the page being loaded already reflects them
    // A batch may hold several changes to one incident; each carries its latest state.
    QSet<qint64> seen;
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        if (seen.contains(changes.at(i).incident.id))
            continue;
        seen.insert(changes.at(i).incident.id);
        applyChange(changes.at(i).incident);
    }
    recount();
}

void IncidentListModel::applyChange(const Incident& incident)
{
    const int row = rowForId(incident.id);
    const bool wanted = m_query.filter.matches(incident);
    if (row < 0) {
        if (!wanted)
            return;
        const int position = insertPosition(incident);
        if (position == m_rows.size() && m_hasMore)
            return; // belongs to a page not fetched yet
        beginInsertRows({}, position, position);
        m_rows.insert(position, incident);
        endInsertRows();
        return;
    }
    if (!wanted) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }

    const Incident previous = m_rows.at(row);
    m_rows.removeAt(row); // find where it goes among the others
    const int position = insertPosition(incident);
    m_rows.insert(row, previous);
    if (position == m_rows.size() - 1 && m_hasMore && position != row) {
        beginRemoveRows({}, row, row); // moved past the fetched pages
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (position != row) {
        // beginMoveRows counts the destination before the row is taken out.
        const int destination = position > row ? position + 1 : position;
        beginMoveRows({}, row, row, {}, destination);
        m_rows.move(row, position);
        m_rows[position] = incident;
        endMoveRows();
        Q_EMIT dataChanged(index(position, 0), index(position, ColumnCount - 1));
        return;
    }
    m_rows[row] = incident;
    const auto [first, last] = changedColumns(previous, incident);
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void IncidentListModel::recount()
{
    const IncidentFilter filter = m_query.filter;
    const quint64 generation = m_generation;
    m_store->run<StoreResult<int>>(
        this, [filter](IncidentStore& store) { return store.countIncidents(filter); },
        [this, generation](const StoreResult<int>& count) {
            if (generation != m_generation || !count || *count == m_totalCount)
                return;
            m_totalCount = *count;
            Q_EMIT totalCountChanged(m_totalCount);
        });
}

void IncidentListModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(static_cast<int>(m_rows.size()) - 1, ResponseColumn),
        { Qt::DisplayRole, Qt::ToolTipRole, ResponseStateRole });
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::display(const Incident& incident, int column) const
{
    switch (column) {
    case KeyColumn:
        return incident.key;
    case SeverityColumn:
        return SeverityNames::code(incident.severity);
    case StatusColumn:
        return Lifecycle::label(incident.status);
    case TitleColumn:
        return incident.title;
    case ServiceColumn:
        return incident.service;
    case EnvironmentColumn:
        return kEnvironments.label(incident.environment);
    case CommanderColumn:
        return incident.role(IncidentRole::Commander);
    case AgeColumn: {
        const QDateTime end = incident.resolvedAt.isValid() ? incident.resolvedAt : m_clock->nowUtc();
        return TimeFormat::duration(incident.detectedAt.secsTo(end));
    }
    case ResponseColumn:
        return ResponseStatusText::brief(ResponseStatus::of(incident, m_clock->nowUtc()));
    }
    return {};
}

QVariant IncidentListModel::toolTip(const Incident& incident, int column) const
{
    switch (column) {
    case SeverityColumn:
        return tr("%1 (%2, %3): %4")
            .arg(SeverityNames::label(incident.severity), SeverityNames::word(incident.severity),
                SeverityNames::priority(incident.severity), SeverityNames::impact(incident.severity));
    case AgeColumn:
        return tr("Detected %1").arg(TimeFormat::local(incident.detectedAt));
    case ResponseColumn:
        if (incident.acknowledgedAt.isValid())
            return tr("Acknowledged %1; target was %2")
                .arg(TimeFormat::local(incident.acknowledgedAt), TimeFormat::local(incident.responseDueAt));
        return tr("Acknowledge by %1").arg(TimeFormat::local(incident.responseDueAt));
    case TitleColumn:
        return incident.description.isEmpty() ? incident.title : incident.description;
    default:
        return {};
    }
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident& incident = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(incident, index.column());
    case Qt::ToolTipRole:
        return toolTip(incident, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn || index.column() == ResponseColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IncidentIdRole:
        return incident.id;
    case SeverityRole:
        return static_cast<int>(incident.severity);
    case StatusRole:
        return static_cast<int>(incident.status);
    case ResponseStateRole:
        return static_cast<int>(ResponseStatus::of(incident, m_clock->nowUtc()).state);
    case DetectedAtRole:
        return incident.detectedAt;
    case ResponseDueRole:
        return incident.responseDueAt;
    case IsActiveRole:
        return Lifecycle::isActive(incident.status);
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Incident");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    case ServiceColumn:
        return tr("Service");
    case EnvironmentColumn:
        return tr("Environment");
    case CommanderColumn:
        return tr("Commander");
    case AgeColumn:
        return tr("Age");
    case ResponseColumn:
        return tr("Response target");
    }
    return {};
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IncidentIdRole, "incidentId");
    names.insert(SeverityRole, "severity");
    names.insert(StatusRole, "status");
    names.insert(ResponseStateRole, "responseState");
    names.insert(DetectedAtRole, "detectedAt");
    names.insert(ResponseDueRole, "responseDue");
    names.insert(IsActiveRole, "isActive");
    return names;
}
