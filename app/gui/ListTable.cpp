#include "ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace debrief {

void ListTable::configure(QTableView* table, QAbstractItemModel* model, int stretchColumn) {
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    // Tab moves on to the next widget; the arrow keys move within the list.
    table->setTabKeyNavigation(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
}

RowId ListTable::currentId(const QTableView& table, int role) {
    const QModelIndex current = table.currentIndex();
    return current.isValid() ? current.data(role).value<RowId>() : kNoRow;
}

bool ListTable::selectId(QTableView& table, int role, RowId id) {
    QAbstractItemModel* model = table.model();
    if (id == kNoRow || !model || model->rowCount() == 0)
        return false;
    const QModelIndexList same =
        model->match(model->index(0, 0), role, QVariant::fromValue(id), 1, Qt::MatchExactly);
    if (same.isEmpty())
        return false;
    table.setCurrentIndex(same.first());
    return true;
}

} // namespace debrief
