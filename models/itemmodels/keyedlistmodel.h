#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <functional>

// A short table loaded whole (silences, refused deliveries): setRows() turns
// the old list into the new one with exact removes, inserts, moves and
// dataChanged, so that selection and scrolling survive a refresh.
// Row needs a `qint64 id`; `same(a, b)` says whether a row needs repainting.
// Subclasses name their columns in columnTitles(), which sets their number too.
template<typename Row> class KeyedListModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(columnTitles().size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return columnTitles().value(section);
    }
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Row>& rows() const { return m_rows; }

    void setRows(const QList<Row>& rows, const std::function<bool(const Row&, const Row&)>& same)
    {
        // Gone first, from the bottom up.
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
            if (indexOf(rows, m_rows.at(i).id) < 0) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        // Then each new row in its place: kept, moved up, or inserted.
        for (int i = 0; i < rows.size(); ++i) {
            const int at = indexOf(m_rows, rows.at(i).id);
            if (at < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, rows.at(i));
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, at, at, {}, i);
                m_rows.move(at, i);
                endMoveRows();
            }
            if (!same(m_rows.at(i), rows.at(i))) {
                m_rows[i] = rows.at(i);
                Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
        }
    }

protected:
    // Translated, in column order; asked each time, so a language change shows at once.
    virtual QStringList columnTitles() const = 0;

private:
    static int indexOf(const QList<Row>& rows, qint64 id)
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return i;
        }
        return -1;
    }

    QList<Row> m_rows;
};
