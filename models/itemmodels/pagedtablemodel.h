#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <algorithm>

// A table of records that the store filters, sorts and pages. The model holds
// only the pages fetched so far; fetchMore asks for the page after the last
// row. A record changed anywhere is placed exactly where the store's order
// puts it: one insert, move, remove or dataChanged, never a reset. Only a new
// query resets. Subclasses say how to load a page, which records the query
// keeps, the order, and which columns a change touches.
//
// Row needs a `qint64 id`.
template<typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPageSize(int rows) { m_pageSize = std::max(rows, 1); }

    // How often the time columns (ages, countdowns) refresh; 0 stops it (tests drive refreshTimes()).
    void setTickInterval(int milliseconds)
    {
        if (milliseconds > 0)
            m_tick.start(milliseconds);
        else
            m_tick.stop();
    }
    void refreshTimes()
    {
        if (m_rows.isEmpty() || m_tickFirst < 0)
            return;
        Q_EMIT dataChanged(index(0, m_tickFirst), index(static_cast<int>(m_rows.size()) - 1, m_tickLast), m_tickRoles);
    }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_loading; }

    int rowForId(qint64 id) const
    {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const Row& row) { return row.id == id; });
        return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
    }
    const Row* recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_loading;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent) || m_fetching || m_rows.isEmpty())
            return;
        m_fetching = true;
        requestPage(m_rows.constLast(), m_generation);
    }

protected:
    // Load the first page (no `after`) or the page after `after`, then call
    // firstPageLoaded / pageLoaded with the same generation.
    virtual void requestFirstPage(quint64 generation) = 0;
    virtual void requestPage(const Row& after, quint64 generation) = 0;
    virtual bool wanted(const Row& row) const = 0;
    virtual bool lessThan(const Row& a, const Row& b) const = 0;
    // First and last column that show a difference; first < 0 for none.
    virtual QPair<int, int> changedColumns(const Row& before, const Row& after) const = 0;

    const QList<Row>& rows() const { return m_rows; }

    // Columns first..last show times relative to now: refresh them every second.
    void tickColumns(int first, int last, const QList<int>& roles)
    {
        m_tickFirst = first;
        m_tickLast = last;
        m_tickRoles = roles;
        QObject::connect(&m_tick, &QTimer::timeout, this, [this] { refreshTimes(); });
        m_tick.start(1000);
    }
    quint64 generation() const { return m_generation; }

    void reload()
    {
        m_loading = true;
        m_fetching = false;
        requestFirstPage(++m_generation);
    }

    // False when the answer is stale (a newer query was asked for meanwhile).
    bool firstPageLoaded(quint64 generation, const QList<Row>& page)
    {
        if (generation != m_generation)
            return false;
        m_loading = false;
        beginResetModel();
        m_rows = page;
        m_hasMore = m_rows.size() == m_pageSize;
        endResetModel();
        return true;
    }
    // False when the answer is stale.
    bool firstPageFailed(quint64 generation)
    {
        if (generation != m_generation)
            return false;
        m_loading = false;
        return true;
    }

    void pageLoaded(quint64 generation, const QList<Row>& page)
    {
        if (generation != m_generation)
            return;
        m_fetching = false;
        m_hasMore = page.size() == m_pageSize;
        // A live change may already have placed one of these rows.
        QList<Row> fresh;
        for (const Row& row : page) {
            if (rowForId(row.id) < 0)
                fresh.append(row);
        }
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    bool pageFailed(quint64 generation)
    {
        if (generation != m_generation)
            return false;
        m_fetching = false;
        return true;
    }

    // Places the latest state of a record that changed somewhere.
    void place(const Row& record)
    {
        const int row = rowForId(record.id);
        if (row < 0) {
            if (!wanted(record))
                return;
            const int position = insertPosition(record);
            if (position == m_rows.size() && m_hasMore)
                return; // belongs to a page not fetched yet
            beginInsertRows({}, position, position);
            m_rows.insert(position, record);
            endInsertRows();
            return;
        }
        if (!wanted(record)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            return;
        }

        const Row previous = m_rows.at(row);
        m_rows.removeAt(row); // find where it goes among the others
        const int position = insertPosition(record);
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
            m_rows[position] = record;
            endMoveRows();
            Q_EMIT dataChanged(index(position, 0), index(position, columnCount() - 1));
            return;
        }
        m_rows[row] = record;
        const auto [first, last] = changedColumns(previous, record);
        if (first >= 0)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }

private:
    int insertPosition(const Row& record) const
    {
        return static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), record,
                                    [this](const Row& a, const Row& b) { return lessThan(a, b); })
            - m_rows.begin());
    }

    QList<Row> m_rows;
    int m_pageSize = 200;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QTimer m_tick;
    int m_tickFirst = -1;
    int m_tickLast = -1;
    QList<int> m_tickRoles;
};
