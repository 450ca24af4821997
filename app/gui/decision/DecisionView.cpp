#include "DecisionView.h"

#include "DatabaseSession.h"
#include "DecisionDialog.h"
#include "OpeningListModel.h"
#include "ViewRegistry.h"

#include "opening/PanelDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>

namespace debrief {
namespace {

/// Sets row `row`'s role by its data, as a click in the combo would.
void setRole(QWidget& dialog, int row, DecisionRole role) {
    if (auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("roleCombo%1").arg(row)))
        combo->setCurrentIndex(combo->findData(int(role)));
}

} // namespace

Result<std::unique_ptr<QWidget>> makeDecisionView(ViewContext& context) {
    DatabaseSession& session = context.session;
    OpeningListModel openings(session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    const RowId openingId = openings.openingId(openings.debriefRow());
    auto opening = PanelDirectory(session.database()).opening(openingId);
    if (!opening)
        return opening.error();
    const RowId lead = PanelDirectory::leadOf(*opening);
    // Shown, not recorded: no commands, so nothing can be written from a screenshot.
    auto dialog = std::make_unique<DecisionDialog>(session, nullptr);
    if (Status loaded = dialog->load(openingId, lead); !loaded)
        return loaded.error();
    if (!dialog->isReadOnly()) {
        setRole(*dialog, 0, DecisionRole::Chosen);
        setRole(*dialog, 1, DecisionRole::RunnerUp);
        setRole(*dialog, 2, DecisionRole::RunnerUp);
        if (auto* pool = dialog->findChild<QCheckBox*>(QStringLiteral("talentPoolCheck1")))
            pool->setChecked(true);
        auto* criteria = dialog->findChild<QListWidget*>(QStringLiteral("decidingCriteriaList"));
        for (int i = 0; criteria && i < std::min(2, criteria->count()); ++i)
            criteria->item(i)->setCheckState(Qt::Checked);
        if (auto* rationale = dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit")))
            rationale->setPlainText(DecisionDialog::tr(
                "Strongest system design of the three and the clearest communication in the "
                "final round; the runners-up were close on collaboration."));
        if (auto* share = dialog->findChild<QCheckBox*>(QStringLiteral("shareableCheck")))
            share->setChecked(true);
    }
    return std::unique_ptr<QWidget>(std::move(dialog));
}

} // namespace debrief
