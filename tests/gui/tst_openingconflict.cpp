#include "ConflictTable.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "opening/OpeningSetupDialog.h"

#include "opening/OpeningCreator.h"
#include "opening/OpeningSetupUpdater.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

/// Opening › Set Up Opening… when the opening was saved elsewhere (a second
/// connection to the same file, as a second window or computer would)
/// after the dialog opened: OK shows both versions side by side, and the
/// user keeps theirs, takes the saved one, or decides later; with no
/// conflict OK saves silently. From an empty database with one opening.
class TestOpeningConflict : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveWithoutConflictIsSilent();
    void keepMineSavesOverTheOtherVersion();
    void takeTheirsShowsTheSavedVersion();
    void decideLaterKeepsWhatWasTyped();

private:
    /// Opens the set-up dialog and types `title` as the opening's title.
    void openAndType(const QString& title);
    /// Renames the opening and its team through a second connection.
    void saveElsewhere(const QString& title, const QString& team);
    void pressOk();
    QDialog* conflictDialog() const;
    QStringList tableTexts() const;
    Opening stored() const { return *OpeningRepository(m_session->database()).get(m_opening); }
    QLineEdit* titleEdit() const {
        return m_dialog->findChild<QLineEdit*>(QStringLiteral("openingTitleEdit"));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<OpeningSetupDialog> m_dialog;
    RowId m_opening = kNoRow;
    int m_savedElsewhereVersion = 0;
};

void TestOpeningConflict::init() {
    static int n = 0;
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("rc%1").arg(++n)));
    m_session = std::make_unique<DatabaseSession>();
    m_path = m_dir.filePath(QStringLiteral("panel%1.sqlite").arg(n));
    const Status created = m_session->create(m_path);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    OpeningSetup setup;
    setup.title = QStringLiteral("Backend Engineer");
    setup.team = QStringLiteral("Platform");
    setup.rubric = RubricSource::empty();
    setup.rounds = {RoundSetup{{}, QStringLiteral("Technical screen"), -1}};
    setup.panel = {
        PanelSeat{kNoRow, QStringLiteral("Zoë Brandt"), QStringLiteral("zoe@example.org"), true},
        PanelSeat{kNoRow, QStringLiteral("Łukasz Nowak"), QStringLiteral("lukasz@example.org"),
                  false}};
    auto opening = OpeningCreator(m_session->database()).create(setup);
    QVERIFY2(opening, qPrintable(opening.errorMessage()));
    m_opening = opening->opening.id;

    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showOpening(m_opening);
    QTRY_COMPARE(m_window->currentOpeningId(), m_opening);
}

void TestOpeningConflict::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

void TestOpeningConflict::openAndType(const QString& title) {
    m_window->findChild<QAction*>(QStringLiteral("openingSetupAction"))->trigger();
    m_dialog = m_window->findChild<OpeningSetupDialog*>(QStringLiteral("openingSetupDialog"));
    QVERIFY(m_dialog && m_dialog->isVisible());
    QCOMPARE(titleEdit()->text(), QStringLiteral("Backend Engineer"));
    titleEdit()->setFocus();
    QTest::keyClick(titleEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(titleEdit(), title);
}

void TestOpeningConflict::saveElsewhere(const QString& title, const QString& team) {
    auto other = Database::openSqlite(m_path, Database::OpenMode::MustExist);
    QVERIFY2(other, qPrintable(other.errorMessage()));
    OpeningSetupUpdater updater(**other);
    auto setup = updater.load(m_opening);
    QVERIFY(setup);
    setup->title = title;
    setup->team = team;
    QVERIFY(updater.save(*setup).ok());
    m_savedElsewhereVersion = setup->rowVersion;
}

void TestOpeningConflict::pressOk() {
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("openingSetupOkButton")),
                      Qt::LeftButton);
}

QDialog* TestOpeningConflict::conflictDialog() const {
    return test::ConflictTable::shownDialog(m_dialog, QStringLiteral("openingConflictDialog"));
}

QStringList TestOpeningConflict::tableTexts() const {
    return test::ConflictTable::rows(conflictDialog());
}

void TestOpeningConflict::saveWithoutConflictIsSilent() {
    const int before = stored().rowVersion;
    openAndType(QStringLiteral("Platform Engineer"));
    pressOk();
    QTRY_VERIFY(!m_dialog);
    QCOMPARE(stored().title, QStringLiteral("Platform Engineer"));
    QCOMPARE(stored().rowVersion, before + 1);
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("openingConflictDialog")));
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Change set-up of “Platform Engineer”"));
}

void TestOpeningConflict::keepMineSavesOverTheOtherVersion() {
    openAndType(QStringLiteral("My title"));
    saveElsewhere(QStringLiteral("Their title"), QStringLiteral("Their team"));
    pressOk();
    QTRY_VERIFY(conflictDialog());
    // Nothing was overwritten while the user decides.
    QCOMPARE(stored().title, QStringLiteral("Their title"));
    const QStringList rows = tableTexts();
    QVERIFY2(rows.contains(QStringLiteral("Title|My title|Their title|differs")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Team|Platform|Their team|differs")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Panel|Zoë Brandt, Łukasz Nowak|Zoë Brandt, Łukasz "
                                          "Nowak|")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Panel lead|Zoë Brandt|Zoë Brandt|")),
             qPrintable(rows.join(u'\n')));

    QTest::mouseClick(conflictDialog()->findChild<QPushButton*>(QStringLiteral("keepMineButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_dialog);
    QCOMPARE(stored().title, QStringLiteral("My title"));
    QCOMPARE(stored().team, QStringLiteral("Platform"));
    QCOMPARE(stored().rowVersion, m_savedElsewhereVersion + 1);

    // Undo of one's own save is never refused: it puts their version back.
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Change set-up of “My title”"));
    stack->undo();
    QCOMPARE(stored().title, QStringLiteral("Their title"));
    QCOMPARE(stored().team, QStringLiteral("Their team"));
    stack->redo();
    QCOMPARE(stored().title, QStringLiteral("My title"));
    QVERIFY(stack->canUndo());
}

void TestOpeningConflict::takeTheirsShowsTheSavedVersion() {
    openAndType(QStringLiteral("My title"));
    saveElsewhere(QStringLiteral("Their title"), QStringLiteral("Their team"));
    pressOk();
    QTRY_VERIFY(conflictDialog());
    QTest::mouseClick(conflictDialog()->findChild<QPushButton*>(QStringLiteral("takeTheirsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!conflictDialog());
    QVERIFY(m_dialog && m_dialog->isVisible());
    QCOMPARE(titleEdit()->text(), QStringLiteral("Their title"));
    QCOMPARE(m_dialog->findChild<QLineEdit*>(QStringLiteral("openingTeamEdit"))->text(),
             QStringLiteral("Their team"));
    QCOMPARE(stored().rowVersion, m_savedElsewhereVersion);
    // Now based on their version: OK saves without another conflict.
    pressOk();
    QTRY_VERIFY(!m_dialog);
    QCOMPARE(stored().title, QStringLiteral("Their title"));
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("openingConflictDialog")));
}

void TestOpeningConflict::decideLaterKeepsWhatWasTyped() {
    openAndType(QStringLiteral("My title"));
    saveElsewhere(QStringLiteral("Their title"), QStringLiteral("Their team"));
    pressOk();
    QTRY_VERIFY(conflictDialog());
    conflictDialog()->reject(); // Decide Later
    QTRY_VERIFY(!conflictDialog());
    QVERIFY(m_dialog && m_dialog->isVisible());
    QCOMPARE(titleEdit()->text(), QStringLiteral("My title"));
    auto* message = m_dialog->findChild<QLabel*>(QStringLiteral("setupMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("changed elsewhere")),
             qPrintable(message->text()));
    QCOMPARE(stored().title, QStringLiteral("Their title"));
    QCOMPARE(stored().rowVersion, m_savedElsewhereVersion);
}

QTEST_MAIN(TestOpeningConflict)
#include "tst_openingconflict.moc"
