#pragma once

#include "models/store/asyncincidentstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <optional>

// A table of records that the store filters, sorts and pages. The model holds
// a window of the store's order from its top: the pages fetched so far, never
// more than maxRows(). fetchMore (a view scrolled to the last row) widens the
// window by a page. A record changed anywhere is placed exactly where the
// store's order puts it: one insert, move, remove or dataChanged, never a
// reset; a record that arrives inside a full window pushes the window's last
// row out, and one that sorts below the window only changes totalCount(). So
// memory follows what is shown, never how many records arrive. Only a new
// query resets. Subclasses say how to load a page, which records the query
// keeps, the order, and which columns a change touches; they emit the
// signals (a class template cannot declare any).
//
// Row needs a `qint64 id`.
//
// PagedTableSignals carries what every paged table announces; a class
// template cannot declare signals itself.
class PagedTableSignals : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // How many rows match the query in the store (more than are fetched).
    int totalCount() const { return m_totalCount; }

Q_SIGNALS:
    void loaded();
    void totalCountChanged(int count);
    void loadFailed(const QString& message);

protected:
    void setTotalCount(int count)
    {
        if (count == m_totalCount)
            return;
        m_totalCount = count;
        Q_EMIT totalCountChanged(count);
    }

private:
    int m_totalCount = 0;
};

template<typename Row> class PagedTableModel : public PagedTableSignals {
public:
    explicit PagedTableModel(AsyncIncidentStore* store, QObject* parent = nullptr)
        : PagedTableSignals(parent)
        , m_store(store)
    {
    }

    void setPageSize(int rows)
    {
        m_pageSize = std::max(rows, 1);
        m_windowRows = std::max(m_pageSize, static_cast<int>(m_rows.size()));
    }
    // The most rows the window may hold, however far a view scrolls: a view
    // reaching it shows the first maxRows() of totalCount() (narrow the query to see others).
    void setMaxPages(int pages) { m_maxPages = std::max(pages, 1); }
    int maxRows() const { return m_pageSize * m_maxPages; }
    // The rows the window holds at most now: the pages asked for so far.
    int windowRows() const { return m_windowRows; }

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
        Q_EMIT dataChanged(
            index(0, m_tickFirst), index(static_cast<int>(m_rows.size()) - 1, m_tickLast), m_tickRoles);
    }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_loading; }

    int rowForId(qint64 id) const
    {
        const auto it
            = std::find_if(m_rows.begin(), m_rows.end(), [id](const Row& row) { return row.id == id; });
        return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
    }
    const Row* recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_loading && m_rows.size() < maxRows();
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent) || m_fetching)
            return;
        m_fetching = true;
        m_windowRows = std::min(static_cast<int>(m_rows.size()) + m_pageSize, maxRows());
        requestPage(lastRow()); // an emptied window starts again from the top
    }

protected:
    // The current query, as the store answers it: a page after `after` (none:
    // the first page) of at most `limit` rows, and how many rows match in all.
    // Each captures a copy of the query, so it can run on the store's thread.
    using PageQuery
        = std::function<StoreResult<QList<Row>>(IncidentStore&, const std::optional<Row>& after, int limit)>;
    using CountQuery = std::function<StoreResult<int>(IncidentStore&)>;
    virtual PageQuery pageQuery() const = 0;
    virtual CountQuery countQuery() const = 0;

    virtual bool wanted(const Row& row) const = 0;
    virtual bool lessThan(const Row& a, const Row& b) const = 0;
    // For each column, in order: does it show something different between the two versions?
    virtual QList<bool> differingColumns(const Row& before, const Row& after) const = 0;

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

    void reload()
    {
        m_loading = true;
        m_fetching = false;
        requestFirstPage(++m_generation);
    }

    // Asks the store how many rows match now, after live changes.
    void recount()
    {
        const quint64 current = m_generation;
        m_store->run<StoreResult<int>>(this, countQuery(), [this, current](const StoreResult<int>& count) {
            if (current == m_generation && count)
                setTotalCount(*count);
        });
    }

    // Places the latest state of each record, unless a new first page is on its way (it reflects them
    // already).
    void placeAll(const QList<Row>& records)
    {
        if (m_loading)
            return;
        for (const Row& record : records)
            place(record);
        recount();
    }

    // Places the latest state of a record that changed somewhere.
    void place(const Row& record)
    {
        const int row = rowForId(record.id);
        if (row < 0) {
            if (!wanted(record))
                return;
            const int position = insertPosition(record);
            if (position >= m_windowRows) {
                m_hasMore = true; // below the window: counted, not held
                return;
            }
            if (position == m_rows.size() && m_hasMore)
                return; // belongs to a page not fetched yet
            if (m_rows.size() >= m_windowRows)
                dropLastRow(); // the window is full: its last row makes room
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
        // Last among the held rows but later than before: rows not fetched may sort between.
        if (position == m_rows.size() - 1 && m_hasMore && (position != row || lessThan(previous, record))) {
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
        const QList<bool> differing = differingColumns(previous, record);
        const qsizetype first = differing.indexOf(true);
        if (first >= 0)
            Q_EMIT dataChanged(index(row, static_cast<int>(first)),
                index(row, static_cast<int>(differing.lastIndexOf(true))));
    }

private:
    void requestFirstPage(quint64 generation)
    {
        struct FirstPage {
            StoreResult<QList<Row>> rows;
            StoreResult<int> count;
        };
        const int size = m_pageSize;
        m_store->run<FirstPage>(
            this,
            [page = pageQuery(), count = countQuery(), size](IncidentStore& store) {
                // Counted first: a store may choose how to fetch the page by the count.
                StoreResult<int> total = count(store);
                return FirstPage { page(store, std::nullopt, size), std::move(total) };
            },
            [this, generation](const FirstPage& page) {
                if (generation != m_generation)
                    return; // a newer query has been asked for meanwhile
                m_loading = false;
                if (!page.rows || !page.count) {
                    Q_EMIT loadFailed(page.rows ? page.count.error() : page.rows.error());
                    return;
                }
                beginResetModel();
                m_rows = *page.rows;
                m_windowRows = m_pageSize;
                m_hasMore = m_rows.size() == m_pageSize;
                endResetModel();
                setTotalCount(*page.count);
                Q_EMIT loaded();
            });
    }

    // The page after `after` (none: from the top), to widen the window.
    void requestPage(const std::optional<Row>& after)
    {
        const quint64 generation = m_generation;
        const int size = m_pageSize;
        m_store->run<StoreResult<QList<Row>>>(
            this,
            [page = pageQuery(), after, size](IncidentStore& store) { return page(store, after, size); },
            [this, generation, after](const StoreResult<QList<Row>>& page) {
                if (generation != m_generation)
                    return;
                if (page && !isLastRow(after)) {
                    // The window's tail changed meanwhile (rows pushed out, the last row changed): this page
                    // would leave a gap. Asked again after the last row now, if the window has room left.
                    if (m_rows.size() >= m_windowRows) {
                        m_fetching = false;
                        m_hasMore = true;
                        return;
                    }
                    requestPage(lastRow());
                    return;
                }
                m_fetching = false;
                if (!page) {
                    Q_EMIT loadFailed(page.error());
                    return;
                }
                appendPage(*page);
            });
    }

    void appendPage(const QList<Row>& page)
    {
        m_hasMore = page.size() == m_pageSize;
        // A live change may already have placed one of these rows.
        QList<Row> fresh;
        for (const Row& row : page) {
            if (rowForId(row.id) < 0)
                fresh.append(row);
        }
        const qsizetype room = std::max<qsizetype>(m_windowRows - m_rows.size(), 0);
        if (fresh.size() > room) {
            fresh.resize(room); // never more than the window
            m_hasMore = true;
        }
        if (fresh.isEmpty())
            return;
        beginInsertRows(
            {}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }

    std::optional<Row> lastRow() const
    {
        return m_rows.isEmpty() ? std::nullopt : std::optional<Row>(m_rows.constLast());
    }

    // Whether `row` is still the window's last row, itself and where it sorts (none: still empty).
    bool isLastRow(const std::optional<Row>& row) const
    {
        if (!row || m_rows.isEmpty())
            return !row && m_rows.isEmpty();
        const Row& last = m_rows.constLast();
        return last.id == row->id && !lessThan(last, *row) && !lessThan(*row, last);
    }

    void dropLastRow()
    {
        const int last = static_cast<int>(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_rows.removeLast();
        endRemoveRows();
        m_hasMore = true;
    }

    int insertPosition(const Row& record) const
    {
        return static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), record,
                                    [this](const Row& a, const Row& b) { return lessThan(a, b); })
            - m_rows.begin());
    }

    AsyncIncidentStore* m_store;
    QList<Row> m_rows;
    int m_pageSize = 200;
    int m_maxPages = 10;
    int m_windowRows = 200;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QTimer m_tick;
    int m_tickFirst = -1;
    int m_tickLast = -1;
    QList<int> m_tickRoles;
};
