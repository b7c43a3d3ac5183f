#include "models/itemmodels/alertlistmodel.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/plaintooltip.h"

namespace {
AlertSortKey sortKeyFor(int column)
{
    switch (column) {
    case AlertListModel::SeverityColumn:
        return AlertSortKey::Severity;
    case AlertListModel::StatusColumn:
        return AlertSortKey::Status;
    case AlertListModel::NameColumn:
    case AlertListModel::SummaryColumn:
        return AlertSortKey::Name;
    case AlertListModel::ServiceColumn:
        return AlertSortKey::Service;
    case AlertListModel::SourceColumn:
        return AlertSortKey::Source;
    case AlertListModel::CountColumn:
        return AlertSortKey::Occurrences;
    case AlertListModel::LastSeenColumn:
    case AlertListModel::IncidentColumn:
    default:
        return AlertSortKey::LastSeen;
    }
}
}

AlertListModel::AlertListModel(AsyncIncidentStore* store, const Clock* clock, QObject* parent)
    : PagedTableModel<Alert>(store, parent)
    , m_clock(clock)
{
    m_query.filter = AlertFilter::open();
    connect(store, &AsyncIncidentStore::alertsChanged, this, &AlertListModel::placeAll);
    tickColumns(LastSeenColumn, LastSeenColumn, { Qt::DisplayRole, Qt::ToolTipRole });
}

void AlertListModel::setFilter(const AlertFilter& filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    reload();
}

void AlertListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const AlertSort sort { sortKeyFor(column), order };
    if (sort == m_query.sort && !rows().isEmpty())
        return;
    m_query.sort = sort;
    reload();
}

PagedTableModel<Alert>::PageQuery AlertListModel::pageQuery() const
{
    return [query = m_query](IncidentStore& store, const std::optional<Alert>& after, int limit) {
        return store.alerts().page(query, after, limit);
    };
}

PagedTableModel<Alert>::CountQuery AlertListModel::countQuery() const
{
    return [filter = m_query.filter](IncidentStore& store) { return store.alerts().count(filter); };
}

QList<bool> AlertListModel::differingColumns(const Alert& a, const Alert& b) const
{
    return {
        a.severity != b.severity,
        a.status != b.status,
        a.name != b.name,
        a.summary != b.summary,
        a.service != b.service,
        a.source != b.source,
        a.occurrences != b.occurrences,
        a.lastSeen != b.lastSeen,
        a.incidentId != b.incidentId,
    };
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::display(const Alert& alert, int column) const
{
    switch (column) {
    case SeverityColumn:
        return SeverityNames::code(alert.severity);
    case StatusColumn:
        return AlertStatusNames::label(alert.status);
    case NameColumn:
        return alert.name;
    case SummaryColumn:
        return alert.summary;
    case ServiceColumn:
        return alert.service;
    case SourceColumn:
        return alert.source;
    case CountColumn:
        return alert.occurrences;
    case LastSeenColumn:
        return tr("%1 ago").arg(TimeFormat::duration(alert.lastSeen.secsTo(m_clock->nowUtc())));
    case IncidentColumn:
        return alert.incidentKey;
    }
    return {};
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& alert = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(alert, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastSeenColumn)
            return tr("First seen %1, last seen %2")
                .arg(TimeFormat::local(alert.firstSeen), TimeFormat::local(alert.lastSeen));
        if (index.column() == NameColumn || index.column() == SummaryColumn) {
            QStringList lines;
            for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
                lines.append(it.key() + QLatin1Char('=') + it.value());
            return plainToolTip(lines.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == LastSeenColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AlertIdRole:
        return alert.id;
    case SeverityRole:
        return static_cast<int>(alert.severity);
    case AlertStatusRole:
        return static_cast<int>(alert.status);
    case IncidentIdRole:
        return alert.incidentId;
    case LastSeenRole:
        return alert.lastSeen;
    case FingerprintRole:
        return alert.fingerprint;
    case RunbookRole:
        return alert.runbookUrl;
    case LabelsRole: {
        QVariantMap labels;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Alert");
    case SummaryColumn:
        return tr("Summary");
    case ServiceColumn:
        return tr("Service");
    case SourceColumn:
        return tr("Source");
    case CountColumn:
        return tr("Count");
    case LastSeenColumn:
        return tr("Last seen");
    case IncidentColumn:
        return tr("Incident");
    }
    return {};
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AlertIdRole, "alertId");
    names.insert(SeverityRole, "severity");
    names.insert(AlertStatusRole, "alertStatus");
    names.insert(IncidentIdRole, "incidentId");
    names.insert(LastSeenRole, "lastSeen");
    names.insert(FingerprintRole, "fingerprint");
    names.insert(LabelsRole, "labels");
    names.insert(RunbookRole, "runbook");
    return names;
}
