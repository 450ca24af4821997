#include "ConflictTable.h"
#include "DatabaseSession.h"
#include "ScoringFixture.h"
#include "scorecard/ScorecardEditor.h"

#include "scoring/ScorecardSheet.h"
#include "scoring/ScorecardWorkflow.h"
#include "storage/Database.h"
#include "storage/ScorecardRepository.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace debrief;

/// The scorecard editor when its card was saved elsewhere (a second
/// connection to the same file, as a second window or computer would):
/// the refused save shows both versions side by side, and the user keeps
/// theirs or the other one; an autosave with no conflict stays silent.
class TestScorecardConflict : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void autosaveWithoutConflictIsSilent();
    void keepMineSavesOverTheOtherVersion();
    void takeTheirsShowsTheOtherVersion();
    void aDraftCannotReplaceASubmittedCard();

private:
    std::optional<Scorecard> stored();
    /// Opens Sam's card, scores the first criterion and waits for the draft.
    void openAndSaveDraft();
    /// Saves Sam's card through a second connection with `evidence` on the
    /// first criterion.
    void saveElsewhere(const QString& evidence);
    /// Types `text` as the first criterion's evidence and saves now.
    void typeEvidenceAndSave(const QString& text);
    QDialog* conflictDialog() const;
    QStringList tableTexts() const;
    QWidget* focused() const { return QApplication::focusWidget(); }

    std::unique_ptr<test::ScoringFixture> m_fixture;
    std::unique_ptr<ScorecardEditor> m_editor;
    test::ScoringSample m_sample;
    int m_savedElsewhereVersion = 0;
};

void TestScorecardConflict::init() {
    m_fixture = std::make_unique<test::ScoringFixture>();
    const QString failure = m_fixture->setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_sample = m_fixture->sample;
}

void TestScorecardConflict::cleanup() {
    m_editor.reset();
    m_fixture.reset();
}

std::optional<Scorecard> TestScorecardConflict::stored() {
    auto cards =
        ScorecardRepository(m_fixture->session().database()).forInterview(m_sample.interview);
    if (!cards)
        return std::nullopt;
    for (const Scorecard& card : *cards) {
        if (card.panelistId == m_sample.sam)
            return card;
    }
    return std::nullopt;
}

void TestScorecardConflict::openAndSaveDraft() {
    QString failure;
    m_editor = m_fixture->openEditor(m_sample.sam, &failure);
    QVERIFY2(m_editor, qPrintable(failure));
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    m_editor->setFocus();
    QTRY_COMPARE(focused(), m_editor->findChild<QWidget*>(QStringLiteral("scorePicker0")));
    QTest::keyClick(focused(), Qt::Key_3);
    QTRY_VERIFY(stored().has_value());
}

void TestScorecardConflict::saveElsewhere(const QString& evidence) {
    auto other = Database::openSqlite(m_fixture->databasePath(), Database::OpenMode::MustExist);
    QVERIFY2(other, qPrintable(other.errorMessage()));
    auto card = ScorecardRepository(**other).get(stored()->id);
    QVERIFY(card);
    for (CriterionRating& rating : card->ratings) {
        if (rating.criterionId == m_sample.design)
            rating.evidence = evidence;
    }
    QVERIFY(ScorecardWorkflow(**other).saveDraft(*card, QDateTime::currentDateTimeUtc()).ok());
    m_savedElsewhereVersion = card->rowVersion;
}

void TestScorecardConflict::typeEvidenceAndSave(const QString& text) {
    auto* evidence = m_editor->findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit0"));
    QVERIFY(evidence);
    evidence->setFocus();
    QTest::keyClicks(evidence, text);
    m_editor->saveDraftNow();
}

QDialog* TestScorecardConflict::conflictDialog() const {
    return test::ConflictTable::shownDialog(m_editor.get(),
                                            QStringLiteral("scorecardConflictDialog"));
}

QStringList TestScorecardConflict::tableTexts() const {
    return test::ConflictTable::rows(conflictDialog());
}

void TestScorecardConflict::autosaveWithoutConflictIsSilent() {
    openAndSaveDraft();
    const int before = stored()->rowVersion;
    typeEvidenceAndSave(QStringLiteral("Drew the queue"));
    QTRY_COMPARE(stored()->rowVersion, before + 1);
    QCOMPARE(stored()->rating(m_sample.design)->evidence, QStringLiteral("Drew the queue"));
    QVERIFY(!m_editor->findChild<QDialog*>(QStringLiteral("scorecardConflictDialog")));
    auto* status = m_editor->findChild<QLabel*>(QStringLiteral("scorecardStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Draft saved ")), qPrintable(status->text()));
}

void TestScorecardConflict::keepMineSavesOverTheOtherVersion() {
    openAndSaveDraft();
    saveElsewhere(QStringLiteral("Theirs: whiteboard session"));
    typeEvidenceAndSave(QStringLiteral("Mine: sharded queue"));
    QTRY_VERIFY(conflictDialog());
    // Nothing was overwritten while the user decides.
    QCOMPARE(stored()->rating(m_sample.design)->evidence,
             QStringLiteral("Theirs: whiteboard session"));
    const QStringList rows = tableTexts();
    QVERIFY2(rows.contains(QStringLiteral("System design: evidence|Mine: sharded queue|Theirs: "
                                          "whiteboard session|differs")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("System design: score|3|3|")),
             qPrintable(rows.join(u'\n')));
    auto* keep = conflictDialog()->findChild<QPushButton*>(QStringLiteral("keepMineButton"));
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_COMPARE(stored()->rating(m_sample.design)->evidence,
                 QStringLiteral("Mine: sharded queue"));
    QCOMPARE(stored()->rowVersion, m_savedElsewhereVersion + 1);
    QCOMPARE(m_editor->card().rowVersion, m_savedElsewhereVersion + 1);
}

void TestScorecardConflict::takeTheirsShowsTheOtherVersion() {
    openAndSaveDraft();
    saveElsewhere(QStringLiteral("Theirs: whiteboard session"));
    typeEvidenceAndSave(QStringLiteral("Mine: sharded queue"));
    QTRY_VERIFY(conflictDialog());
    QTest::mouseClick(conflictDialog()->findChild<QPushButton*>(QStringLiteral("takeTheirsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!conflictDialog());
    auto* evidence = m_editor->findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit0"));
    QCOMPARE(evidence->toPlainText(), QStringLiteral("Theirs: whiteboard session"));
    QCOMPARE(m_editor->card().rowVersion, m_savedElsewhereVersion);
    // Nothing of the user's version is saved afterwards either.
    QTest::qWait(800);
    QCOMPARE(stored()->rowVersion, m_savedElsewhereVersion);
    QCOMPARE(stored()->rating(m_sample.design)->evidence,
             QStringLiteral("Theirs: whiteboard session"));
}

void TestScorecardConflict::aDraftCannotReplaceASubmittedCard() {
    openAndSaveDraft();
    auto other = Database::openSqlite(m_fixture->databasePath(), Database::OpenMode::MustExist);
    QVERIFY2(other, qPrintable(other.errorMessage()));
    auto sheet = ScorecardSheet::load(**other, m_sample.interview, m_sample.sam);
    QVERIFY2(sheet, qPrintable(sheet.errorMessage()));
    Scorecard card = sheet->card;
    card.recommendation = Recommendation::StrongYes;
    QVERIFY(ScorecardWorkflow(**other)
                .submit(card, sheet->rubric, QDateTime::currentDateTimeUtc())
                .ok());
    typeEvidenceAndSave(QStringLiteral("Mine: sharded queue"));
    QTRY_VERIFY(conflictDialog());
    QVERIFY(
        !conflictDialog()->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->isEnabled());
    QVERIFY(conflictDialog()->findChild<QLabel*>(QStringLiteral("conflictKeepMineRefused")));
    QTest::mouseClick(conflictDialog()->findChild<QPushButton*>(QStringLiteral("takeTheirsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_editor->isReadOnly());
    QVERIFY(stored()->isSubmitted());
}

QTEST_MAIN(TestScorecardConflict)
#include "tst_scorecardconflict.moc"
