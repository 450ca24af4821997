#include "ViewRegistry.h"

#include "CandidateDetailPane.h"
#include "CandidateFilterModel.h"
#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "OpeningListModel.h"
#include "comparison/ComparisonMenu.h"
#include "csvimport/CandidateImportView.h"
#include "decision/DecisionView.h"
#include "drafts/DraftsMenu.h"
#include "opening/OpeningSetupView.h"
#include "pipeline/CandidatesView.h"
#include "pipeline/PipelineCommands.h"
#include "privacy/PrivacyMenu.h"
#include "report/ReportMenu.h"
#include "rubric/RubricEditorView.h"
#include "scheduling/MyInterviewsMenu.h"
#include "scheduling/SchedulingMenu.h"
#include "scorecard/CurrentPanelist.h"
#include "scorecard/InterviewScoresPanel.h"
#include "scorecard/ScorecardView.h"
#include "server/ConnectDialogView.h"
#include "server/MoveToServerDialog.h"
#include "talentpool/TalentPoolScreenshotView.h"
#include "templates/TemplateMenu.h"
#include "waiting/WaitingOnUsMenu.h"
#include "welcome/WelcomeView.h"

#include <QUndoStack>

namespace debrief {
namespace {

/// The main window at the debrief opening with its first candidate selected.
Result<std::unique_ptr<QWidget>> makeMainView(ViewContext& context) {
    auto window = std::make_unique<MainWindow>(context.session, context.settings);
    window->selectDebriefOpening();
    window->selectCandidateRow(0);
    return std::unique_ptr<QWidget>(std::move(window));
}

/// The detail pane alone, showing the debrief opening's first candidate in
/// the table's default order (furthest along first).
Result<std::unique_ptr<QWidget>> makeCandidateView(ViewContext& context) {
    OpeningListModel openings(context.session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    CandidateTableModel candidates(context.session);
    if (auto loaded = candidates.setOpening(openings.openingId(openings.debriefRow())); !loaded)
        return loaded.error();
    CandidateFilterModel sorted;
    sorted.setSourceModel(&candidates);
    if (sorted.rowCount() == 0)
        return Error{ViewRegistry::tr("The database has no candidates to show.")};
    const RowId first =
        sorted.index(0, 0).data(CandidateTableModel::ApplicationIdRole).value<RowId>();
    auto pane = std::make_unique<CandidateDetailPane>(context.session);
    pane->interviewScores()->setViewer(
        [&context] { return CurrentPanelist::resolve(context.session, context.settings); });
    // Editable, as in the window (the commands are never used here).
    auto* undo = new QUndoStack(pane.get());
    pane->setCommands(new PipelineCommands(context.session, *undo, {}, pane.get()));
    if (auto shown = pane->showApplication(first); !shown)
        return shown.error();
    return std::unique_ptr<QWidget>(std::move(pane));
}

} // namespace

ViewRegistry ViewRegistry::standard() {
    ViewRegistry registry;
    registry.add(QStringLiteral("main"), tr("the main window"), makeMainView);
    registry.add(QStringLiteral("candidate"), tr("the candidate detail pane"), makeCandidateView);
    registry.add(QStringLiteral("welcome"),
                 tr("the main window at first launch, over a new, empty database"),
                 makeWelcomeView);
    registry.add(QStringLiteral("rubric-editor"), tr("the rubric editor"), makeRubricEditorView);
    registry.add(QStringLiteral("scorecard"), tr("a panelist's scorecard"), makeScorecardView);
    registry.add(QStringLiteral("scorecard-conflict"),
                 tr("a scorecard saved elsewhere, next to the user's unsaved version"),
                 makeScorecardConflictView);
    registry.add(QStringLiteral("opening-setup"), tr("the set-up dialog for a new opening"),
                 makeOpeningSetupView);
    registry.add(QStringLiteral("csv-import"), tr("the candidate CSV import, on its preview"),
                 makeCandidateImportView);
    registry.add(QStringLiteral("scores"), tr("a finalist's interview scores in the detail pane"),
                 makeInterviewScoresView);
    registry.add(QStringLiteral("decision"), tr("the decision dialog, filled in"),
                 makeDecisionView);
    registry.add(QStringLiteral("candidates"),
                 tr("the main window with the list filtered and a candidate's editable details"),
                 makeCandidatesView);
    registry.add(QStringLiteral("comparison"), tr("the finalist comparison of the debrief opening"),
                 makeComparisonView);
    registry.add(QStringLiteral("comparison-calibration"),
                 tr("the Calibration tab of the finalist comparison"),
                 makeComparisonCalibrationView);
    registry.add(QStringLiteral("drafts"),
                 tr("a runner-up's rejection draft with the tone check's findings"),
                 makeDraftsView);
    registry.add(
        QStringLiteral("rejection-drafts"),
        tr("the rejection drafts of a decided opening: offer letter, held, ready and sent"),
        makeRejectionDraftsView);
    registry.add(QStringLiteral("waiting"),
                 tr("the main window with the “Waiting on us” list open"), makeWaitingOnUsView);
    registry.add(QStringLiteral("talent-pool"),
                 tr("the talent pool, on a copy of the database with more people in it"),
                 makeTalentPoolView);
    registry.add(QStringLiteral("templates"),
                 tr("the message template editor with its live preview"), makeTemplateEditorView);
    registry.add(QStringLiteral("schedule-interview"),
                 tr("the dialog that schedules an interview, with the round's defaults"),
                 makeScheduleInterviewView);
    registry.add(QStringLiteral("my-interviews"),
                 tr("the main window with a panelist's “My interviews” list open"),
                 makeMyInterviewsView);
    registry.add(QStringLiteral("report-export"),
                 tr("the report export dialog, set to a candidate packet"), makeReportExportView);
    registry.add(QStringLiteral("data-protection"),
                 tr("File › Data Protection…, with a retention period of 30 days"),
                 makeDataProtectionView);
    registry.add(QStringLiteral("move-to-server"), tr("File › Move to Server…, before the move"),
                 [](ViewContext& context) -> Result<std::unique_ptr<QWidget>> {
                     return std::unique_ptr<QWidget>(std::make_unique<MoveToServerDialog>(
                         context.session.filePath(), MoveToServerDialog::OpenServer{}));
                 });
    registry.add(QStringLiteral("connect-dialog"),
                 tr("File › Connect to Server…, filled in for a server checked with verify-full"),
                 makeConnectDialogView);
    return registry;
}

void ViewRegistry::add(const QString& name, const QString& description, Factory factory) {
    m_entries.append({name, description, std::move(factory)});
}

QStringList ViewRegistry::names() const {
    QStringList result;
    for (const Entry& entry : m_entries)
        result.append(entry.name);
    return result;
}

QString ViewRegistry::description(const QString& name) const {
    const Entry* entry = find(name);
    return entry ? entry->description : QString();
}

Result<std::unique_ptr<QWidget>> ViewRegistry::create(const QString& name,
                                                      ViewContext& context) const {
    const Entry* entry = find(name);
    if (!entry) {
        return Error{tr("Unknown view '%1'. Known views: %2.")
                         .arg(name, names().join(QStringLiteral(", ")))};
    }
    return entry->factory(context);
}

const ViewRegistry::Entry* ViewRegistry::find(const QString& name) const {
    for (const Entry& entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace debrief
