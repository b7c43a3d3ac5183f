#pragma once

#include <QStringList>

class QTableView;

// The look every list of records shares: whole-row single selection, no row
// numbers, one line per row at a fixed height (so large models scroll cheaply).
void configureRecordTable(QTableView* view);

// A small table a dialog edits in place (levels, layers, action items): the
// given headers, no row numbers, columns as wide as their words, the last one stretching.
class QTableWidget;
class QWidget;
QTableWidget* makeEditTable(const QStringList& headers, QWidget* parent);
