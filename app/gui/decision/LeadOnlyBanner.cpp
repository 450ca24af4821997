#include "LeadOnlyBanner.h"

#include "DatabaseSession.h"
#include "scorecard/CurrentPanelist.h"

#include "decision/DecisionWorkflow.h"
#include "opening/PanelDirectory.h"

namespace debrief {

LeadOnlyBanner::LeadOnlyBanner(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("leadOnlyBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(8);
    // Dark text on a light amber, as the held banner: readable in both themes.
    setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #3d2e00; border: 1px solid #e0a800; }"));
    hide();
}

Result<bool> LeadOnlyBanner::update(DatabaseSession& session, RowId openingId, RowId panelistId) {
    auto opening = PanelDirectory(session.database()).opening(openingId);
    if (!opening)
        return opening.error();
    const bool lead = DecisionWorkflow::isLead(*opening, panelistId);
    setVisible(!lead);
    if (lead)
        return true;
    auto leads = DecisionWorkflow(session.database()).leadNames(openingId);
    if (!leads)
        return leads.error();
    const QString who = CurrentPanelist::name(session, panelistId);
    const QString names =
        leads->isEmpty() ? tr("(no lead on the panel yet)") : leads->join(QStringLiteral(", "));
    setText(who.isEmpty()
                ? tr("Only a panel lead of this opening can record or amend its decision, "
                     "or record an offer's answer: %1. Choose who you are with File › "
                     "Switch Panelist….")
                      .arg(names)
                : tr("Only a panel lead of this opening can record or amend its decision, "
                     "or record an offer's answer: %1. You are working as %2, so this "
                     "form is read-only (File › Switch Panelist… changes that).")
                      .arg(names, who));
    return false;
}

} // namespace debrief
