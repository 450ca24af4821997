#include "CandidatesView.h"

#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"

#include "pipeline/CandidateRecords.h"

#include <QComboBox>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>

namespace debrief {
namespace {

/// The first row whose candidate has references on record and is waiting
/// past the promised date (the pane then shows the overdue marker too),
/// else the first with references, else row 0.
int rowToShow(DatabaseSession& session, const CandidateTableModel& model) {
    int withReferences = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const PipelineRow& line = model.pipelineRow(row);
        auto references = CandidateRecords(session.database()).referencesOf(line.applicationId);
        if (!references || references->isEmpty())
            continue;
        if (line.isOverdue(session.today()))
            return row;
        if (withReferences < 0)
            withReferences = row;
    }
    return qMax(withReferences, 0);
}

} // namespace

Result<std::unique_ptr<QWidget>> makeCandidatesView(ViewContext& context) {
    auto window = std::make_unique<MainWindow>(context.session, context.settings);
    window->selectDebriefOpening();
    auto* stageFilter = window->findChild<QComboBox*>(QStringLiteral("stageFilter"));
    auto* table = window->findChild<QTableView*>(QStringLiteral("candidateTable"));
    auto* model = table ? qobject_cast<CandidateTableModel*>(table->model()) : nullptr;
    if (!stageFilter || !model)
        return Error{ViewRegistry::tr("The main window has no candidate list.")};
    // Finalists: the stage where references are collected and edits happen.
    stageFilter->setCurrentIndex(stageFilter->findData(toKey(PipelineStage::Final)));
    if (model->rowCount() == 0)
        return Error{ViewRegistry::tr("The debrief opening has no finalists to show.")};
    window->selectCandidateRow(rowToShow(context.session, *model));
    if (auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("candidateDetailTabs")))
        tabs->setCurrentIndex(1);
    // A selected card shows the Edit and Remove buttons enabled.
    if (auto* references = window->findChild<QListWidget*>(QStringLiteral("referenceList")))
        references->setCurrentRow(0);
    return std::unique_ptr<QWidget>(std::move(window));
}

} // namespace debrief
