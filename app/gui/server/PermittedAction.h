#pragma once

#include "Result.h"

#include <QString>

class QAction;

namespace debrief {

/// An action that a panel server's rules may refuse the login (lib/core's
/// ServerPermissions): disabled then, with the rule's own words as its tool
/// tip and status tip, so the user learns why before trying; otherwise
/// enabled as its other conditions say, with its usual tip.
class PermittedAction {
public:
    static void update(QAction* action, bool available, const Status& allowed,
                       const QString& usualTip);
};

} // namespace debrief
