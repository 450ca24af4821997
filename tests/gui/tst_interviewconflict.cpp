#include "CandidateDetailPane.h"
#include "ConflictTable.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "scheduling/ScheduleInterviewDialog.h"

#include "opening/OpeningCreator.h"
#include "pipeline/CandidateIntake.h"
#include "scheduling/InterviewScheduler.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

namespace {

const QDate kToday(2026, 3, 2);
const QString kActor = QStringLiteral("Zoë Brandt");

} // namespace

/// Rescheduling an interview that was moved elsewhere (a second connection
/// to the same file, as a second window or computer would) after the form
/// opened: OK shows both versions, panelists by name, and the user keeps
/// theirs, takes the saved one, or decides later; with no conflict the
/// move is saved silently. From an empty database with one opening, one
/// candidate and one interview.
class TestInterviewConflict : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rescheduleWithoutConflictIsSilent();
    void keepMineMovesItOverTheOtherVersion();
    void takeTheirsShowsTheSavedVersion();
    void decideLaterKeepsWhatWasTyped();

private:
    /// Opens the reschedule form from the interview card and types `location`.
    void openAndType(const QString& location);
    /// Moves the interview to `location` without Łukasz through a second connection.
    void moveElsewhere(const QString& location);
    void pressOk();
    QDialog* conflictDialog() const;
    QStringList tableTexts() const;
    Interview stored() const {
        return **InterviewRepository(m_session->database()).findByUuid(m_interview.uuid);
    }
    QLineEdit* locationEdit() const {
        return m_form->findChild<QLineEdit*>(QStringLiteral("scheduleLocationEdit"));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ScheduleInterviewDialog> m_form;
    Interview m_interview;
    RowId m_zoe = kNoRow;
    int m_savedElsewhereVersion = 0;
};

void TestInterviewConflict::init() {
    static int n = 0;
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("rc%1").arg(++n)));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(kToday);
    m_path = m_dir.filePath(QStringLiteral("panel%1.sqlite").arg(n));
    const Status created = m_session->create(m_path);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    OpeningSetup setup;
    setup.title = QStringLiteral("Backend Engineer");
    setup.rubric = RubricSource::empty();
    setup.rounds = {RoundSetup{{}, QStringLiteral("Technical screen"), -1}};
    setup.panel = {
        PanelSeat{kNoRow, QStringLiteral("Zoë Brandt"), QStringLiteral("zoe@example.org"), true},
        PanelSeat{kNoRow, QStringLiteral("Łukasz Nowak"), QStringLiteral("lukasz@example.org"),
                  false}};
    auto opening = OpeningCreator(m_session->database()).create(setup);
    QVERIFY2(opening, qPrintable(opening.errorMessage()));
    m_zoe = opening->opening.panel.at(0).panelistId;
    auto added =
        CandidateIntake(m_session->database())
            .add(
                opening->opening.id,
                {QStringLiteral("Amélie Dubois"), QStringLiteral("amelie@example.org"), {}, {}, {}},
                kToday);
    QVERIFY2(added, qPrintable(added.errorMessage()));
    ScheduleRequest request;
    request.applicationId = added->application.id;
    request.roundId = opening->rounds.constFirst().id;
    request.start = QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc());
    request.durationMinutes = 45;
    request.location = QStringLiteral("Room 1");
    request.panelistIds = {m_zoe, opening->opening.panel.at(1).panelistId};
    const QDateTime now(kToday, QTime(8, 0), QTimeZone::utc());
    auto scheduled = InterviewScheduler(m_session->database()).schedule(request, kActor, now);
    QVERIFY2(scheduled, qPrintable(scheduled.errorMessage()));
    m_interview = *scheduled;

    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showApplication(opening->opening.id, added->application.id);
    auto* pane = m_window->findChild<CandidateDetailPane*>(QStringLiteral("candidateDetail"));
    QTRY_COMPARE(pane->candidateName(), QStringLiteral("Amélie Dubois"));
}

void TestInterviewConflict::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

void TestInterviewConflict::openAndType(const QString& location) {
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("interviewList"));
    QTRY_COMPARE(list->count(), 1);
    list->setCurrentRow(0);
    m_window->findChild<QAction*>(QStringLiteral("rescheduleInterviewAction"))->trigger();
    QTRY_VERIFY((m_form = m_window->findChild<ScheduleInterviewDialog*>()) && m_form->isVisible());
    QCOMPARE(locationEdit()->text(), QStringLiteral("Room 1"));
    locationEdit()->setFocus();
    locationEdit()->selectAll();
    QTest::keyClicks(locationEdit(), location);
}

void TestInterviewConflict::moveElsewhere(const QString& location) {
    auto other = Database::openSqlite(m_path, Database::OpenMode::MustExist);
    QVERIFY2(other, qPrintable(other.errorMessage()));
    ScheduleRequest request = InterviewScheduler::requestFor(m_interview);
    request.location = location;
    request.panelistIds = {m_zoe};
    auto moved = InterviewScheduler(**other).reschedule(m_interview.uuid, request, kActor,
                                                        QDateTime::currentDateTimeUtc());
    QVERIFY2(moved, qPrintable(moved.errorMessage()));
    m_savedElsewhereVersion = moved->after.rowVersion;
}

void TestInterviewConflict::pressOk() {
    QTest::mouseClick(m_form->findChild<QPushButton*>(QStringLiteral("scheduleOkButton")),
                      Qt::LeftButton);
}

QDialog* TestInterviewConflict::conflictDialog() const {
    return test::ConflictTable::shownDialog(m_form, QStringLiteral("interviewConflictDialog"));
}

QStringList TestInterviewConflict::tableTexts() const {
    return test::ConflictTable::rows(conflictDialog());
}

void TestInterviewConflict::rescheduleWithoutConflictIsSilent() {
    openAndType(QStringLiteral("Room 2"));
    pressOk();
    QTRY_VERIFY(!m_form);
    QCOMPARE(stored().location, QStringLiteral("Room 2"));
    QCOMPARE(stored().rowVersion, m_interview.rowVersion + 1);
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("interviewConflictDialog")));
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Reschedule interview with Amélie Dubois"));
    stack->undo();
    QCOMPARE(stored().location, QStringLiteral("Room 1"));
    stack->redo();
    QCOMPARE(stored().location, QStringLiteral("Room 2"));
}

void TestInterviewConflict::keepMineMovesItOverTheOtherVersion() {
    openAndType(QStringLiteral("My room"));
    moveElsewhere(QStringLiteral("Their room"));
    pressOk();
    QTRY_VERIFY(conflictDialog());
    // Nothing was overwritten while the user decides.
    QCOMPARE(stored().location, QStringLiteral("Their room"));
    const QStringList rows = tableTexts();
    QVERIFY2(rows.contains(QStringLiteral("Location|My room|Their room|differs")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Panel|Zoë Brandt, Łukasz Nowak|Zoë Brandt|differs")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Round|Technical screen|Technical screen|")),
             qPrintable(rows.join(u'\n')));

    QTest::mouseClick(conflictDialog()->findChild<QPushButton*>(QStringLiteral("keepMineButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_form);
    QCOMPARE(stored().location, QStringLiteral("My room"));
    QCOMPARE(stored().panelistIds.size(), 2);
    QCOMPARE(stored().rowVersion, m_savedElsewhereVersion + 1);
    // Undo of one's own move is never refused: it puts their version back.
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Reschedule interview with Amélie Dubois"));
    stack->undo();
    QCOMPARE(stored().location, QStringLiteral("Their room"));
    QCOMPARE(stored().panelistIds, QList<RowId>{m_zoe});
    QVERIFY(stack->canRedo());
}

void TestInterviewConflict::takeTheirsShowsTheSavedVersion() {
    openAndType(QStringLiteral("My room"));
    moveElsewhere(QStringLiteral("Their room"));
    pressOk();
    QTRY_VERIFY(conflictDialog());
    QTest::mouseClick(conflictDialog()->findChild<QPushButton*>(QStringLiteral("takeTheirsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!conflictDialog());
    QVERIFY(m_form && m_form->isVisible());
    QCOMPARE(locationEdit()->text(), QStringLiteral("Their room"));
    auto* panel = m_form->findChild<QListWidget*>(QStringLiteral("schedulePanelList"));
    QCOMPARE(panel->item(0)->checkState(), Qt::Checked);
    QCOMPARE(panel->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(stored().rowVersion, m_savedElsewhereVersion);
    // Now based on their version, unchanged: OK closes with nothing to store.
    pressOk();
    QTRY_VERIFY(!m_form);
    QCOMPARE(stored().rowVersion, m_savedElsewhereVersion);
    QVERIFY(!m_window->undoStack()->canUndo());
}

void TestInterviewConflict::decideLaterKeepsWhatWasTyped() {
    openAndType(QStringLiteral("My room"));
    moveElsewhere(QStringLiteral("Their room"));
    pressOk();
    QTRY_VERIFY(conflictDialog());
    conflictDialog()->reject(); // Decide Later
    QTRY_VERIFY(!conflictDialog());
    QVERIFY(m_form && m_form->isVisible());
    QCOMPARE(locationEdit()->text(), QStringLiteral("My room"));
    auto* message = m_form->findChild<QLabel*>(QStringLiteral("scheduleError"));
    QVERIFY2(message->text().contains(QStringLiteral("changed elsewhere")),
             qPrintable(message->text()));
    QCOMPARE(stored().location, QStringLiteral("Their room"));
}

QTEST_MAIN(TestInterviewConflict)
#include "tst_interviewconflict.moc"
