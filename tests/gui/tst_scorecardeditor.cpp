#include "DatabaseSession.h"
#include "ScoringFixture.h"
#include "scorecard/ScorecardEditor.h"

#include "storage/AuditRepository.h"
#include "storage/ScorecardRepository.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace debrief;

/// Fills scorecards in the real editor with the keyboard only, over a real
/// SQLite file, and checks what the database holds afterwards.
class TestScorecardEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyboardOnlyFillAndSubmit();
    void showsTheRubricVersion();
    void undoRestoresEarlierValue();
    void draftSavesWithoutExplicitSave();
    void amendmentWritesAuditLog();
    void unsavedChangesOnlyAfterAChange();
    void unassessedCriteriaAskBeforeSubmitting();

private:
    /// Answers the "not assessed" question with the button whose text
    /// is `button`; `text` gets the question's text.
    void answerUnassessedQuestion(const QString& button, QString* text = nullptr);
    std::optional<Scorecard> stored(RowId panelistId);
    void openEditor(RowId panelistId);
    QWidget* focused() const { return QApplication::focusWidget(); }

    std::unique_ptr<test::ScoringFixture> m_fixture;
    std::unique_ptr<ScorecardEditor> m_editor;
    test::ScoringSample m_sample;
    DatabaseSession* m_session = nullptr;
};

void TestScorecardEditor::init() {
    m_fixture = std::make_unique<test::ScoringFixture>();
    const QString failure = m_fixture->setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_sample = m_fixture->sample;
    m_session = &m_fixture->session();
}

void TestScorecardEditor::cleanup() {
    m_editor.reset();
    m_session = nullptr;
    m_fixture.reset();
}

void TestScorecardEditor::openEditor(RowId panelistId) {
    QString failure;
    m_editor = m_fixture->openEditor(panelistId, &failure);
    QVERIFY2(m_editor, qPrintable(failure));
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    m_editor->setFocus();
    QTRY_COMPARE(focused(), m_editor->findChild<QWidget*>(QStringLiteral("scorePicker0")));
}

std::optional<Scorecard> TestScorecardEditor::stored(RowId panelistId) {
    auto cards = ScorecardRepository(m_session->database()).forInterview(m_sample.interview);
    if (!cards)
        return std::nullopt;
    for (const Scorecard& card : *cards) {
        if (card.panelistId == panelistId)
            return card;
    }
    return std::nullopt;
}

void TestScorecardEditor::keyboardOnlyFillAndSubmit() {
    openEditor(m_sample.sam);
    QTest::keyClick(focused(), Qt::Key_4); // System design: 4
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("evidenceEdit0"));
    QTest::keyClicks(focused(), QStringLiteral("Sketched a sharded queue"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("scorePicker1"));
    QTest::keyClick(focused(), Qt::Key_N); // Communication: not assessed
    QTest::keyClick(focused(), Qt::Key_2); // …then changed to 2
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("recommendationPicker"));
    QTest::keyClick(focused(), Qt::Key_3); // yes
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("takeawaysEdit"));
    QTest::keyClicks(focused(), QStringLiteral("Hire for the platform team"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    QVERIFY(m_editor->isReadOnly());
    const auto card = stored(m_sample.sam);
    QVERIFY(card.has_value());
    QVERIFY(card->isSubmitted());
    QCOMPARE(card->rating(m_sample.design)->score, std::optional(4));
    QCOMPARE(card->rating(m_sample.design)->evidence, QStringLiteral("Sketched a sharded queue"));
    QCOMPARE(card->rating(m_sample.communication)->score, std::optional(2));
    QCOMPARE(card->recommendation, std::optional(Recommendation::Yes));
    QCOMPARE(card->keyTakeaways, QStringLiteral("Hire for the platform team"));

    // Locked: digits no longer change anything.
    QWidget* picker = m_editor->findChild<QWidget*>(QStringLiteral("scorePicker0"));
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_1);
    QCOMPARE(m_editor->card().rating(m_sample.design)->score, std::optional(4));
}

void TestScorecardEditor::showsTheRubricVersion() {
    openEditor(m_sample.kim);
    // ScoringSample stores its rubric once, as version 1.
    auto* version = m_editor->findChild<QLabel*>(QStringLiteral("rubricVersionLabel"));
    QVERIFY(version);
    QCOMPARE(version->text(), QStringLiteral("Rubric v1"));
    QVERIFY(version->toolTip().contains(QStringLiteral("“Backend rubric”, version 1")));
}

void TestScorecardEditor::undoRestoresEarlierValue() {
    openEditor(m_sample.sam);
    QTest::keyClick(focused(), Qt::Key_3);
    QTest::keyClick(focused(), Qt::Key_5);
    QCOMPARE(m_editor->card().rating(m_sample.design)->score, std::optional(5));
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Score “System design” 5"));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->card().rating(m_sample.design)->score, std::optional(3));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->card().rating(m_sample.design)->score, std::optional(5));

    // Typing merges into one step; undoing it empties the field again.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Clear trade-offs"));
    QCOMPARE(m_editor->undoStack()->undoText(),
             QStringLiteral("Edit evidence for “System design”"));
    m_editor->undoStack()->undo();
    auto* evidence = m_editor->findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit0"));
    QCOMPARE(evidence->toPlainText(), QString());
    QCOMPARE(m_editor->card().rating(m_sample.design)->evidence, QString());
}

void TestScorecardEditor::draftSavesWithoutExplicitSave() {
    openEditor(m_sample.kim);
    QVERIFY(!stored(m_sample.kim).has_value());
    QTest::keyClick(focused(), Qt::Key_2);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Needed hints"));
    QTRY_VERIFY(stored(m_sample.kim).has_value() &&
                stored(m_sample.kim)->rating(m_sample.design)->evidence ==
                    QStringLiteral("Needed hints"));
    const auto card = stored(m_sample.kim);
    QVERIFY(!card->isSubmitted());
    QCOMPARE(card->rating(m_sample.design)->score, std::optional(2));
    auto* status = m_editor->findChild<QLabel*>(QStringLiteral("scorecardStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Draft saved ")), qPrintable(status->text()));
}

void TestScorecardEditor::amendmentWritesAuditLog() {
    openEditor(m_sample.sam);
    QTest::keyClick(focused(), Qt::Key_4);
    m_editor->findChild<QWidget*>(QStringLiteral("recommendationPicker"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_4); // strong yes
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    answerUnassessedQuestion(QStringLiteral("&Submit Anyway")); // Communication left open
    QTRY_VERIFY(stored(m_sample.sam)->isSubmitted());

    // Amend…: the reason dialog is answered from a timer, as a user would.
    QString seen;
    QTimer::singleShot(0, this, [&seen] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = dialog->labelText();
        dialog->setTextValue(QStringLiteral("Mixed up two candidates"));
        dialog->accept();
    });
    QTest::mouseClick(m_editor->findChild<QWidget*>(QStringLiteral("amendButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_editor->isReadOnly());
    QVERIFY2(seen.contains(QStringLiteral("audit log")), qPrintable(seen));
    // Focus returns to the first criterion once the dialog is gone.
    auto* picker = m_editor->findChild<QWidget*>(QStringLiteral("scorePicker0"));
    m_editor->activateWindow();
    picker->setFocus();
    QTRY_COMPARE(focused(), picker);
    QTest::keyClick(focused(), Qt::Key_2);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(m_editor->isReadOnly());

    const auto card = stored(m_sample.sam);
    QCOMPARE(card->rating(m_sample.design)->score, std::optional(2));
    auto audit =
        AuditRepository(m_session->database()).forEntity(QStringLiteral("scorecard"), card->uuid);
    QVERIFY2(audit.ok(), qPrintable(audit.errorMessage()));
    QCOMPARE(audit->size(), 1);
    const AuditEntry& entry = audit->first();
    QCOMPARE(entry.field, QStringLiteral("score:System design"));
    QCOMPARE(entry.oldValue, QStringLiteral("4"));
    QCOMPARE(entry.newValue, QStringLiteral("2"));
    QCOMPARE(entry.actor, QStringLiteral("Sam Ortiz"));
    QCOMPARE(entry.reason, QStringLiteral("Mixed up two candidates"));
    // When: the moment Ctrl+Return saved the amendment.
    QVERIFY2(entry.occurredAt >= before && entry.occurredAt <= after,
             qPrintable(entry.occurredAt.toString(Qt::ISODate)));
}

void TestScorecardEditor::answerUnassessedQuestion(const QString& button, QString* text) {
    QMessageBox* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = m_editor->findChild<QMessageBox*>(
                                  QStringLiteral("unassessedQuestion"))) != nullptr &&
                                 question->isVisible(),
                             5000);
    if (text)
        *text = question->text();
    for (QAbstractButton* each : question->buttons()) {
        if (each->text() == button) {
            QTest::mouseClick(each, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(button)));
}

void TestScorecardEditor::unsavedChangesOnlyAfterAChange() {
    // Kim's draft exists with a score, as a panelist finds it on reopening.
    openEditor(m_sample.kim);
    QTest::keyClick(focused(), Qt::Key_2);
    QTRY_VERIFY(stored(m_sample.kim).has_value());
    m_editor.reset();

    openEditor(m_sample.kim);
    auto* status = m_editor->findChild<QLabel*>(QStringLiteral("scorecardStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QString());
    QTest::qWait(700); // longer than the autosave delay: nothing is pending
    QCOMPARE(status->text(), QString());
    const QDateTime savedAt = stored(m_sample.kim)->updatedAt;

    QTest::keyClick(focused(), Qt::Key_3);
    QCOMPARE(status->text(), QStringLiteral("Unsaved changes…"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Draft saved ")));
    QVERIFY(stored(m_sample.kim)->updatedAt >= savedAt);
    QCOMPARE(stored(m_sample.kim)->rating(m_sample.design)->score, std::optional(3));
}

void TestScorecardEditor::unassessedCriteriaAskBeforeSubmitting() {
    openEditor(m_sample.sam);
    QTest::keyClick(focused(), Qt::Key_4); // System design: 4; Communication left open
    m_editor->findChild<QWidget*>(QStringLiteral("recommendationPicker"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_3);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    // "Keep Scoring" leaves the card a draft, editable.
    QString text;
    answerUnassessedQuestion(QStringLiteral("&Keep Scoring"), &text);
    QVERIFY2(text.contains(QStringLiteral("Communication")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("System design")), qPrintable(text));
    QTRY_VERIFY(!m_editor->findChild<QMessageBox*>(QStringLiteral("unassessedQuestion")));
    QVERIFY(!m_editor->isReadOnly());
    QVERIFY(!m_editor->card().isSubmitted());

    // Scoring it too submits without a question.
    auto* communication = m_editor->findChild<QWidget*>(QStringLiteral("scorePicker1"));
    m_editor->activateWindow();
    communication->setFocus();
    QTRY_COMPARE(focused(), communication);
    QTest::keyClick(communication, Qt::Key_2);
    QTest::keyClick(communication, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_editor->findChild<QMessageBox*>(QStringLiteral("unassessedQuestion")));
    QVERIFY(m_editor->card().isSubmitted());
    QVERIFY(stored(m_sample.sam)->isSubmitted());
}

QTEST_MAIN(TestScorecardEditor)
#include "tst_scorecardeditor.moc"
