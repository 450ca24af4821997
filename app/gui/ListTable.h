#pragma once

#include "domain/RowId.h"

class QAbstractItemModel;
class QTableView;

namespace debrief {

/// The read-only lists in the docks (talent pool, "Waiting on us") as one
/// kind of table: whole rows selected one at a time, no grid or editing,
/// Tab leaving the table, and the selected person kept across a reload.
class ListTable {
public:
    /// Sets `table` up as such a list over `model`; `stretchColumn` takes
    /// the width the other columns' contents leave.
    static void configure(QTableView* table, QAbstractItemModel* model, int stretchColumn);
    /// The id the current row holds under `role`, or kNoRow without one.
    static RowId currentId(const QTableView& table, int role);
    /// Makes the row whose `role` holds `id` current; false when none does.
    static bool selectId(QTableView& table, int role, RowId id);
};

} // namespace debrief
