#include "CandidateDetailPane.h"
#include "DatabaseSession.h"
#include "decision/DecisionDialog.h"

#include "analytics/ComparisonInput.h"
#include "demo/DemoDataGenerator.h"
#include "scoring/ScoreViewer.h"
#include "storage/ApplicationRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

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
    void nonLeadIsRefusedAndNothingWritten();
    void emptyRationaleShowsInlineError();
    void offerAcceptedHiresAndReleasesHolds();

private:
    /// A shown dialog as `panelist`, for the debrief opening.
    std::unique_ptr<DecisionDialog> openDialog(RowId panelist);
    /// Chooses row 0, runners-up row 2 (rank 1, talent pool) then row 1
    /// (rank 2), criteria 0 and 2, shareable; types `rationale`.
    void fill(DecisionDialog& dialog, const QString& rationale);
    void setRole(DecisionDialog& dialog, int row, int downPresses);
    void clickOk(DecisionDialog& dialog);
    Application application(RowId id);
    bool hasDecision();

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<DatabaseSession> m_session;
    RowId m_opening = kNoRow;
    RowId m_lead = kNoRow;
    RowId m_member = kNoRow;
    QList<RowId> m_finalists;
    QList<RowId> m_criteria;
};

void TestDecisionDialog::init() {
    m_session = std::make_unique<DatabaseSession>();
    QVERIFY(m_session->create(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_files))));
    auto written = DemoDataGenerator({1, kToday, 0}).generate(m_session->database());
    QVERIFY2(written, qPrintable(written.errorMessage()));
    auto opening = m_session->openings().findByUuid(written->debriefOpeningUuid);
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
    auto dialog = std::make_unique<DecisionDialog>(*m_session);
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
    auto found = m_session->applications().get(id);
    return found ? *found : Application{};
}

bool TestDecisionDialog::hasDecision() {
    auto stored = DecisionRepository(m_session->database()).forOpening(m_opening);
    return stored && stored->has_value();
}

void TestDecisionDialog::leadRecordsTheDecision() {
    auto dialog = openDialog(m_lead);
    QVERIFY(!dialog->isReadOnly());
    QSignalSpy changed(dialog.get(), &DecisionDialog::decisionChanged);
    fill(*dialog, QStringLiteral("Clearer system design."));
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
    QList<DecisionOutcome> expected{{m_finalists[0], DecisionRole::Chosen, 0},
                                    {m_finalists[2], DecisionRole::RunnerUp, 1},
                                    {m_finalists[1], DecisionRole::RunnerUp, 2}};
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

    // The detail pane says why the runner-up waits; the chosen one shows no hold.
    CandidateDetailPane pane(*m_session);
    QVERIFY(pane.showApplication(m_finalists[2]));
    auto* hold = pane.findChild<QLabel*>(QStringLiteral("candidateOnHold"));
    QVERIFY(hold && hold->isVisibleTo(&pane));
    QVERIFY2(hold->text().startsWith(QStringLiteral("Runner-up 1")), qPrintable(hold->text()));
    QVERIFY(pane.showApplication(m_finalists[0]));
    QVERIFY(!hold->isVisibleTo(&pane));
}

void TestDecisionDialog::nonLeadIsRefusedAndNothingWritten() {
    const Application before = application(m_finalists[0]);
    auto dialog = openDialog(m_member);
    QSignalSpy changed(dialog.get(), &DecisionDialog::decisionChanged);
    fill(*dialog, QStringLiteral("Clearer system design."));
    clickOk(*dialog);
    auto* errors = dialog->findChild<QLabel*>(QStringLiteral("decisionErrors"));
    QVERIFY(errors && errors->isVisible());
    QVERIFY2(errors->text().contains(QStringLiteral("Decided by:")), qPrintable(errors->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!hasDecision());
    QCOMPARE(application(m_finalists[0]), before);
    QVERIFY(!application(m_finalists[1]).onHold);
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

void TestDecisionDialog::offerAcceptedHiresAndReleasesHolds() {
    {
        auto dialog = openDialog(m_lead);
        fill(*dialog, QStringLiteral("Clearer system design."));
        clickOk(*dialog);
    }
    QVERIFY(hasDecision());
    auto dialog = openDialog(m_lead);
    QVERIFY(dialog->isReadOnly());
    auto* decidedBy = dialog->findChild<QLabel*>(QStringLiteral("decidedByLabel"));
    QVERIFY(decidedBy && decidedBy->text().startsWith(QStringLiteral("Decided by ")));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))->isReadOnly());
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("rankSpin1"))->value(), 2);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("talentPoolCheck2"))->isChecked());
    QSignalSpy changed(dialog.get(), &DecisionDialog::decisionChanged);
    auto* accepted = dialog->findChild<QPushButton*>(QStringLiteral("offerAcceptedButton"));
    QVERIFY(accepted);
    QTest::mouseClick(accepted, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(application(m_finalists[0]).stage, PipelineStage::Hired);
    QVERIFY(!application(m_finalists[1]).onHold);
    QVERIFY(!application(m_finalists[2]).onHold);
    QVERIFY(application(m_finalists[2]).talentPool); // the flag outlives the hold
    // Hired now: no second "Offer Accepted".
    QTRY_VERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("offerAcceptedButton")));
}

QTEST_MAIN(TestDecisionDialog)
#include "tst_decisiondialog.moc"
