#pragma once

#include "models/domain/clock.h"
#include "models/domain/incidentquery.h"
#include "models/itemmodels/pagedtablemodel.h"
#include "models/store/asyncincidentstore.h"

// The triage queue: incidents paged from the store in the order it sorts them,
// placed live as they change (see PagedTableModel).
class IncidentListModel final : public PagedTableModel<Incident> {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        SeverityColumn,
        StatusColumn,
        TitleColumn,
        ServiceColumn,
        EnvironmentColumn,
        CommanderColumn,
        AgeColumn,
        ResponseColumn,
        ColumnCount
    };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        SeverityRole, // int 1..4
        StatusRole, // int, IncidentStatus
        ResponseStateRole, // int, ResponseStatus::State
        DetectedAtRole, // QDateTime UTC
        ResponseDueRole, // QDateTime UTC
        IsActiveRole, // bool
    };

    IncidentListModel(AsyncIncidentStore* store, const Clock* clock, QObject* parent = nullptr);

    const IncidentQuery& query() const { return m_query; }
    void setQuery(const IncidentQuery& query);
    void setFilter(const IncidentFilter& filter);
    using PagedTableModel<Incident>::reload; // public here: a view may ask for a fresh look

    const Incident* incidentAt(int row) const { return recordAt(row); }
    int sortColumn() const { return m_sortColumn; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    PageQuery pageQuery() const override;
    CountQuery countQuery() const override;
    bool wanted(const Incident& incident) const override { return m_query.filter.matches(incident); }
    bool lessThan(const Incident& a, const Incident& b) const override;
    QList<bool> differingColumns(const Incident& before, const Incident& after) const override;

private:
    void applyChanges(const StoreChanges& changes);
    QVariant display(const Incident& incident, int column) const;
    QVariant toolTip(const Incident& incident, int column) const;

    const Clock* m_clock;
    IncidentQuery m_query;
    int m_sortColumn = SeverityColumn;
};
