#include "PermittedAction.h"

#include "DisplayText.h"

#include <QAction>

namespace debrief {

void PermittedAction::update(QAction* action, bool available, const Status& allowed,
                             const QString& usualTip) {
    action->setEnabled(available && allowed.ok());
    const QString tip = allowed ? usualTip : allowed.errorMessage();
    action->setToolTip(DisplayText::toolTip(tip));
    action->setStatusTip(tip);
}

} // namespace debrief
