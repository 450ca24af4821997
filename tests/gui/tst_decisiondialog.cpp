#include "CandidateDetailPane.h"
#include "ConflictTable.h"
#include "DatabaseSession.h"
#include "decision/DecisionCommands.h"
#include "decision/DecisionDialog.h"
#include "decision/DecisionWorkflow.h"
#include "decision/LeadOnlyBanner.h"

#include "analytics/ComparisonInput.h"
#include "correspondence/CommunicationLog.h"
#include "demo/DemoDataGenerator.h"
#include "scoring/ScoreViewer.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 20);

} // namespace

/// The decision dialog on the demo's debrief opening (five finalists, no
/// decision yet), a fresh SQLite file per test. Row i of the dialog is
/// finalist i of ComparisonInput (oldest application first).
class TestDecisionDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void leadRecordsTheDecision();
    void nonLeadSeesTheBannerBeforeFilling();
    void emptyRationaleShowsInlineError();
    void aFilledFormAsksBeforeClosing();
    void recordedDecisionIsShownAndAmendedWithAReason();
    void undoIsRefusedOnceAMessageWentOut();
    void tabRunsThroughTheRolesAndOn();
    void amendedElsewhereShowsBothAndKeepsMine();
    void takeSavedVersionReloadsTheDialog();
    void decideLaterKeepsTheForm();
    void secondLeadRecordingSeesTheRecordedOne();

private:
    /// Records the decision through a dialog, then opens another in Amend
    /// mode on it, with `rationale` and `reason` typed, not saved yet.
    std::unique_ptr<DecisionDialog> amending(const QString& rationale, const QString& reason);
    /// Another lead amends the stored decision's rationale meanwhile.
    void amendElsewhere(const QString& rationale);
    Decision storedDecision();
    /// The visible conflict dialog over `dialog`; nullptr when none.
    QDialog* conflictDialog(DecisionDialog& dialog);
    /// Each row of the conflict table as "field|mine|theirs|…".
    QStringList conflictRows(DecisionDialog& dialog);

    /// A shown dialog as `panelist`, for the debrief opening.
    std::unique_ptr<DecisionDialog> openDialog(RowId panelist);
    /// Chooses row 0, runners-up row 2 (rank 1, talent pool) then row 1
    /// (rank 2), criteria 0 and 2, shareable; types `rationale`.
    void fill(DecisionDialog& dialog, const QString& rationale);
    void setRole(DecisionDialog& dialog, int row, int downPresses);
    void clickOk(DecisionDialog& dialog);
    Application application(RowId id);
    bool hasDecision();

    QList<Application> applications();

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<DecisionCommands> m_commands;
    RowId m_opening = kNoRow;
    RowId m_lead = kNoRow;
    RowId m_member = kNoRow;
    QList<RowId> m_finalists;
    QList<RowId> m_criteria;
};

void TestDecisionDialog::init() {
    m_commands.reset();
    m_stack = std::make_unique<QUndoStack>();
    m_session = std::make_unique<DatabaseSession>();
    m_commands = std::make_unique<DecisionCommands>(
        *m_session, *m_stack, [] { return QStringLiteral("lead"); },
        [] { return QDateTime(kToday, QTime(12, 0), Qt::UTC); });
    QVERIFY(m_session->create(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_files))));
    auto written = DemoDataGenerator({1, kToday, 0}).generate(m_session->database());
    QVERIFY2(written, qPrintable(written.errorMessage()));
    auto opening = OpeningRepository(m_session->database()).findByUuid(written->debriefOpeningUuid);
    QVERIFY(opening && opening->has_value());
    m_opening = (*opening)->id;
    m_lead = m_member = kNoRow;
    for (const PanelMember& m : (*opening)->panel)
        (m.isLead ? m_lead : m_member) = m.panelistId;
    QVERIFY(m_lead != kNoRow && m_member != kNoRow);
    auto input =
        ComparisonInput::load(m_session->database(), m_opening, ScoreViewer::panelist(m_lead));
    QVERIFY(input);
    m_finalists.clear();
    for (const Finalist& f : input->matrix.finalists())
        m_finalists.append(f.applicationId);
    QCOMPARE(m_finalists.size(), 5);
    auto rubric = RubricRepository(m_session->database()).currentForOpening(m_opening);
    QVERIFY(rubric && rubric->has_value());
    m_criteria.clear();
    for (const Criterion& c : (*rubric)->criteria)
        m_criteria.append(c.id);
    QVERIFY(m_criteria.size() >= 3);
    QVERIFY(!hasDecision());
}

std::unique_ptr<DecisionDialog> TestDecisionDialog::openDialog(RowId panelist) {
    auto dialog = std::make_unique<DecisionDialog>(*m_session, m_commands.get());
    const Status loaded = dialog->load(m_opening, panelist);
    if (!loaded)
        qWarning() << loaded.errorMessage();
    dialog->open();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning() << "dialog not exposed";
    return dialog;
}

void TestDecisionDialog::setRole(DecisionDialog& dialog, int row, int downPresses) {
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("roleCombo%1").arg(row));
    QVERIFY(combo);
    combo->setFocus();
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

void TestDecisionDialog::fill(DecisionDialog& dialog, const QString& rationale) {
    // Role combo items: Not selected, Chosen, Runner-up.
    setRole(dialog, 0, 1);
    setRole(dialog, 2, 2);
    setRole(dialog, 1, 2);
    auto* rank2 = dialog.findChild<QSpinBox*>(QStringLiteral("rankSpin2"));
    auto* rank1 = dialog.findChild<QSpinBox*>(QStringLiteral("rankSpin1"));
    QVERIFY(rank1 && rank2);
    QCOMPARE(rank2->value(), 1); // first made runner-up, first in line
    QCOMPARE(rank1->value(), 2);
    auto* pool = dialog.findChild<QCheckBox*>(QStringLiteral("talentPoolCheck2"));
    QVERIFY(pool && pool->isEnabled());
    QTest::mouseClick(pool, Qt::LeftButton);
    QVERIFY(pool->isChecked());
    auto* criteria = dialog.findChild<QListWidget*>(QStringLiteral("decidingCriteriaList"));
    QVERIFY(criteria);
    for (int row : {0, 2}) {
        criteria->setCurrentRow(row);
        QTest::keyClick(criteria, Qt::Key_Space);
        QCOMPARE(criteria->item(row)->checkState(), Qt::Checked);
    }
    if (!rationale.isEmpty())
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit")),
                         rationale);
    auto* share = dialog.findChild<QCheckBox*>(QStringLiteral("shareableCheck"));
    QVERIFY(share);
    share->setFocus();
    QTest::keyClick(share, Qt::Key_Space);
    QVERIFY(share->isChecked());
}

void TestDecisionDialog::clickOk(DecisionDialog& dialog) {
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Ok));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

Application TestDecisionDialog::application(RowId id) {
    auto found = ApplicationRepository(m_session->database()).get(id);
    return found ? *found : Application{};
}

QList<Application> TestDecisionDialog::applications() {
    // Their content: an undo writes the old content again, so the row
    // versions move on.
    auto all = ApplicationRepository(m_session->database()).forOpening(m_opening);
    QList<Application> found = all ? *all : QList<Application>{};
    for (Application& a : found)
        a.rowVersion = 0;
    return found;
}

bool TestDecisionDialog::hasDecision() {
    auto stored = DecisionRepository(m_session->database()).forOpening(m_opening);
    return stored && stored->has_value();
}

void TestDecisionDialog::leadRecordsTheDecision() {
    const QList<Application> before = applications();
    auto dialog = openDialog(m_lead);
    QVERIFY(!dialog->isReadOnly());
    QVERIFY(!dialog->findChild<LeadOnlyBanner*>()->isVisible());
    QSignalSpy changed(dialog.get(), &DecisionDialog::decisionChanged);
    fill(*dialog, QStringLiteral("Clearer system design."));

    // Before saving, the dialog lists what recording does to everyone still
    // in process: finalists 3 and 4 and every other open application.
    auto* plan = dialog->findChild<QListWidget*>(QStringLiteral("plannedChanges"));
    QVERIFY(plan && plan->isVisible());
    QStringList lines;
    for (int i = 0; i < plan->count(); ++i)
        lines.append(plan->item(i)->text());
    const auto nameOf = [this](RowId id) {
        return CandidateRepository(m_session->database())
            .get(application(id).candidateId)
            ->fullName;
    };
    QVERIFY2(lines.first().startsWith(nameOf(m_finalists[0]) + QStringLiteral(": chosen")),
             qPrintable(lines.join(u'\n')));
    for (RowId notSelected : {m_finalists[3], m_finalists[4]})
        QVERIFY2(lines.contains(nameOf(notSelected) + QStringLiteral(": finalist not selected, ") +
                                toLabel(application(notSelected).stage) +
                                QStringLiteral(" → Rejected")),
                 qPrintable(lines.join(u'\n')));
    qsizetype open = 0;
    for (const Application& a : before)
        open += isTerminal(a.stage) ? 0 : 1;
    // One line per open application, and the count of rejections.
    QCOMPARE(plan->count(), open + 1);
    QVERIFY(!hasDecision());
    clickOk(*dialog);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!dialog->isVisible());

    auto stored = DecisionRepository(m_session->database()).forOpening(m_opening);
    QVERIFY(stored && stored->has_value());
    const Decision& d = **stored;
    QCOMPARE(d.rationale, QStringLiteral("Clearer system design."));
    QCOMPARE(d.decidedBy, m_lead);
    QVERIFY(d.shareDecidingFactor);
    QList<RowId> criteria = d.decidingCriterionIds;
    std::sort(criteria.begin(), criteria.end());
    QList<RowId> expectedCriteria{m_criteria[0], m_criteria[2]};
    std::sort(expectedCriteria.begin(), expectedCriteria.end());
    QCOMPARE(criteria, expectedCriteria);
    QList<DecisionOutcome> outcomes = d.outcomes;
    std::sort(outcomes.begin(), outcomes.end(),
              [](const auto& a, const auto& b) { return a.applicationId < b.applicationId; });
    // The finalists not selected are recorded as such.
    QList<DecisionOutcome> expected{{m_finalists[0], DecisionRole::Chosen, 0},
                                    {m_finalists[2], DecisionRole::RunnerUp, 1},
                                    {m_finalists[1], DecisionRole::RunnerUp, 2},
                                    {m_finalists[3], DecisionRole::NotSelected, 0},
                                    {m_finalists[4], DecisionRole::NotSelected, 0}};
    std::sort(expected.begin(), expected.end(),
              [](const auto& a, const auto& b) { return a.applicationId < b.applicationId; });
    QCOMPARE(outcomes, expected);

    QCOMPARE(application(m_finalists[0]).stage, PipelineStage::Offer);
    QVERIFY(!application(m_finalists[0]).onHold);
    QVERIFY(application(m_finalists[2]).onHold);
    QVERIFY(application(m_finalists[2]).talentPool);
    QVERIFY(application(m_finalists[1]).onHold);
    QVERIFY(!application(m_finalists[1]).talentPool);
    QVERIFY(!application(m_finalists[3]).onHold);
    for (RowId notSelected : {m_finalists[3], m_finalists[4]})
        QCOMPARE(application(notSelected).stage, PipelineStage::Rejected);
    for (const Application& a : applications())
        QVERIFY2(isTerminal(a.stage) || a.stage == PipelineStage::Offer || a.onHold,
                 qPrintable(QString::number(a.id)));

    // The detail pane says why the runner-up waits; the chosen one shows no hold.
    CandidateDetailPane pane(*m_session);
    QVERIFY(pane.showApplication(m_finalists[2]));
    auto* hold = pane.findChild<QLabel*>(QStringLiteral("candidateOnHold"));
    QVERIFY(hold && hold->isVisibleTo(&pane));
    QVERIFY2(hold->text().startsWith(QStringLiteral("Runner-up 1")), qPrintable(hold->text()));
    QVERIFY(pane.showApplication(m_finalists[0]));
    QVERIFY(!hold->isVisibleTo(&pane));

    // One step on the undo stack: undo restores everyone exactly.
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(!hasDecision());
    QCOMPARE(applications(), before);
    m_stack->redo();
    QVERIFY(hasDecision());
    QCOMPARE(application(m_finalists[3]).stage, PipelineStage::Rejected);
}

void TestDecisionDialog::nonLeadSeesTheBannerBeforeFilling() {
    const QList<Application> before = applications();
    auto dialog = openDialog(m_member);
    // Before anything is filled in: the banner names the lead, nothing can
    // be changed and there is no button to record.
    auto* banner = dialog->findChild<LeadOnlyBanner*>();
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    const QString leadName = PanelistRepository(m_session->database()).get(m_lead)->name;
    QVERIFY2(banner->text().contains(leadName), qPrintable(banner->text()));
    QVERIFY(dialog->isReadOnly());
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("roleCombo0"))->isEnabled());
    QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))->isReadOnly());
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape); // closes without a question
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!hasDecision());
    QCOMPARE(applications(), before);
}

void TestDecisionDialog::emptyRationaleShowsInlineError() {
    auto dialog = openDialog(m_lead);
    fill(*dialog, {});
    clickOk(*dialog);
    auto* errors = dialog->findChild<QLabel*>(QStringLiteral("decisionErrors"));
    QVERIFY(errors && errors->isVisible());
    QVERIFY2(errors->text().startsWith(QStringLiteral("Rationale:")), qPrintable(errors->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!hasDecision());
    QVERIFY(!application(m_finalists[2]).onHold);
}

void TestDecisionDialog::aFilledFormAsksBeforeClosing() {
    auto dialog = openDialog(m_lead);
    QVERIFY(!dialog->isFilled());
    fill(*dialog, QStringLiteral("Half a thought"));
    QVERIFY(dialog->isFilled());
    // Escape asks; Keep Editing (the default) keeps the form.
    QTest::keyClick(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit")),
                    Qt::Key_Escape);
    QMessageBox* question = nullptr;
    QTRY_VERIFY(
        (question = dialog->findChild<QMessageBox*>(QStringLiteral("discardDecisionQuestion"))));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("discardDecisionQuestion")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))->toPlainText(),
             QStringLiteral("Half a thought"));
    // Ctrl+W asks too; Discard closes, and nothing was written.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QTest::keyClick(dialog.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(
        (question = dialog->findChild<QMessageBox*>(QStringLiteral("discardDecisionQuestion"))));
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!hasDecision());
    QCOMPARE(m_stack->count(), 0);
}

void TestDecisionDialog::recordedDecisionIsShownAndAmendedWithAReason() {
    {
        auto dialog = openDialog(m_lead);
        fill(*dialog, QStringLiteral("Clearer system design."));
        clickOk(*dialog);
    }
    QVERIFY(hasDecision());
    const QList<Application> recorded = applications();
    auto dialog = openDialog(m_lead);
    QCOMPARE(dialog->mode(), DecisionDialog::Mode::View);
    QVERIFY(dialog->isReadOnly());
    auto* decidedBy = dialog->findChild<QLabel*>(QStringLiteral("decidedByLabel"));
    QVERIFY(decidedBy && decidedBy->text().startsWith(QStringLiteral("Decided by ")));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))->isReadOnly());
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("rankSpin1"))->value(), 2);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("talentPoolCheck2"))->isChecked());

    // Amend: finalist 1 is no longer a runner-up. Without a reason: refused.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("amendButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->mode(), DecisionDialog::Mode::Amend);
    // The form was filled afresh: let the replaced row widgets go.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("amendReasonEdit"));
    QVERIFY(reason && reason->isVisible());
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo1"));
    QVERIFY(combo && combo->isEnabled());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up); // Runner-up → Chosen
    QTest::keyClick(combo, Qt::Key_Up); // → Not selected
    QCOMPARE(combo->currentData().toInt(), int(DecisionRole::NotSelected));
    clickOk(*dialog);
    auto* errors = dialog->findChild<QLabel*>(QStringLiteral("decisionErrors"));
    QVERIFY2(errors->isVisible() && errors->text().contains(QStringLiteral("Reason:")),
             qPrintable(errors->text()));
    QCOMPARE(applications(), recorded);
    QTest::keyClicks(reason, QStringLiteral("A reference raised a concern."));
    clickOk(*dialog);
    QTRY_VERIFY(!dialog->isVisible());
    // Nothing conflicted: saved without asking.
    QVERIFY(!dialog->findChild<QDialog*>(QStringLiteral("decisionConflictDialog")));
    QCOMPARE(application(m_finalists[1]).stage, PipelineStage::Rejected);
    QVERIFY(!application(m_finalists[1]).onHold);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(applications(), recorded);
}

void TestDecisionDialog::undoIsRefusedOnceAMessageWentOut() {
    {
        auto dialog = openDialog(m_lead);
        fill(*dialog, QStringLiteral("Clearer system design."));
        clickOk(*dialog);
    }
    QCOMPARE(m_stack->count(), 1);
    // Finalist 3's rejection was copied to be sent.
    QVERIFY(CommunicationLog(m_session->database())
                .recordOutput(m_finalists[3], OutputKind::Clipboard, QStringLiteral("Our decision"),
                              QStringLiteral("lead"), QDateTime(kToday, QTime(13, 0), Qt::UTC)));
    QSignalSpy refused(m_commands.get(), &DecisionCommands::errorOccurred);
    m_stack->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("message went out")),
             qPrintable(refused.first().first().toString()));
    // The step stays, and leaves the stack: nothing to undo or redo.
    QVERIFY(hasDecision());
    QCOMPARE(application(m_finalists[3]).stage, PipelineStage::Rejected);
    QCOMPARE(m_stack->count(), 0);
}

// By keyboard alone: Alt+F reaches the finalists, Tab each row's role (and a
// runner-up's rank and talent pool) and then the rest of the form, instead
// of going round the table's cells for ever.
void TestDecisionDialog::tabRunsThroughTheRolesAndOn() {
    auto dialog = openDialog(m_lead);
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog.get());
    const auto focused = [] {
        return QApplication::focusWidget();
    };
    const auto named = [&dialog](const QString& name) {
        return dialog->findChild<QWidget*>(name);
    };
    QTest::keyClick(dialog.get(), Qt::Key_F, Qt::AltModifier); // &Finalists
    QTRY_COMPARE(focused(), named(QStringLiteral("finalistRoleTable")));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), named(QStringLiteral("roleCombo0")));
    // Row 0 a runner-up: its rank and talent pool join the way through.
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(qobject_cast<QComboBox*>(focused())->currentText(), QStringLiteral("Runner-up"));
    for (const QString& next : {QStringLiteral("rankSpin0"), QStringLiteral("talentPoolCheck0"),
                                QStringLiteral("roleCombo1")}) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), named(next));
    }
    // The other rows' ranks and pools are off: role to role, then out.
    for (int row = 2; row < m_finalists.size(); ++row) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), named(QStringLiteral("roleCombo%1").arg(row)));
    }
    for (const QString& next :
         {QStringLiteral("plannedChanges"), QStringLiteral("decidingCriteriaList"),
          QStringLiteral("rationaleEdit")}) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), named(next));
    }
    // And back again with Shift+Tab.
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), named(QStringLiteral("roleCombo%1").arg(m_finalists.size() - 1)));
}

std::unique_ptr<DecisionDialog> TestDecisionDialog::amending(const QString& rationale,
                                                             const QString& reason) {
    {
        auto first = openDialog(m_lead);
        fill(*first, QStringLiteral("Clearer system design."));
        clickOk(*first);
    }
    auto dialog = openDialog(m_lead);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("amendButton")),
                      Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, rationale);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amendReasonEdit")), reason);
    return dialog;
}

void TestDecisionDialog::amendElsewhere(const QString& rationale) {
    DecisionRequest theirs;
    const Decision d = storedDecision();
    theirs.openingId = m_opening;
    for (const DecisionOutcome& o : d.outcomes) {
        if (o.role == DecisionRole::Chosen)
            theirs.chosen.append(o.applicationId);
        else if (o.role == DecisionRole::RunnerUp)
            theirs.runnersUp.append({o.applicationId, o.rank, false});
        else
            theirs.notSelected.append(o.applicationId);
    }
    theirs.decidingCriterionIds = d.decidingCriterionIds;
    theirs.rationale = rationale;
    theirs.decidedBy = m_lead;
    theirs.decidedAt = QDateTime(kToday, QTime(12, 30), Qt::UTC);
    theirs.baseVersion = d.rowVersion;
    auto saved =
        DecisionWorkflow(m_session->database())
            .amend(theirs, QStringLiteral("Elsewhere"), QStringLiteral("other"), theirs.decidedAt);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
}

Decision TestDecisionDialog::storedDecision() {
    auto found = DecisionRepository(m_session->database()).forOpening(m_opening);
    return found && found->has_value() ? **found : Decision{};
}

QDialog* TestDecisionDialog::conflictDialog(DecisionDialog& dialog) {
    return test::ConflictTable::shownDialog(&dialog, QStringLiteral("decisionConflictDialog"));
}

QStringList TestDecisionDialog::conflictRows(DecisionDialog& dialog) {
    return test::ConflictTable::rows(conflictDialog(dialog));
}

void TestDecisionDialog::amendedElsewhereShowsBothAndKeepsMine() {
    auto dialog = amending(QStringLiteral("Mine: the design review."),
                           QStringLiteral("Wording of the rationale"));
    amendElsewhere(QStringLiteral("Theirs: the references."));
    const QList<Application> theirs = applications();
    const int theirVersion = storedDecision().rowVersion;
    clickOk(*dialog);
    QTRY_VERIFY(conflictDialog(*dialog));
    const QStringList rows = conflictRows(*dialog);
    QVERIFY2(rows.filter(QStringLiteral("Rationale|Mine: the design review.|Theirs: the "
                                        "references."))
                     .size() == 1,
             qPrintable(rows.join(u'\n')));
    // Each finalist by name: row 0 was chosen in both.
    auto candidate =
        CandidateRepository(m_session->database()).get(application(m_finalists[0]).candidateId);
    QVERIFY(candidate);
    QVERIFY2(rows.filter(candidate->fullName + QStringLiteral("|Chosen|Chosen")).size() == 1,
             qPrintable(rows.join(u'\n')));
    // Refused: nothing of mine stored yet.
    QCOMPARE(storedDecision().rationale, QStringLiteral("Theirs: the references."));
    QCOMPARE(applications(), theirs);
    QCOMPARE(m_stack->count(), 1);

    QTest::mouseClick(
        conflictDialog(*dialog)->findChild<QPushButton*>(QStringLiteral("keepMineButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const Decision stored = storedDecision();
    QCOMPARE(stored.rationale, QStringLiteral("Mine: the design review."));
    QVERIFY(stored.rowVersion > theirVersion);
    QCOMPARE(m_stack->count(), 2);
    // Undoing one's own amendment is not refused: theirs comes back.
    m_stack->undo();
    QCOMPARE(storedDecision().rationale, QStringLiteral("Theirs: the references."));
    m_stack->redo();
    QCOMPARE(storedDecision().rationale, QStringLiteral("Mine: the design review."));
}

void TestDecisionDialog::takeSavedVersionReloadsTheDialog() {
    auto dialog = amending(QStringLiteral("Mine."), QStringLiteral("Why"));
    amendElsewhere(QStringLiteral("Theirs."));
    clickOk(*dialog);
    QTRY_VERIFY(conflictDialog(*dialog));
    QTest::mouseClick(
        conflictDialog(*dialog)->findChild<QPushButton*>(QStringLiteral("takeTheirsButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!conflictDialog(*dialog));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), DecisionDialog::Mode::Amend);
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))->toPlainText(),
             QStringLiteral("Theirs."));
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("amendReasonEdit"))->text().isEmpty());
    QCOMPARE(dialog->request().baseVersion, storedDecision().rowVersion);
    QCOMPARE(storedDecision().rationale, QStringLiteral("Theirs."));
}

void TestDecisionDialog::decideLaterKeepsTheForm() {
    auto dialog = amending(QStringLiteral("Mine, later."), QStringLiteral("Why"));
    amendElsewhere(QStringLiteral("Theirs."));
    clickOk(*dialog);
    QTRY_VERIFY(conflictDialog(*dialog));
    QTest::keyClick(conflictDialog(*dialog), Qt::Key_Escape);
    QTRY_VERIFY(!conflictDialog(*dialog));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))->toPlainText(),
             QStringLiteral("Mine, later."));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("amendReasonEdit"))->text(),
             QStringLiteral("Why"));
    auto* errors = dialog->findChild<QLabel*>(QStringLiteral("decisionErrors"));
    QVERIFY2(errors->text().contains(QStringLiteral("Not saved")), qPrintable(errors->text()));
    QCOMPARE(storedDecision().rationale, QStringLiteral("Theirs."));
}

void TestDecisionDialog::secondLeadRecordingSeesTheRecordedOne() {
    auto dialog = openDialog(m_lead);
    fill(*dialog, QStringLiteral("Ours, a moment too late."));
    // Another lead records first, elsewhere.
    DecisionRequest first = dialog->request();
    first.rationale = QStringLiteral("Recorded first.");
    QVERIFY(DecisionWorkflow(m_session->database()).record(first, QStringLiteral("other")));
    clickOk(*dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), DecisionDialog::Mode::View);
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))->toPlainText(),
             QStringLiteral("Recorded first."));
    auto* errors = dialog->findChild<QLabel*>(QStringLiteral("decisionErrors"));
    QVERIFY2(errors->isVisible() &&
                 errors->text().contains(QStringLiteral("already has a decision record")),
             qPrintable(errors->text()));
    QCOMPARE(storedDecision().rationale, QStringLiteral("Recorded first."));
}

QTEST_MAIN(TestDecisionDialog)
#include "tst_decisiondialog.moc"
