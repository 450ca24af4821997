#include "CandidateDetailPane.h"
#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SampleDatabase.h"
#include "pipeline/AddCandidateDialog.h"
#include "pipeline/ReferenceDialog.h"

#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace debrief;

/// Edits the pipeline through the real main window over a fresh copy of
/// SampleDatabase per test (Backend Engineer: Alice Adams final, Bob Brown
/// interview, Carla Diaz rejected, Dmitri Evans final, Eve Fischer applied;
/// eight candidates in all; today is 10 June 2024). Widgets are found by
/// object name and driven by keyboard and mouse; every change is checked in
/// the database, in the list and in the pane, and undone.
class TestPipelineEditing : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addCandidateByKeyboard();
    void invalidOrDuplicateEmailWritesNothing();
    void stageChangeAdvancesFurthestAndUndoRestores();
    void arrowKeysOpenTheStageListInsteadOfMoving();
    void pastPromisedDateShowsOverdue();
    void tabLeavesAnEmptyPromisedDate();
    void notesBurstIsOneCommand();
    void referenceForNonFinalistWarnsAboutGoodwill();
    void referenceForFinalistHasNoWarning();

private:
    QTableView* table() const {
        return m_window->findChild<QTableView*>(QStringLiteral("candidateTable"));
    }
    CandidateDetailPane* pane() const {
        return m_window->findChild<CandidateDetailPane*>(QStringLiteral("candidateDetail"));
    }
    template <typename T> T* child(const QString& name) const {
        T* found = m_window->findChild<T*>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }
    int rowOf(const QString& name) const;
    void select(const QString& name);
    Application stored(RowId applicationId) const;
    RowId shownApplication() const { return pane()->applicationId(); }

    QTemporaryDir m_dir;
    test::SampleDatabase m_sample;
    std::unique_ptr<Database> m_db; // a second connection, to check what was written
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPipelineEditing::init() {
    static int n = 0;
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("pipeline%1.sqlite").arg(++n));
    auto db = Database::openSqlite(path);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
    m_sample = {};
    const QString failure = m_sample.fill(*m_db);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("rc%1").arg(n)));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(test::SampleDatabase::today());
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(table()->model()->rowCount(), 5); // the Backend Engineer opening
}

void TestPipelineEditing::cleanup() {
    m_tester.reset();
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_db.reset();
}

int TestPipelineEditing::rowOf(const QString& name) const {
    QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CandidateTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

void TestPipelineEditing::select(const QString& name) {
    const int row = rowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    const QModelIndex index = table()->model()->index(row, CandidateTableModel::Name);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    QTRY_COMPARE(pane()->candidateName(), name);
}

Application TestPipelineEditing::stored(RowId applicationId) const {
    auto application = ApplicationRepository(*m_db).get(applicationId);
    return application ? *application : Application{};
}

void TestPipelineEditing::addCandidateByKeyboard() {
    table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AddCandidateDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AddCandidateDialog*>()) && dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(),
                 child<QLineEdit>(QStringLiteral("candidateNameEdit")));

    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Farah Green"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("farah@example.org"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("candidatePhoneEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("+49 30 555"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Job board"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<AddCandidateDialog*>());

    // In the list (5 + 1 rows), selected, and in the database.
    QTRY_COMPARE(table()->model()->rowCount(), 6);
    QVERIFY(rowOf(QStringLiteral("Farah Green")) >= 0);
    QTRY_COMPARE(pane()->candidateName(), QStringLiteral("Farah Green"));
    auto found = CandidateRepository(*m_db).findByEmail(QStringLiteral("farah@example.org"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).phone, QStringLiteral("+49 30 555"));
    QCOMPARE(found->at(0).source, QStringLiteral("Job board"));
    const Application added = stored(shownApplication());
    QCOMPARE(added.openingId, m_sample.backendOpening);
    QCOMPARE(added.stage, PipelineStage::Applied);
    QCOMPARE(added.appliedOn, test::SampleDatabase::today());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add candidate Farah Green"));

    // Undo takes both the application and the new person back out.
    m_window->undoStack()->undo();
    QTRY_COMPARE(table()->model()->rowCount(), 5);
    QVERIFY(CandidateRepository(*m_db).findByEmail(QStringLiteral("farah@example.org"))->isEmpty());
    m_window->undoStack()->redo();
    QTRY_COMPARE(table()->model()->rowCount(), 6);
    QCOMPARE(CandidateRepository(*m_db).findByEmail(QStringLiteral("farah@example.org"))->size(),
             1);
}

void TestPipelineEditing::invalidOrDuplicateEmailWritesNothing() {
    const int candidatesBefore = static_cast<int>(CandidateRepository(*m_db).list()->size());
    QCOMPARE(candidatesBefore, 8); // SampleDatabase writes eight people
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AddCandidateDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AddCandidateDialog*>()) && dialog->isVisible());
    auto* name = child<QLineEdit>(QStringLiteral("candidateNameEdit"));
    auto* email = child<QLineEdit>(QStringLiteral("candidateEmailEdit"));
    auto* emailError = child<QLabel>(QStringLiteral("candidateEmailError"));
    QVERIFY(emailError->isHidden());
    QVERIFY(QTest::qWaitForWindowActive(dialog));

    QTest::keyClicks(name, QStringLiteral("Farah Green"));
    QTest::keyClicks(email, QStringLiteral("farah@nowhere"));
    QTest::keyClick(email, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!emailError->isHidden());
    QVERIFY2(emailError->text().contains(QStringLiteral("not a valid e-mail")),
             qPrintable(emailError->text()));
    QTRY_COMPARE(QApplication::focusWidget(), email); // focus goes to the field to fix

    // Alice already applied to this opening, whatever the case.
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ALICE@example.org"));
    QTest::keyClick(email, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY2(emailError->text().contains(QStringLiteral("already applied")),
             qPrintable(emailError->text()));

    QTest::keyClick(email, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<AddCandidateDialog*>());
    QCOMPARE(static_cast<int>(CandidateRepository(*m_db).list()->size()), candidatesBefore);
    QCOMPARE(table()->model()->rowCount(), 5);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestPipelineEditing::stageChangeAdvancesFurthestAndUndoRestores() {
    select(QStringLiteral("Bob Brown"));
    const RowId bob = shownApplication();
    auto* combo = child<QComboBox>(QStringLiteral("stageCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("Interview"));

    // Open the list, step one down (Interview → Final) and confirm.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Space);
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QTRY_COMPARE(stored(bob).stage, PipelineStage::Final);
    QCOMPARE(stored(bob).furthestStage, PipelineStage::Final);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Move Bob Brown to Final"));
    // The list row follows without a reload; the pane shows the new furthest stage.
    const QModelIndex stage =
        table()->model()->index(rowOf(QStringLiteral("Bob Brown")), CandidateTableModel::Stage);
    QCOMPARE(stage.data().toString(), QStringLiteral("Final"));
    QCOMPARE(child<QLabel>(QStringLiteral("candidateFurthestStage"))->text(),
             QStringLiteral("Final"));
    // Audited: stage and furthest stage, two entries.
    QCOMPARE(
        AuditRepository(*m_db).forEntity(QStringLiteral("application"), stored(bob).uuid)->size(),
        2);

    // Ctrl+Z from the list restores both in the database and the window.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(stored(bob).stage, PipelineStage::Interview);
    QCOMPARE(stored(bob).furthestStage, PipelineStage::Interview);
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Interview"));
    QCOMPARE(table()
                 ->model()
                 ->index(rowOf(QStringLiteral("Bob Brown")), CandidateTableModel::Stage)
                 .data()
                 .toString(),
             QStringLiteral("Interview"));

    // Rejecting keeps the furthest stage reached.
    m_window->undoStack()->redo();
    QCOMPARE(stored(bob).stage, PipelineStage::Final);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Space);
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_End); // Withdrawn, the last stage
    QTest::keyClick(combo->view(), Qt::Key_Up);  // Rejected
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QTRY_COMPARE(stored(bob).stage, PipelineStage::Rejected);
    QCOMPARE(stored(bob).furthestStage, PipelineStage::Final);
}

void TestPipelineEditing::arrowKeysOpenTheStageListInsteadOfMoving() {
    select(QStringLiteral("Eve Fischer"));
    const RowId eve = shownApplication();
    auto* combo = child<QComboBox>(QStringLiteral("stageCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_VERIFY(combo->view()->isVisible());
    QCOMPARE(stored(eve).stage, PipelineStage::Applied); // nothing moved yet
    QTest::keyClick(combo->view(), Qt::Key_Escape);
    QTRY_VERIFY(!combo->view()->isVisible());
    QCOMPARE(stored(eve).stage, PipelineStage::Applied);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestPipelineEditing::pastPromisedDateShowsOverdue() {
    select(QStringLiteral("Eve Fischer"));
    const RowId eve = shownApplication();
    auto* marker = child<QLabel>(QStringLiteral("candidatePromisedDate"));
    QVERIFY(marker->isHidden()); // no promise, nobody waiting
    auto* date = child<QDateEdit>(QStringLiteral("promisedDateEdit"));
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Up);   // from "None" to today, 10 June 2024
    QTest::keyClick(date, Qt::Key_Down); // one day back: 9 June
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_COMPARE(stored(eve).promisedResponseDate, QDate(2024, 6, 9));
    QCOMPARE(m_window->undoStack()->count(), 1); // one command for the whole edit
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Change promised date of Eve Fischer"));
    QVERIFY(!marker->isHidden());
    // Tests load no translation, so the plural reads "day(s)".
    QVERIFY2(marker->text().startsWith(QStringLiteral("⚠ 1 day")), qPrintable(marker->text()));
    const QModelIndex due = table()->model()->index(rowOf(QStringLiteral("Eve Fischer")),
                                                    CandidateTableModel::AnswerDue);
    QVERIFY(due.data(CandidateTableModel::OverdueRole).toBool());

    // "None" removes the promise; undo puts the date back.
    QTest::mouseClick(child<QToolButton>(QStringLiteral("clearPromisedDateButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!stored(eve).promisedResponseDate.isValid());
    QVERIFY(marker->isHidden());
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Clear promised date of Eve Fischer"));
    m_window->undoStack()->undo();
    QCOMPARE(stored(eve).promisedResponseDate, QDate(2024, 6, 9));
    QTRY_VERIFY(marker->text().startsWith(QStringLiteral("⚠ 1 day")));
}

// An empty date reads "None" and has no day, month or year for Tab to walk
// through: Tab and Shift+Tab must leave it, not keep the keyboard there.
void TestPipelineEditing::tabLeavesAnEmptyPromisedDate() {
    // In Add Candidate, the last field before the buttons.
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AddCandidateDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AddCandidateDialog*>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* source = child<QLineEdit>(QStringLiteral("candidateSourceEdit"));
    auto* promised = child<QDateEdit>(QStringLiteral("candidatePromisedDateEdit"));
    source->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), source);
    QTest::keyClick(source, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), promised);
    QCOMPARE(promised->text(), QStringLiteral("None"));
    QTest::keyClick(promised, Qt::Key_Tab);
    QVERIFY2(qobject_cast<QPushButton*>(QApplication::focusWidget()),
             QApplication::focusWidget()->metaObject()->className());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), promised);
    QTest::keyClick(promised, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), source);
    // A date set is walked section by section, as in any date field.
    QTest::keyClick(source, Qt::Key_Tab);
    QTest::keyClick(promised, Qt::Key_Up); // from "None" to today
    QVERIFY(promised->text() != QStringLiteral("None"));
    promised->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(promised, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), promised);
    QCOMPARE(promised->currentSection(), QDateTimeEdit::MonthSection);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<AddCandidateDialog*>());

    // In the detail pane, on a candidate nobody promised an answer.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    select(QStringLiteral("Eve Fischer"));
    QVERIFY(!stored(shownApplication()).promisedResponseDate.isValid());
    auto* date = child<QDateEdit>(QStringLiteral("promisedDateEdit"));
    date->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), date);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             child<QWidget>(QStringLiteral("clearPromisedDateButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), date);
    QTest::keyClick(date, Qt::Key_Tab, Qt::ShiftModifier);
    QVERIFY(QApplication::focusWidget() != date);
    QCOMPARE(m_window->undoStack()->count(), 0); // passing through changes nothing
}

void TestPipelineEditing::notesBurstIsOneCommand() {
    select(QStringLiteral("Dmitri Evans"));
    const RowId dmitri = shownApplication();
    auto* notes = child<QPlainTextEdit>(QStringLiteral("notesEdit"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Call back on Monday."));
    QCOMPARE(stored(dmitri).notes, QString()); // still typing: nothing written
    table()->setFocus();                       // leaving the notes ends the burst
    QTRY_COMPARE(stored(dmitri).notes, QStringLiteral("Call back on Monday."));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit notes of Dmitri Evans"));

    // A pause also ends a burst.
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" Salary agreed."));
    QTRY_COMPARE_WITH_TIMEOUT(stored(dmitri).notes,
                              QStringLiteral("Call back on Monday. Salary agreed."), 5000);
    QCOMPARE(m_window->undoStack()->count(), 2);

    table()->setFocus();
    m_window->undoStack()->undo();
    QCOMPARE(stored(dmitri).notes, QStringLiteral("Call back on Monday."));
    QTRY_COMPARE(notes->toPlainText(), QStringLiteral("Call back on Monday."));
}

void TestPipelineEditing::referenceForNonFinalistWarnsAboutGoodwill() {
    select(QStringLiteral("Bob Brown"));
    const RowId bob = shownApplication();
    child<QTabWidget>(QStringLiteral("candidateDetailTabs"))->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addReferenceButton")), Qt::LeftButton);
    ReferenceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ReferenceDialog*>()) && dialog->isVisible());
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("referenceWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("goodwill")), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QStringLiteral("not a finalist")),
             qPrintable(warning->text()));

    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("referenceNameEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("Mira Holt"));
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Former team lead"));
    QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("referenceConcernCheck")),
                      Qt::LeftButton);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ReferenceDialog*>());

    auto references = ReferenceRepository(*m_db).forApplication(bob);
    QCOMPARE(references->size(), 1);
    QCOMPARE(references->at(0).name, QStringLiteral("Mira Holt"));
    QCOMPARE(references->at(0).relation, QStringLiteral("Former team lead"));
    QVERIFY(references->at(0).concern);
    auto* list = child<QListWidget>(QStringLiteral("referenceList"));
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add reference for Bob Brown"));

    m_window->undoStack()->undo();
    QVERIFY(ReferenceRepository(*m_db).forApplication(bob)->isEmpty());
    QTRY_COMPARE(list->count(), 0);
}

void TestPipelineEditing::referenceForFinalistHasNoWarning() {
    select(QStringLiteral("Alice Adams"));
    child<QTabWidget>(QStringLiteral("candidateDetailTabs"))->setCurrentIndex(1);
    auto* list = child<QListWidget>(QStringLiteral("referenceList"));
    QCOMPARE(list->count(), 1); // Quinn Reed
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addReferenceButton")), Qt::LeftButton);
    ReferenceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ReferenceDialog*>()) && dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("referenceWarning")));

    // A reference needs a name: the dialog stays open and says so.
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("referenceNameEdit")),
                    Qt::Key_Return);
    auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("referenceNameError"));
    QVERIFY(dialog->isVisible());
    QVERIFY(!nameError->isHidden());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ReferenceDialog*>());
    QCOMPARE(ReferenceRepository(*m_db).forApplication(m_sample.aliceApplication)->size(), 1);

    // Editing Quinn Reed's summary is one undoable command.
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("editReferenceButton")), Qt::LeftButton);
    QTRY_VERIFY((dialog = m_window->findChild<ReferenceDialog*>()) && dialog->isVisible());
    auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("referenceSummaryEdit"));
    summary->selectAll();
    QTest::keyClicks(summary, QStringLiteral("Would hire again, gladly."));
    dialog->accept();
    QTRY_COMPARE(
        ReferenceRepository(*m_db).forApplication(m_sample.aliceApplication)->at(0).summary,
        QStringLiteral("Would hire again, gladly."));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit reference for Alice Adams"));
    m_window->undoStack()->undo();
    QCOMPARE(ReferenceRepository(*m_db).forApplication(m_sample.aliceApplication)->at(0).summary,
             QStringLiteral("Would hire again."));
}

QTEST_MAIN(TestPipelineEditing)
#include "tst_pipelineediting.moc"
