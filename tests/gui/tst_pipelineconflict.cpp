#include "CandidateDetailPane.h"
#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SampleDatabase.h"
#include "pipeline/ReferenceDialog.h"

#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

/// The application editor and the reference dialog in the real main window
/// when their row was saved elsewhere meanwhile (a second connection to the
/// same file, as a second window or computer would): the refused save shows
/// both versions side by side, Keep Mine stores the user's, Take Saved
/// Version shows the other; an edit with no conflict, and undo and redo of
/// it, stay silent. Over a fresh copy of SampleDatabase per test.
class TestPipelineConflict : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noConflictNoDialogAndUndoIsNotRefused();
    void notesConflictKeepMine();
    void notesConflictTakeTheirs();
    void referenceConflictKeepMineThenUndo();
    void referenceConflictTakeTheirs();

private:
    QTableView* table() const {
        return m_window->findChild<QTableView*>(QStringLiteral("candidateTable"));
    }
    CandidateDetailPane* pane() const {
        return m_window->findChild<CandidateDetailPane*>(QStringLiteral("candidateDetail"));
    }
    QPlainTextEdit* notes() const {
        return m_window->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
    }
    void select(const QString& name);
    Application stored(RowId applicationId) const {
        auto application = ApplicationRepository(*m_db).get(applicationId);
        return application ? *application : Application{};
    }
    Reference aliceReference() const {
        auto list = ReferenceRepository(*m_db).forApplication(m_sample.aliceApplication);
        return list && !list->isEmpty() ? list->at(0) : Reference{};
    }
    /// Saves `text` as the notes of `applicationId` through the second
    /// connection.
    void saveNotesElsewhere(RowId applicationId, const QString& text);
    /// Types into the shown application's notes and saves them as a change
    /// elsewhere of the same notes, then ends the burst: the commit is
    /// refused as stale.
    void typeNotesWhileSavedElsewhere(const QString& mine, const QString& theirs);
    /// Opens Quinn Reed's reference, types `mine` as the summary, saves
    /// `theirs` as it elsewhere and presses Save.
    void editReferenceWhileSavedElsewhere(const QString& mine, const QString& theirs);
    QDialog* dialog(const QString& name) const {
        auto* found = m_window->findChild<QDialog*>(name);
        return found && found->isVisible() ? found : nullptr;
    }
    static QStringList tableTexts(QDialog* dialog);

    QTemporaryDir m_dir;
    test::SampleDatabase m_sample;
    std::unique_ptr<Database> m_db; // the "elsewhere", and to check what was written
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestPipelineConflict::init() {
    static int n = 0;
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("conflict%1.sqlite").arg(++n));
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
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPipelineConflict::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_db.reset();
}

void TestPipelineConflict::select(const QString& name) {
    QAbstractItemModel* model = table()->model();
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, CandidateTableModel::Name).data().toString() != name)
        ++row;
    QVERIFY2(row < model->rowCount(), qPrintable(name));
    const QModelIndex index = model->index(row, CandidateTableModel::Name);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    QTRY_COMPARE(pane()->candidateName(), name);
}

void TestPipelineConflict::saveNotesElsewhere(RowId applicationId, const QString& text) {
    Application other = stored(applicationId);
    other.notes = text;
    QVERIFY(ApplicationRepository(*m_db).update(other).ok());
}

void TestPipelineConflict::typeNotesWhileSavedElsewhere(const QString& mine,
                                                        const QString& theirs) {
    notes()->setFocus();
    QTest::keyClicks(notes(), mine);
    // Saved elsewhere and the burst ended in one go, before the window
    // could hear of the other save.
    saveNotesElsewhere(pane()->applicationId(), theirs);
    table()->setFocus();
}

void TestPipelineConflict::editReferenceWhileSavedElsewhere(const QString& mine,
                                                            const QString& theirs) {
    select(QStringLiteral("Alice Adams"));
    m_window->findChild<QTabWidget*>(QStringLiteral("candidateDetailTabs"))->setCurrentIndex(1);
    m_window->findChild<QListWidget*>(QStringLiteral("referenceList"))->setCurrentRow(0);
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("editReferenceButton")),
                      Qt::LeftButton);
    ReferenceDialog* editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<ReferenceDialog*>()) && editor->isVisible());
    auto* summary = editor->findChild<QPlainTextEdit*>(QStringLiteral("referenceSummaryEdit"));
    summary->selectAll();
    QTest::keyClicks(summary, mine);
    Reference other = aliceReference();
    other.summary = theirs;
    QVERIFY(ReferenceRepository(*m_db).update(other).ok());
    editor->accept();
}

QStringList TestPipelineConflict::tableTexts(QDialog* dialog) {
    QStringList texts;
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable"));
    for (int row = 0; table && row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 3; ++column)
            cells.append(table->item(row, column)->text());
        texts.append(cells.join(u'|'));
    }
    return texts;
}

void TestPipelineConflict::noConflictNoDialogAndUndoIsNotRefused() {
    select(QStringLiteral("Dmitri Evans"));
    const RowId dmitri = pane()->applicationId();
    const int read = stored(dmitri).rowVersion;
    notes()->setFocus();
    QTest::keyClicks(notes(), QStringLiteral("Call back on Monday."));
    table()->setFocus();
    QTRY_COMPARE(stored(dmitri).notes, QStringLiteral("Call back on Monday."));
    QCOMPARE(stored(dmitri).rowVersion, read + 1);
    // A second edit right after is based on the version the first wrote.
    notes()->setFocus();
    notes()->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes(), QStringLiteral(" Salary agreed."));
    table()->setFocus();
    QTRY_COMPARE(stored(dmitri).notes, QStringLiteral("Call back on Monday. Salary agreed."));
    QVERIFY(!dialog(QStringLiteral("applicationConflictDialog")));

    // Undo and redo of one's own edits move the version on, and are never stale.
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(stored(dmitri).notes, QString());
    m_window->undoStack()->redo();
    QCOMPARE(stored(dmitri).notes, QStringLiteral("Call back on Monday."));
    QCOMPARE(stored(dmitri).rowVersion, read + 5);
    QVERIFY(!dialog(QStringLiteral("applicationConflictDialog")));
}

void TestPipelineConflict::notesConflictKeepMine() {
    select(QStringLiteral("Dmitri Evans"));
    const RowId dmitri = pane()->applicationId();
    typeNotesWhileSavedElsewhere(QStringLiteral("Mine: call on Monday."),
                                 QStringLiteral("Theirs: offer drafted."));
    QDialog* conflict = nullptr;
    QTRY_VERIFY((conflict = dialog(QStringLiteral("applicationConflictDialog"))));
    QVERIFY2(tableTexts(conflict).contains(
                 QStringLiteral("Notes|Mine: call on Monday.|Theirs: offer drafted.")),
             qPrintable(tableTexts(conflict).join(u'\n')));
    QCOMPARE(stored(dmitri).notes, QStringLiteral("Theirs: offer drafted.")); // nothing written
    QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("keepMineButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(stored(dmitri).notes, QStringLiteral("Mine: call on Monday."));
    QCOMPARE(notes()->toPlainText(), QStringLiteral("Mine: call on Monday."));
    // Undoing the kept edit brings back the other version, not the one read.
    m_window->undoStack()->undo();
    QCOMPARE(stored(dmitri).notes, QStringLiteral("Theirs: offer drafted."));
}

void TestPipelineConflict::notesConflictTakeTheirs() {
    select(QStringLiteral("Dmitri Evans"));
    const RowId dmitri = pane()->applicationId();
    typeNotesWhileSavedElsewhere(QStringLiteral("Mine."), QStringLiteral("Theirs."));
    QDialog* conflict = nullptr;
    QTRY_VERIFY((conflict = dialog(QStringLiteral("applicationConflictDialog"))));
    QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("takeTheirsButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(notes()->toPlainText(), QStringLiteral("Theirs."));
    QCOMPARE(stored(dmitri).notes, QStringLiteral("Theirs."));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestPipelineConflict::referenceConflictKeepMineThenUndo() {
    editReferenceWhileSavedElsewhere(QStringLiteral("Mine: would hire again."),
                                     QStringLiteral("Theirs: missed deadlines."));
    QDialog* conflict = nullptr;
    QTRY_VERIFY((conflict = dialog(QStringLiteral("referenceConflictDialog"))));
    QVERIFY2(tableTexts(conflict).contains(
                 QStringLiteral("Summary|Mine: would hire again.|Theirs: missed deadlines.")),
             qPrintable(tableTexts(conflict).join(u'\n')));
    QCOMPARE(aliceReference().summary, QStringLiteral("Theirs: missed deadlines."));
    QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("keepMineButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(aliceReference().summary, QStringLiteral("Mine: would hire again."));
    m_window->undoStack()->undo();
    QCOMPARE(aliceReference().summary, QStringLiteral("Theirs: missed deadlines."));
    m_window->undoStack()->redo();
    QCOMPARE(aliceReference().summary, QStringLiteral("Mine: would hire again."));
}

void TestPipelineConflict::referenceConflictTakeTheirs() {
    editReferenceWhileSavedElsewhere(QStringLiteral("Mine."), QStringLiteral("Theirs."));
    QDialog* conflict = nullptr;
    QTRY_VERIFY((conflict = dialog(QStringLiteral("referenceConflictDialog"))));
    QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("takeTheirsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog(QStringLiteral("referenceConflictDialog")));
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("referenceList"));
    const QString card = list->item(0)->data(Qt::AccessibleTextRole).toString();
    QVERIFY2(card.contains(QStringLiteral("Theirs.")), qPrintable(card));
    QCOMPARE(aliceReference().summary, QStringLiteral("Theirs."));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QTRY_VERIFY(!m_window->findChild<ReferenceDialog*>());
}

QTEST_MAIN(TestPipelineConflict)
#include "tst_pipelineconflict.moc"
