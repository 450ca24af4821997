#pragma once

#include "drafting/RejectionQueue.h"

#include <QString>
#include <QStringList>

class QTreeWidget;
class QTreeWidgetItem;

namespace debrief::test {

/// Reads Rejection Drafts' tree as a user sees it: one top-level row per
/// group (offer, held, ready, sent, in DraftGroup's order) with the
/// candidates' names under it.
struct DraftsTree {
    /// The names under `group`, sorted.
    static QStringList names(QTreeWidget* tree, DraftGroup group);
    /// The row of `name` under `group`, or nullptr.
    static QTreeWidgetItem* row(QTreeWidget* tree, DraftGroup group, const QString& name);
    /// The group's own row (its title and count), or nullptr.
    static QTreeWidgetItem* groupRow(QTreeWidget* tree, DraftGroup group);
};

} // namespace debrief::test
