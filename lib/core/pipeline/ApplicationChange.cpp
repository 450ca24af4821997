#include "ApplicationChange.h"

namespace debrief {

Application ApplicationChange::appliedTo(Application application) const {
    if (stage)
        application.stage = *stage;
    if (furthestStage)
        application.furthestStage = *furthestStage;
    if (promisedResponseDate)
        application.promisedResponseDate = *promisedResponseDate;
    if (notes)
        application.notes = *notes;
    return application;
}

ApplicationChange ApplicationChange::reverseOn(const Application& application) const {
    ApplicationChange reverse;
    if (stage)
        reverse.stage = application.stage;
    if (furthestStage)
        reverse.furthestStage = application.furthestStage;
    if (promisedResponseDate)
        reverse.promisedResponseDate = application.promisedResponseDate;
    if (notes)
        reverse.notes = application.notes;
    return reverse;
}

bool ApplicationChange::isNoOpOn(const Application& application) const {
    return appliedTo(application) == application;
}

} // namespace debrief
