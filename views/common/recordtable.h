#pragma once

class QTableView;

// The look every list of records shares: whole-row single selection, no row
// numbers, one line per row at a fixed height (so large models scroll cheaply).
void configureRecordTable(QTableView* view);
