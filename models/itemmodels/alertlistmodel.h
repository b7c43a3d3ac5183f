#pragma once

#include "models/domain/alertquery.h"
#include "models/domain/clock.h"
#include "models/itemmodels/pagedtablemodel.h"
#include "models/store/asyncincidentstore.h"

// The live alert stream: alerts paged from the store in the order it sorts
// them, placed as they change (see PagedTableModel). An alert storm arrives
// here in batches, at most ~10 a second.
class AlertListModel final : public PagedTableModel<Alert> {
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        StatusColumn,
        NameColumn,
        SummaryColumn,
        ServiceColumn,
        SourceColumn,
        CountColumn,
        LastSeenColumn,
        IncidentColumn,
        ColumnCount
    };
    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        SeverityRole, // int 1..4
        AlertStatusRole, // int, AlertStatus
        IncidentIdRole, // qint64, 0 when not linked
        LastSeenRole, // QDateTime UTC
        FingerprintRole,
        LabelsRole, // QVariantMap
        RunbookRole, // the runbook link its rule or annotations give; empty if none
    };

    AlertListModel(AsyncIncidentStore* store, const Clock* clock, QObject* parent = nullptr);

    const AlertQuery& query() const { return m_query; }
    void setFilter(const AlertFilter& filter);
    using PagedTableModel<Alert>::reload; // public here: a view may ask for a fresh look
    const Alert* alertAt(int row) const { return recordAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    PageQuery pageQuery() const override;
    CountQuery countQuery() const override;
    bool wanted(const Alert& alert) const override { return m_query.filter.matches(alert); }
    bool lessThan(const Alert& a, const Alert& b) const override { return AlertOrdering(m_query.sort)(a, b); }
    QList<bool> differingColumns(const Alert& before, const Alert& after) const override;

private:
    QVariant display(const Alert& alert, int column) const;

    const Clock* m_clock;
    AlertQuery m_query;
};
