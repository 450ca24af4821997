#include "ConflictTable.h"

#include <QDialog>
#include <QTableWidget>

namespace debrief::test {

QDialog* ConflictTable::shownDialog(const QWidget* owner, const QString& objectName) {
    auto* dialog = owner ? owner->findChild<QDialog*>(objectName) : nullptr;
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QStringList ConflictTable::rows(const QDialog* dialog) {
    QStringList texts;
    auto* table =
        dialog ? dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable")) : nullptr;
    for (int row = 0; table && row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        texts.append(cells.join(u'|'));
    }
    return texts;
}

} // namespace debrief::test
