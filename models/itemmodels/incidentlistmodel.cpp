#include "models/itemmodels/incidentlistmodel.h"

#include "models/domain/responsestatus.h"
#include "models/domain/timeformat.h"
#include "models/itemmodels/plaintooltip.h"

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

}

QList<bool> IncidentListModel::differingColumns(const Incident& a, const Incident& b) const
{
    return {
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
}

IncidentListModel::IncidentListModel(AsyncIncidentStore* store, const Clock* clock, QObject* parent)
    : PagedTableModel<Incident>(store, parent)
    , m_clock(clock)
{
    m_query.filter = IncidentFilter::activeOnly();
    connect(store, &AsyncIncidentStore::changed, this, &IncidentListModel::applyChanges);
    tickColumns(AgeColumn, ResponseColumn, { Qt::DisplayRole, Qt::ToolTipRole, ResponseStateRole });
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
    if (sort == m_query.sort && !rows().isEmpty())
        return;
    m_query.sort = sort;
    reload();
}

bool IncidentListModel::lessThan(const Incident& a, const Incident& b) const
{
    return IncidentOrdering(m_query.sort)(a, b);
}

void IncidentListModel::applyChanges(const StoreChanges& changes)
{
    // A batch may hold several changes to one incident; each carries its latest state.
    QSet<qint64> seen;
    QList<Incident> latest;
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        if (seen.contains(changes.at(i).incident.id))
            continue;
        seen.insert(changes.at(i).incident.id);
        latest.append(changes.at(i).incident);
    }
    placeAll(latest);
}

PagedTableModel<Incident>::PageQuery IncidentListModel::pageQuery() const
{
    return [query = m_query](IncidentStore& store, const std::optional<Incident>& after, int limit) {
        return store.incidents().page(query, after, limit);
    };
}

PagedTableModel<Incident>::CountQuery IncidentListModel::countQuery() const
{
    return [filter = m_query.filter](IncidentStore& store) { return store.incidents().count(filter); };
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
        return plainToolTip(incident.description.isEmpty() ? incident.title : incident.description);
    default:
        return {};
    }
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident& incident = rows().at(index.row());
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
