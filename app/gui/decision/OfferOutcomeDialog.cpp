#include "OfferOutcomeDialog.h"

#include "DecisionCommands.h"
#include "LeadOnlyBanner.h"

#include "DatabaseSession.h"

#include "decision/DecisionWorkflow.h"
#include "pipeline/CandidateRecords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

OfferOutcomeDialog::OfferOutcomeDialog(DatabaseSession& session, DecisionCommands& commands,
                                       Outcome outcome, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_commands(commands)
    , m_outcome(outcome) {
    const bool declined = outcome == Outcome::Declined;
    setObjectName(declined ? QStringLiteral("offerDeclinedDialog")
                           : QStringLiteral("offerAcceptedDialog"));
    setWindowTitle(declined ? tr("Offer Declined or Hire Fell Through") : tr("Offer Accepted"));
    m_banner = new LeadOnlyBanner;
    m_candidates = new QComboBox;
    m_candidates->setObjectName(QStringLiteral("offerCandidateCombo"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("offerOutcomeNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("declineReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: accepted a counter-offer; did not start"));
    m_errors = new QLabel;
    m_errors->setObjectName(QStringLiteral("offerOutcomeErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->hide();

    auto* form = new QFormLayout;
    auto* candidateLabel = new QLabel(tr("&Candidate:"));
    candidateLabel->setBuddy(m_candidates);
    form->addRow(candidateLabel, m_candidates);
    m_reasonLabel = new QLabel(tr("&Reason:"));
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    m_reasonLabel->setVisible(declined);
    m_reason->setVisible(declined);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(declined ? tr("Record &Declined Offer") : tr("Record &Accepted Offer"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfferOutcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OfferOutcomeDialog::reject);
    connect(m_candidates, &QComboBox::currentIndexChanged, this, &OfferOutcomeDialog::updateNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

Status OfferOutcomeDialog::load(RowId openingId, RowId panelistId) {
    m_openingId = openingId;
    m_panelistId = panelistId;
    auto decision = DecisionWorkflow(m_session.database()).current(openingId);
    if (!decision)
        return decision.error();
    if (!decision->has_value())
        return Error{tr("This opening has no decision yet: record it first.")};
    const bool declined = m_outcome == Outcome::Declined;
    m_candidates->clear();
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        if (o.role != DecisionRole::Chosen)
            continue;
        auto application = CandidateRecords(m_session.database()).application(o.applicationId);
        if (!application)
            return application.error();
        // A hire can still fall through; an offer can only be accepted once.
        const bool fits = application->stage == PipelineStage::Offer ||
                          (declined && application->stage == PipelineStage::Hired);
        if (!fits)
            continue;
        auto candidate = CandidateRecords(m_session.database()).candidate(application->candidateId);
        if (!candidate)
            return candidate.error();
        m_candidates->addItem(candidate->fullName, QVariant::fromValue(o.applicationId));
    }
    if (m_candidates->count() == 0)
        return Error{declined ? tr("No chosen candidate of this opening has an offer or a hire "
                                   "that could fall through.")
                              : tr("No chosen candidate of this opening is waiting on an offer.")};
    if (declined) {
        auto canDecide = m_banner->update(m_session, openingId, panelistId);
        if (!canDecide)
            return canDecide.error();
        m_canDecide = *canDecide;
    }
    m_candidates->setEnabled(m_canDecide);
    m_reason->setReadOnly(!m_canDecide);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_canDecide);
    updateNote();
    return {};
}

void OfferOutcomeDialog::updateNote() {
    const QString name = m_candidates->currentText();
    if (m_outcome == Outcome::Accepted) {
        m_note->setText(tr("%1 moves to Hired. The runners-up are released from hold once every "
                           "chosen candidate has accepted, and their answers wait under Ready in "
                           "Rejection Drafts.")
                            .arg(name));
        return;
    }
    auto next = DecisionWorkflow(m_session.database()).nextRunnerUp(m_openingId);
    QString who;
    if (next && next->has_value()) {
        auto application = CandidateRecords(m_session.database()).application(**next);
        auto candidate =
            application ? CandidateRecords(m_session.database()).candidate(application->candidateId)
                        : Result<Candidate>(application.error());
        who = candidate ? candidate->fullName : QString();
    }
    m_note->setText(
        who.isEmpty()
            ? tr("%1 is withdrawn. No runner-up is on hold, so nobody moves up: amend the "
                 "decision to choose someone else.")
                  .arg(name)
            : tr("%1 is withdrawn. %2, the first runner-up on hold, becomes the chosen "
                 "candidate, with an offer letter to start from in Rejection Drafts; the other "
                 "runners-up stay on hold.")
                  .arg(name, who));
}

void OfferOutcomeDialog::accept() {
    const RowId id = m_candidates->currentData().value<RowId>();
    const QString name = m_candidates->currentText();
    const Status written =
        m_outcome == Outcome::Accepted
            ? m_commands.offerAccepted(id, name)
            : m_commands.offerDeclined(id, m_reason->toPlainText(), m_panelistId, name);
    if (!written) {
        m_errors->setText(written.errorMessage());
        m_errors->show();
        return;
    }
    QDialog::accept();
}

} // namespace debrief
