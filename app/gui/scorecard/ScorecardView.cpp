#include "ScorecardView.h"

#include "CandidateDetailPane.h"
#include "DatabaseSession.h"
#include "InterviewScoresPanel.h"
#include "OpeningListModel.h"
#include "ScorecardConflict.h"
#include "ScorecardEditor.h"
#include "ViewRegistry.h"
#include "live/EditConflictDialog.h"

#include "pipeline/CandidateRecords.h"
#include "scheduling/InterviewRecords.h"
#include "scoring/ScorecardSheet.h"
#include "scoring/VisibleScorecards.h"

#include <QListWidget>

namespace debrief {

namespace {

/// The card the `scorecard` pictures show: on the debrief opening's first
/// finalist's latest interview, a panelist's with content if any has one.
Result<std::pair<RowId, RowId>> pictureCard(DatabaseSession& session) {
    OpeningListModel openings(session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    const RowId opening = openings.openingId(openings.debriefRow());
    auto applications = CandidateRecords(session.database()).applicationsOf(opening);
    if (!applications)
        return applications.error();
    for (const Application& application : *applications) {
        if (application.stage != PipelineStage::Final)
            continue;
        auto interviews = InterviewRecords(session.database()).interviewsOf(application.id);
        if (!interviews || interviews->isEmpty() || interviews->last().panelistIds.isEmpty())
            continue;
        const Interview& interview = interviews->last();
        // Prefer a card that has content, so the picture shows scores.
        RowId panelist = interview.panelistIds.first();
        if (auto drafts = ScorecardSheet::draftHolders(session.database(), interview.id);
            drafts && !drafts->isEmpty())
            panelist = drafts->first();
        return std::pair{interview.id, panelist};
    }
    return Error{ScorecardEditor::tr("The debrief opening has no finalist with an interview.")};
}

} // namespace

Result<std::unique_ptr<QWidget>> makeScorecardView(ViewContext& context) {
    auto card = pictureCard(context.session);
    if (!card)
        return card.error();
    auto editor = std::make_unique<ScorecardEditor>(context.session);
    if (auto loaded = editor->load(card->first, card->second); !loaded)
        return loaded.error();
    return std::unique_ptr<QWidget>(std::move(editor));
}

Result<std::unique_ptr<QWidget>> makeScorecardConflictView(ViewContext& context) {
    auto card = pictureCard(context.session);
    if (!card)
        return card.error();
    auto sheet = ScorecardSheet::load(context.session.database(), card->first, card->second);
    if (!sheet)
        return sheet.error();
    // The stored card as the one saved elsewhere; "mine" differs from it in
    // one score and in the key takeaways, as an unsaved edit would. Nothing
    // is written.
    const Scorecard& theirs = sheet->card;
    Scorecard mine = theirs;
    if (!mine.ratings.isEmpty())
        mine.ratings[0].score = mine.ratings[0].score.value_or(1) == 1 ? 2 : 1;
    mine.keyTakeaways = theirs.keyTakeaways.section(u'.', 0, 0);
    return std::unique_ptr<QWidget>(std::make_unique<EditConflictDialog>(
        ScorecardConflict::content(sheet->rubric, mine, theirs, true)));
}

namespace {

/// How many colleagues' cards `viewer` sees on the interview.
int shownColleagues(const VisibleScorecards::InterviewCards& interview, RowId viewer) {
    int shown = 0;
    for (const VisibleScorecards::Seat& seat : interview.seats)
        shown += seat.card && seat.panelistId != viewer ? 1 : 0;
    return shown;
}

} // namespace

Result<std::unique_ptr<QWidget>> makeInterviewScoresView(ViewContext& context) {
    DatabaseSession& session = context.session;
    OpeningListModel openings(session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    auto applications = CandidateRecords(session.database())
                            .applicationsOf(openings.openingId(openings.debriefRow()));
    if (!applications)
        return applications.error();
    // The picture shows scores, so it looks through the eyes of whichever
    // panelist of a finalist's interview sees the most colleagues' cards.
    RowId bestApplication = kNoRow;
    RowId bestViewer = kNoRow;
    int bestInterview = -1;
    int bestShown = 0;
    for (const Application& application : *applications) {
        auto interviews = InterviewRecords(session.database()).interviewsOf(application.id);
        if (application.stage != PipelineStage::Final || !interviews)
            continue;
        for (int i = 0; i < interviews->size(); ++i) {
            for (RowId viewer : interviews->at(i).panelistIds) {
                auto scores = VisibleScorecards::load(session.database(), application.id,
                                                      ScoreViewer::panelist(viewer));
                if (!scores)
                    return scores.error();
                if (const int shown = shownColleagues(scores->interviews.at(i), viewer);
                    shown > bestShown) {
                    bestApplication = application.id;
                    bestViewer = viewer;
                    bestInterview = i;
                    bestShown = shown;
                }
            }
        }
    }
    if (bestApplication == kNoRow)
        return Error{ScorecardEditor::tr("No scorecards of the debrief opening are visible yet.")};
    auto pane = std::make_unique<CandidateDetailPane>(session);
    pane->interviewScores()->setViewer([bestViewer] { return bestViewer; });
    if (auto shown = pane->showApplication(bestApplication); !shown)
        return shown.error();
    if (auto* list = pane->findChild<QListWidget*>(QStringLiteral("interviewList")))
        list->setCurrentRow(bestInterview);
    return std::unique_ptr<QWidget>(std::move(pane));
}

} // namespace debrief
