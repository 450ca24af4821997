#include "CandidateDetailPane.h"
#include "CardDelegate.h"
#include "DatabaseSession.h"
#include "IcsCheck.h"
#include "MainWindow.h"
#include "MenuKeys.h"
#include "scheduling/CancelInterviewDialog.h"
#include "scheduling/InterviewListPanel.h"
#include "scheduling/ScheduleInterviewDialog.h"
#include "scorecard/CurrentPanelist.h"
#include "scorecard/ScorecardEditor.h"

#include "opening/OpeningCreator.h"
#include "pipeline/CandidateIntake.h"
#include "scheduling/LocalTime.h"
#include "settings/Settings.h"
#include "storage/InterviewRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace debrief;
using test::pressInNextMenu;
using test::pressMenuKey;

namespace {

/// A Monday; the next working day at 10:00 is where a new interview starts.
const QDate kToday(2026, 3, 2);

QDateTime localInstant(const QDate& date, const QTime& time) {
    auto instant = LocalTime::toInstant(date, time, QTimeZone::systemTimeZone());
    return instant ? *instant : QDateTime();
}

} // namespace

/// A panel's own opening from an empty database, as a new user meets it:
/// an opening with two panelists and one candidate (written through
/// lib/core's OpeningCreator and CandidateIntake), then, in the real main
/// window and by keyboard, an interview scheduled from the empty Interviews
/// card, moved, cancelled with a reason, the cancellation undone, its .ics
/// saved and read back by Python's icalendar, and the scorecard opened from
/// View › My Interviews with Enter.
class TestSchedulingGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aPanelSchedulesItsOwnInterviewByKeyboard();
    void openingMenuAndCandidateListReachTheDialog();

private:
    template <typename T> T* child(const QString& name) const {
        T* found = m_window->findChild<T*>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }
    template <typename T> T* openDialog() const {
        T* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = m_window->findChild<T*>()) && dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }
    CandidateDetailPane* pane() const {
        return child<CandidateDetailPane>(QStringLiteral("candidateDetail"));
    }
    QListWidget* interviewList() const {
        return child<QListWidget>(QStringLiteral("interviewList"));
    }
    Interview storedInterview() const;
    /// Back in the main window (a closed dialog leaves it inactive
    /// offscreen), with the keyboard on `widget`.
    void focusOn(QWidget* widget);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    RowId m_opening = kNoRow;
    RowId m_application = kNoRow;
    RowId m_zoe = kNoRow;
    RowId m_lukasz = kNoRow;
    RowId m_technical = kNoRow;
};

void TestSchedulingGui::initTestCase() {
    if (const QString missing = test::icsCheckerMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
}

void TestSchedulingGui::init() {
    static int n = 0;
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("rc%1").arg(++n)));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(kToday);
    // An empty panel database, as File › New makes it.
    const Status created =
        m_session->create(m_dir.filePath(QStringLiteral("panel%1.sqlite").arg(n)));
    QVERIFY2(created, qPrintable(created.errorMessage()));

    OpeningSetup setup;
    setup.title = QStringLiteral("Backend Engineer");
    setup.rubric =
        RubricSource::fromTemplate(QStringLiteral("software-engineer"), QStringLiteral("en"));
    setup.rounds = {RoundSetup{{}, QStringLiteral("Technical screen"), 0},
                    RoundSetup{{}, QStringLiteral("Pair programming"), 1}};
    setup.panel = {
        PanelSeat{kNoRow, QStringLiteral("Zoë Brandt"), QStringLiteral("zoe@example.org"), true},
        PanelSeat{kNoRow, QStringLiteral("Łukasz Nowak"), QStringLiteral("lukasz@example.org"),
                  false}};
    auto opening = OpeningCreator(m_session->database()).create(setup);
    QVERIFY2(opening, qPrintable(opening.errorMessage()));
    m_opening = opening->opening.id;
    m_zoe = opening->opening.panel.at(0).panelistId;
    m_lukasz = opening->opening.panel.at(1).panelistId;
    m_technical = opening->rounds.constFirst().id;
    auto added =
        CandidateIntake(m_session->database())
            .add(
                m_opening,
                {QStringLiteral("Amélie Dubois"), QStringLiteral("amelie@example.org"), {}, {}, {}},
                kToday);
    QVERIFY2(added, qPrintable(added.errorMessage()));
    m_application = added->application.id;
    // Zoë said who she is on this computer (File › Switch Panelist…).
    CurrentPanelist::remember(*m_session, *m_settings, m_zoe);

    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showApplication(m_opening, m_application);
    QTRY_COMPARE(pane()->candidateName(), QStringLiteral("Amélie Dubois"));
}

void TestSchedulingGui::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

void TestSchedulingGui::focusOn(QWidget* widget) {
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    widget->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(QApplication::focusWidget() == widget);
}

Interview TestSchedulingGui::storedInterview() const {
    auto interviews = InterviewRepository(m_session->database()).forApplication(m_application);
    return interviews && interviews->size() == 1 ? interviews->constFirst() : Interview{};
}

void TestSchedulingGui::aPanelSchedulesItsOwnInterviewByKeyboard() {
    // The empty card says what to do next.
    auto* empty = child<QLabel>(QStringLiteral("interviewListEmpty"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No interviews yet")),
             qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(QStringLiteral("Schedule interview…")),
             qPrintable(empty->text()));
    QVERIFY(child<QWidget>(QStringLiteral("scheduleInterviewButton"))->isEnabled());

    // Alt+L: "Schedu&le Interview…" on the card.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
    auto* dialog = openDialog<ScheduleInterviewDialog>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The round's defaults: Amélie's first round, its 45 minutes, the whole panel.
    auto* round = dialog->findChild<QComboBox*>(QStringLiteral("scheduleRoundCombo"));
    QCOMPARE(round->currentText(), QStringLiteral("Technical screen"));
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("scheduleDurationSpin"))->value(), 45);
    auto* panel = dialog->findChild<QListWidget*>(QStringLiteral("schedulePanelList"));
    QCOMPARE(panel->count(), 2);
    QCOMPARE(panel->item(0)->text(), QStringLiteral("Zoë Brandt (lead)"));
    QCOMPARE(panel->item(0)->checkState(), Qt::Checked);
    QCOMPARE(panel->item(1)->checkState(), Qt::Checked);
    // Tomorrow, a Tuesday, at 10:00 on this computer's clocks, which are named.
    auto* start = dialog->findChild<QDateTimeEdit*>(QStringLiteral("scheduleStartEdit"));
    QCOMPARE(start->date(), QDate(2026, 3, 3));
    QCOMPARE(start->time(), QTime(10, 0));
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZone().id());
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("scheduleZoneLabel"))->text().contains(zone),
             qPrintable(zone));

    // Round, date, duration, then the place by keyboard; a link that is no link first.
    QTRY_COMPARE(QApplication::focusWidget(), round);
    // Another round brings its own length along (nothing was changed by hand).
    auto* duration = dialog->findChild<QSpinBox*>(QStringLiteral("scheduleDurationSpin"));
    QTest::keyClick(round, Qt::Key_Down);
    QCOMPARE(round->currentText(), QStringLiteral("Pair programming"));
    QCOMPARE(duration->value(), 90);
    QTest::keyClick(round, Qt::Key_Up);
    QCOMPARE(round->currentText(), QStringLiteral("Technical screen"));
    QCOMPARE(duration->value(), 45);
    // Tab walks through the date's sections (as in every Qt date edit), the
    // duration, and on to the location.
    auto* location = dialog->findChild<QLineEdit*>(QStringLiteral("scheduleLocationEdit"));
    for (int tabs = 0; tabs < 10 && QApplication::focusWidget() != location; ++tabs)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), location);
    QTest::keyClicks(location, QStringLiteral("Room 4.12; wing B"));
    QTest::keyClick(location, Qt::Key_Tab);
    auto* link = dialog->findChild<QLineEdit*>(QStringLiteral("scheduleVideoLinkEdit"));
    QCOMPARE(QApplication::focusWidget(), link);
    QTest::keyClicks(link, QStringLiteral("meet.example.org/amelie"));
    QTest::keyClick(link, Qt::Key_Return);
    auto* linkError = dialog->findChild<QLabel*>(QStringLiteral("scheduleVideoLinkError"));
    QTRY_VERIFY(linkError->isVisible());
    QVERIFY2(linkError->text().contains(QStringLiteral("https://")), qPrintable(linkError->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::focusWidget(), link); // the field with the problem
    QVERIFY(InterviewRepository(m_session->database()).forApplication(m_application)->isEmpty());
    link->selectAll();
    QTest::keyClicks(link, QStringLiteral("https://meet.example.org/amelie"));
    QTest::keyClick(link, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ScheduleInterviewDialog*>());

    Interview scheduled;
    QTRY_VERIFY((scheduled = storedInterview()).id != kNoRow);
    QCOMPARE(scheduled.roundId, m_technical);
    QCOMPARE(scheduled.scheduledAt, localInstant(QDate(2026, 3, 3), QTime(10, 0)));
    QCOMPARE(scheduled.durationMinutes, 45);
    QCOMPARE(scheduled.location, QStringLiteral("Room 4.12; wing B"));
    QCOMPARE(scheduled.videoLink, QStringLiteral("https://meet.example.org/amelie"));
    QCOMPARE(scheduled.panelistIds, (QList<RowId>{m_zoe, m_lukasz}));
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Schedule interview with Amélie Dubois"));
    QTRY_COMPARE(interviewList()->count(), 1);
    QVERIFY(interviewList()->isVisible());
    QCOMPARE(interviewList()->item(0)->text(), QStringLiteral("Technical screen"));

    // Reschedule from the card's context menu (menu key, then "u"): a day
    // later, without Łukasz.
    focusOn(interviewList());
    pressInNextMenu(Qt::Key_U);
    pressMenuKey();
    dialog = openDialog<ScheduleInterviewDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Reschedule Interview with Amélie Dubois"));
    start = dialog->findChild<QDateTimeEdit*>(QStringLiteral("scheduleStartEdit"));
    QCOMPARE(start->dateTime(), QDateTime(QDate(2026, 3, 3), QTime(10, 0)));
    start->setFocus();
    start->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->date(), QDate(2026, 3, 4));
    panel = dialog->findChild<QListWidget*>(QStringLiteral("schedulePanelList"));
    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_Down);
    QTest::keyClick(panel, Qt::Key_Space);
    QCOMPARE(panel->item(1)->checkState(), Qt::Unchecked);
    QTest::keyClick(panel, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ScheduleInterviewDialog*>());
    Interview moved;
    QTRY_VERIFY((moved = storedInterview()).scheduledAt ==
                localInstant(QDate(2026, 3, 4), QTime(10, 0)));
    QCOMPARE(moved.panelistIds, QList<RowId>{m_zoe});
    QCOMPARE(moved.invitationSequence, 1);
    QCOMPARE(moved.location, scheduled.location);
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Reschedule interview with Amélie Dubois"));

    // Cancel (menu key, then "c"): refused without a reason, then given one.
    QTRY_COMPARE(interviewList()->count(), 1);
    focusOn(interviewList());
    pressInNextMenu(Qt::Key_C);
    pressMenuKey();
    auto* cancel = openDialog<CancelInterviewDialog>();
    QVERIFY(cancel);
    QVERIFY(QTest::qWaitForWindowActive(cancel));
    auto* reason = cancel->findChild<QLineEdit*>(QStringLiteral("cancelReasonEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), reason);
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(cancel->findChild<QLabel*>(QStringLiteral("cancelReasonError"))->isVisible());
    QVERIFY(!storedInterview().isCancelled());
    QTest::keyClicks(reason, QStringLiteral("Candidate is ill; a new date follows"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CancelInterviewDialog*>());
    QTRY_VERIFY(storedInterview().isCancelled());
    const Interview cancelled = storedInterview();
    QCOMPARE(cancelled.cancellationReason, QStringLiteral("Candidate is ill; a new date follows"));
    QCOMPARE(cancelled.cancelledBy, QStringLiteral("Zoë Brandt"));
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Cancel interview with Amélie Dubois"));
    // Still listed, struck through and labelled, the reason on the card.
    QTRY_VERIFY(interviewList()->count() == 1 &&
                interviewList()->item(0)->data(CardDelegate::BadgeRole).toString() ==
                    QStringLiteral("Cancelled"));
    QListWidgetItem* card = interviewList()->item(0);
    QVERIFY(card->data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(card->data(CardDelegate::LinesRole)
                .toStringList()
                .contains(QStringLiteral("Cancelled: Candidate is ill; a new date follows")));
    QVERIFY(!child<QAction>(QStringLiteral("rescheduleInterviewAction"))->isEnabled());

    // Edit › Undo (Ctrl+Z) takes the cancellation back.
    focusOn(interviewList());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!storedInterview().isCancelled());
    Interview restored = storedInterview();
    QCOMPARE(restored.invitationSequence, 3);
    restored.invitationSequence = moved.invitationSequence;
    QVERIFY(restored.rowVersion > moved.rowVersion); // the undo is a new write
    restored.rowVersion = moved.rowVersion;
    QCOMPARE(restored, moved);
    QTRY_VERIFY(interviewList()->item(0) &&
                interviewList()->item(0)->data(CardDelegate::BadgeRole).toString().isEmpty());
    QCOMPARE(m_window->undoStack()->redoText(),
             QStringLiteral("Cancel interview with Amélie Dubois"));

    // Save Invitation (.ics)… (menu key, then "i"), and Python reads it.
    focusOn(interviewList());
    pressInNextMenu(Qt::Key_I);
    pressMenuKey();
    QFileDialog* files = nullptr;
    QTRY_VERIFY((files = m_window->findChild<QFileDialog*>(QStringLiteral("icsFileDialog"))));
    QVERIFY(files->selectedFiles().constFirst().endsWith(
        QStringLiteral("interview-%1-2026-03-04.ics").arg(moved.id)));
    const QString path = m_dir.filePath(QStringLiteral("amelie.ics"));
    // The file name typed over the suggested one, and Enter.
    auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QTRY_VERIFY(QApplication::focusWidget() == name);
    name->selectAll();
    QTest::keyClicks(name, path);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    const QJsonObject parsed = test::readIcsWithPython(path);
    QCOMPARE(parsed.value(u"method").toString(), QStringLiteral("REQUEST"));
    const QJsonObject event = parsed.value(u"events").toArray().at(0).toObject();
    QCOMPARE(event.value(u"uid").toString(), moved.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(QDateTime::fromString(event.value(u"dtstart").toString(), Qt::ISODate),
             localInstant(QDate(2026, 3, 4), QTime(10, 0)));
    QCOMPARE(event.value(u"sequence").toInt(), 3);
    QCOMPARE(event.value(u"status").toString(), QStringLiteral("CONFIRMED"));
    QVERIFY(event.value(u"summary").toString().contains(QStringLiteral("Amélie Dubois")));
    QCOMPARE(event.value(u"location").toString(), QStringLiteral("Room 4.12; wing B"));
    const QJsonArray attendees = event.value(u"attendees").toArray();
    QCOMPARE(attendees.size(), 1);
    QCOMPARE(attendees.at(0).toObject().value(u"name").toString(), QStringLiteral("Zoë Brandt"));

    // View › My Interviews (Ctrl+Shift+M): Zoë's interview to come; Enter
    // opens her scorecard for it.
    focusOn(interviewList());
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dock = child<QDockWidget>(QStringLiteral("myInterviewsDock"));
    QTRY_VERIFY(dock->isVisible());
    auto* mine = child<QTableView>(QStringLiteral("myInterviewsTable"));
    QAbstractItemModelTester tester(mine->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(mine->model()->rowCount(), 1);
    QCOMPARE(mine->model()->index(0, 1).data().toString(), QStringLiteral("Upcoming"));
    QCOMPARE(mine->model()->index(0, 2).data().toString(), QStringLiteral("Amélie Dubois"));
    QVERIFY2(child<QLabel>(QStringLiteral("myInterviewsSummary"))
                 ->text()
                 .startsWith(QStringLiteral("Zoë Brandt: ")),
             qPrintable(child<QLabel>(QStringLiteral("myInterviewsSummary"))->text()));
    QTRY_COMPARE(QApplication::focusWidget(), mine);
    QTest::keyClick(mine, Qt::Key_Return);
    ScorecardEditor* editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<ScorecardEditor*>()) && editor->isVisible());
    QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("scorecardTitle"))->text(),
             QStringLiteral("Scorecard: Amélie Dubois"));
    QVERIFY(editor->findChild<QLabel*>(QStringLiteral("scorecardSubtitle"))
                ->text()
                .contains(QStringLiteral("scored by Zoë Brandt")));
    editor->close();

    // Łukasz at this computer: the list follows the undo stack. Undoing the
    // reschedule puts him back on the interview, redoing it takes him off.
    CurrentPanelist::remember(*m_session, *m_settings, m_lukasz);
    m_window->undoStack()->undo();
    QTRY_COMPARE(storedInterview().panelistIds, (QList<RowId>{m_zoe, m_lukasz}));
    QTRY_VERIFY(child<QLabel>(QStringLiteral("myInterviewsSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Łukasz Nowak: ")));
    QCOMPARE(mine->model()->rowCount(), 1);
    m_window->undoStack()->redo();
    QTRY_COMPARE(mine->model()->rowCount(), 0);
    auto* nothing = child<QLabel>(QStringLiteral("myInterviewsEmpty"));
    QTRY_VERIFY(nothing->isVisible());
    QVERIFY2(nothing->text().contains(QStringLiteral("Schedule Interview")),
             qPrintable(nothing->text()));
}

void TestSchedulingGui::openingMenuAndCandidateListReachTheDialog() {
    // Opening › Schedule Interview… (Ctrl+Shift+I) for the candidate on display.
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openDialog<ScheduleInterviewDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Schedule Interview with Amélie Dubois"));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(),
                 dialog->findChild<QWidget*>(QStringLiteral("scheduleRoundCombo")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ScheduleInterviewDialog*>());
    QVERIFY(InterviewRepository(m_session->database()).forApplication(m_application)->isEmpty());
    QCOMPARE(m_window->undoStack()->count(), 0);

    // The candidate list's context menu has it, with the other actions for one candidate.
    auto* menu = child<QMenu>(QStringLiteral("candidateContextMenu"));
    QVERIFY(menu);
    QStringList texts;
    for (const QAction* action : menu->actions())
        texts.append(action->text());
    QCOMPARE(texts, (QStringList{QStringLiteral("Sc&hedule Interview…"),
                                 QStringLiteral("&Log a Message or Call…"), QString(),
                                 QStringLiteral("E&xport Everything About This Person…"),
                                 QStringLiteral("&Erase This Person…")}));
    auto* table = child<QTableView>(QStringLiteral("candidateTable"));
    focusOn(table);
    // The menu key opens it on the current row.
    pressInNextMenu(Qt::Key_H);
    pressMenuKey();
    dialog = openDialog<ScheduleInterviewDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->request().applicationId, m_application);
    dialog->reject();
}

QTEST_MAIN(TestSchedulingGui)
#include "tst_scheduling_gui.moc"
