#include "RejectionRecipients.h"

#include "storage/ApplicationRepository.h"
#include "storage/DecisionRepository.h"

namespace debrief {

Result<QSet<RowId>> RejectionRecipients::passedOver(Database& db, RowId openingId) {
    auto decision = DecisionRepository(db).forOpening(openingId);
    if (!decision)
        return decision.error();
    QSet<RowId> ids;
    if (decision->has_value()) {
        for (const DecisionOutcome& o : (*decision)->outcomes) {
            if (o.role != DecisionRole::Chosen)
                ids.insert(o.applicationId);
        }
    }
    return ids;
}

bool RejectionRecipients::isRecipient(const Application& application,
                                      const QSet<RowId>& passedOver) {
    // A passed-over finalist whose application is closed already waits for nothing.
    const bool waiting = passedOver.contains(application.id) && !isTerminal(application.stage);
    return application.stage == PipelineStage::Rejected || waiting;
}

Result<QList<Application>> RejectionRecipients::forOpening(Database& db, RowId openingId) {
    auto applications = ApplicationRepository(db).forOpening(openingId);
    if (!applications)
        return applications.error();
    auto notChosen = passedOver(db, openingId);
    if (!notChosen)
        return notChosen.error();
    QList<Application> found;
    for (const Application& a : std::as_const(*applications)) {
        if (isRecipient(a, *notChosen))
            found.append(a);
    }
    return found;
}

} // namespace debrief
