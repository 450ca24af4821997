#pragma once

#include "domain/RowId.h"

#include <QString>

#include <functional>

namespace debrief {

class DatabaseSession;

/// What the set-up undo commands need from the window: the database, how to
/// show an opening after a step, and how to give up when a step can no
/// longer be undone or redone (the window clears its history and says why).
struct OpeningSetupContext {
    DatabaseSession* session = nullptr;
    /// kNoRow: reload the views and keep the selection if it still exists.
    std::function<void(RowId)> showOpening;
    std::function<void(const QString&)> giveUp;
};

} // namespace debrief
