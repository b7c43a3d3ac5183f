#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTableView;

// The look every list of records shares: whole-row single selection, no row
// numbers, one line per row at a fixed height (so large models scroll cheaply).
void configureRecordTable(QTableView* view);

// A small table a dialog edits in place (levels, layers, action items): the
// given headers, no row numbers, columns as wide as their words, the last one stretching.
class QTableWidget;
class QWidget;
QTableWidget* makeEditTable(const QStringList& headers, QWidget* parent);

// The row of buttons under such a table: `add` and `remove`, then room.
class QHBoxLayout;
QHBoxLayout* addRemoveButtons(QWidget* parent, const QString& addText, const QString& removeText,
    const std::function<void()>& add, const std::function<void()>& remove);
