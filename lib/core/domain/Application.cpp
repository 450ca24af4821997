#include "Application.h"

namespace debrief {

bool Application::isOverdue(const QDate& today) const {
    return promisedResponseDate.isValid() && !isTerminal(stage) && promisedResponseDate < today;
}

qint64 Application::daysOverdue(const QDate& today) const {
    return isOverdue(today) ? promisedResponseDate.daysTo(today) : 0;
}

} // namespace debrief
