#include "DraftsTree.h"

#include <QTreeWidget>

namespace debrief::test {

QTreeWidgetItem* DraftsTree::groupRow(QTreeWidget* tree, DraftGroup group) {
    return tree->topLevelItem(int(group));
}

QStringList DraftsTree::names(QTreeWidget* tree, DraftGroup group) {
    QStringList found;
    QTreeWidgetItem* top = groupRow(tree, group);
    for (int i = 0; top && i < top->childCount(); ++i)
        found.append(top->child(i)->text(0));
    found.sort();
    return found;
}

QTreeWidgetItem* DraftsTree::row(QTreeWidget* tree, DraftGroup group, const QString& name) {
    QTreeWidgetItem* top = groupRow(tree, group);
    for (int i = 0; top && i < top->childCount(); ++i) {
        if (top->child(i)->text(0) == name)
            return top->child(i);
    }
    return nullptr;
}

} // namespace debrief::test
