#include "ScorecardView.h"

#include "DatabaseSession.h"
#include "OpeningListModel.h"
#include "ScorecardEditor.h"
#include "ViewRegistry.h"

#include "storage/ApplicationRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/ScorecardRepository.h"

namespace debrief {

Result<std::unique_ptr<QWidget>> makeScorecardView(ViewContext& context) {
    DatabaseSession& session = context.session;
    OpeningListModel openings(session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    const RowId opening = openings.openingId(openings.debriefRow());
    auto applications = session.applications().forOpening(opening);
    if (!applications)
        return applications.error();
    for (const Application& application : *applications) {
        if (application.stage != PipelineStage::Final)
            continue;
        auto interviews = session.interviews().forApplication(application.id);
        if (!interviews || interviews->isEmpty() || interviews->last().panelistIds.isEmpty())
            continue;
        const Interview& interview = interviews->last();
        // Prefer a card that has content, so the picture shows scores.
        RowId panelist = interview.panelistIds.first();
        if (auto cards = session.scorecards().forInterview(interview.id); cards) {
            for (const Scorecard& card : *cards) {
                if (!card.isSubmitted()) {
                    panelist = card.panelistId;
                    break;
                }
            }
        }
        auto editor = std::make_unique<ScorecardEditor>(session);
        if (auto loaded = editor->load(interview.id, panelist); !loaded)
            return loaded.error();
        return std::unique_ptr<QWidget>(std::move(editor));
    }
    return Error{ScorecardEditor::tr("The debrief opening has no finalist with an interview.")};
}

} // namespace debrief
