#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace debrief {

class DatabaseSession;
class DecisionCommands;
class LeadOnlyBanner;

/// Decision › Offer Accepted… and Offer Declined / Hire Fell Through…: picks
/// the chosen candidate (several with more than one position) and says what
/// will happen before it does: accepted moves them to Hired and, once every
/// chosen candidate has accepted, releases the runners-up; declined withdraws
/// them (a reason is required) and names the held runner-up who becomes the
/// chosen candidate, with an offer letter waiting in Rejection Drafts. Only a
/// lead may record a declined offer; anyone else sees the banner first.
class OfferOutcomeDialog : public QDialog {
    Q_OBJECT

public:
    enum class Outcome { Accepted, Declined };

    OfferOutcomeDialog(DatabaseSession& session, DecisionCommands& commands, Outcome outcome,
                       QWidget* parent = nullptr);

    /// Lists the opening's chosen candidates the outcome can apply to; an
    /// error when there are none.
    Status load(RowId openingId, RowId panelistId);
    void accept() override;

private:
    void updateNote();

    DatabaseSession& m_session;
    DecisionCommands& m_commands;
    Outcome m_outcome;
    RowId m_openingId = kNoRow;
    RowId m_panelistId = kNoRow;
    bool m_canDecide = true;

    LeadOnlyBanner* m_banner = nullptr;
    QComboBox* m_candidates = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_errors = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace debrief
