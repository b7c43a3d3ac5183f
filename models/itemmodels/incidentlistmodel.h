#pragma once

#include "domain/clock.h"
#include "domain/incidentquery.h"
#include "store/asyncincidentstore.h"

#include <QAbstractTableModel>
#include <QTimer>

// The triage queue. The store filters and sorts (with indexes) and the model
// holds only the pages fetched so far; fetchMore pulls the next page after the
// last row. Changes from the store are placed exactly: one insert, move,
// remove or dataChanged per incident, never a reset. Only a new query resets.
class IncidentListModel final : public QAbstractTableModel {
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
    void reload();

    void setPageSize(int rows) { m_pageSize = std::max(rows, 1); }
    // How often the age and countdown columns refresh; 0 stops it (tests drive refreshTimes()).
    void setTickInterval(int milliseconds);
    void refreshTimes();

    int totalCount() const { return m_totalCount; }
    bool isLoading() const { return m_loading; }
    int rowForId(qint64 incidentId) const;
    const Incident* incidentAt(int row) const;
    int sortColumn() const { return m_sortColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded();
    void totalCountChanged(int count);
    void loadFailed(const QString& message);

private:
    void applyChanges(const StoreChanges& changes);
    void applyChange(const Incident& incident);
    int insertPosition(const Incident& incident) const;
    void recount();
    QVariant display(const Incident& incident, int column) const;
    QVariant toolTip(const Incident& incident, int column) const;

    AsyncIncidentStore* m_store;
    const Clock* m_clock;
    IncidentQuery m_query;
    int m_sortColumn = SeverityColumn;
    QList<Incident> m_rows;
    int m_pageSize = 200;
    int m_totalCount = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QTimer m_tick;
};
