#include "MainWindow.h"
#include "WalkFixture.h"
#include "comparison/ComparisonView.h"
#include "drafts/RejectionDraftsView.h"
#include "scorecard/ScoreLevelPicker.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace debrief;

/// Escape and Ctrl+W close secondary windows, asking first where there are
/// unsaved changes; the main window and a docked list stay. Tab runs left
/// to right through the main window.
class TestWindowKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::WalkFixture::quietenSizeHintWarnings(); }
    void init();
    void cleanup() { m_fixture.reset(); }
    void escapeClosesCompare();
    void ctrlWClosesRejectionDrafts();
    void ctrlWClosesADialog();
    void unsavedTemplateAsksBeforeClosing();
    void dockedListKeepsEscapeFloatingOneCloses();
    void mainWindowStays();
    void tabRunsLeftToRight();
    void focusIsVisibleOnScoreRowsAndCards();

private:
    QAction* action(const char* name) const;
    /// Makes `window` the active window, as a user's click would.
    static bool activate(QWidget* window);

    std::unique_ptr<test::WalkFixture> m_fixture;
};

void TestWindowKeys::init() {
    m_fixture = std::make_unique<test::WalkFixture>();
    const QString failure = m_fixture->setUp(test::WalkFixture::Data::Demo);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QAction* TestWindowKeys::action(const char* name) const {
    auto* found = m_fixture->window().findChild<QAction*>(QLatin1String(name));
    if (found)
        found->setEnabled(true); // as its menu does on showing
    return found;
}

bool TestWindowKeys::activate(QWidget* window) {
    window->raise();
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

void TestWindowKeys::escapeClosesCompare() {
    action("compareFinalistsAction")->trigger();
    ComparisonView* view = nullptr;
    QTRY_VERIFY((view = m_fixture->window().findChild<ComparisonView*>()) != nullptr);
    QVERIFY(activate(view));
    QPointer<ComparisonView> alive(view);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view,
                    Qt::Key_Escape);
    QTRY_VERIFY(!alive || !alive->isVisible());
    QVERIFY(m_fixture->window().isVisible());
}

void TestWindowKeys::ctrlWClosesRejectionDrafts() {
    action("rejectionDraftsAction")->trigger();
    RejectionDraftsView* view = nullptr;
    QTRY_VERIFY((view = m_fixture->window().findChild<RejectionDraftsView*>()) != nullptr);
    QVERIFY(activate(view));
    QPointer<RejectionDraftsView> alive(view);
    QTest::keyClick(view, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!alive || !alive->isVisible());
}

void TestWindowKeys::ctrlWClosesADialog() {
    action("addCandidateAction")->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture->window().findChild<QDialog*>(
                     QStringLiteral("addCandidateDialog"))) != nullptr &&
                dialog->isVisible());
    QVERIFY(activate(dialog));
    QTest::keyClick(dialog, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestWindowKeys::unsavedTemplateAsksBeforeClosing() {
    action("messageTemplatesAction")->trigger();
    QWidget* editor = nullptr;
    QTRY_VERIFY((editor = m_fixture->window().findChild<QWidget*>(
                     QStringLiteral("messageTemplateEditor"))) != nullptr &&
                editor->isVisible());
    QVERIFY(activate(editor));
    auto* body = editor->findChild<QPlainTextEdit*>(QStringLiteral("templateBodyEdit"));
    QVERIFY(body);
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral(" An unsaved sentence."));

    // Ctrl+W asks; Cancel keeps the window and the text.
    QTest::keyClick(body, Qt::Key_W, Qt::ControlModifier);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = editor->findChild<QMessageBox*>(
                     QStringLiteral("discardTemplateChanges"))) != nullptr &&
                question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<QMessageBox*>(QStringLiteral("discardTemplateChanges")));
    QVERIFY(editor->isVisible());
    QVERIFY(body->toPlainText().contains(QStringLiteral("An unsaved sentence.")));

    // Escape asks too; Discard closes.
    QVERIFY(activate(editor));
    QPointer<QWidget> alive(editor);
    QTest::keyClick(body, Qt::Key_Escape);
    QTRY_VERIFY((question = editor->findChild<QMessageBox*>(
                     QStringLiteral("discardTemplateChanges"))) != nullptr &&
                question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!alive || !alive->isVisible());
}

void TestWindowKeys::dockedListKeepsEscapeFloatingOneCloses() {
    action("waitingOnUsAction")->trigger();
    auto* dock = m_fixture->window().findChild<QDockWidget*>(QStringLiteral("waitingDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    auto* view = dock->findChild<QWidget*>(QStringLiteral("waitingOnUsView"));
    // Float it, dock it again: docked, Escape belongs to the main window's
    // panes and the list stays.
    dock->setFloating(true);
    QTRY_VERIFY(dock->isVisible() && dock->isWindow());
    dock->setFloating(false);
    QTRY_VERIFY(dock->isVisible() && !dock->isWindow());
    QVERIFY(activate(&m_fixture->window()));
    view->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::qWait(50);
    QVERIFY(dock->isVisible());

    // Floating, it is a window of its own: Escape closes it.
    dock->setFloating(true);
    QTRY_VERIFY(dock->isVisible() && dock->isWindow());
    QVERIFY(activate(dock));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dock,
                    Qt::Key_Escape);
    QTRY_VERIFY(!dock->isVisible());
}

void TestWindowKeys::mainWindowStays() {
    MainWindow& window = m_fixture->window();
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTest::qWait(50);
    QVERIFY(window.isVisible());
}

void TestWindowKeys::tabRunsLeftToRight() {
    MainWindow& window = m_fixture->window();
    QVERIFY(activate(&window));
    QWidget* openings = window.findChild<QWidget*>(QStringLiteral("openingList"));
    openings->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), openings);
    for (const char* next : {"candidateSearch", "stageFilter", "candidateTable"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(next));
    }
    // …and on into the candidate on the right.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget* detail = window.findChild<QWidget*>(QStringLiteral("candidateDetail"));
    QVERIFY2(detail->isAncestorOf(QApplication::focusWidget()),
             QApplication::focusWidget()->metaObject()->className());
}

void TestWindowKeys::focusIsVisibleOnScoreRowsAndCards() {
    // A score row: a frame in the highlight colour around the whole row
    // while it has the focus, none without.
    QWidget holder;
    auto* other = new QPushButton(QStringLiteral("Elsewhere"), &holder);
    auto* picker = new ScoreLevelPicker(
        {QStringLiteral("1 Weak"), QStringLiteral("2 Fair"), QStringLiteral("3 Strong")},
        QStringLiteral("0 Not assessed"), &holder);
    picker->setGeometry(0, 40, 600, 80);
    holder.resize(600, 130);
    holder.show();
    QVERIFY(activate(&holder));
    const QColor highlight = picker->palette().color(QPalette::Highlight);
    const QPoint onFrame(1, picker->height() / 2);
    other->setFocus();
    QTRY_VERIFY(!picker->hasFocus());
    QVERIFY(picker->grab().toImage().pixelColor(onFrame) != highlight);
    picker->setFocus();
    QTRY_VERIFY(picker->hasFocus());
    QCOMPARE(picker->grab().toImage().pixelColor(onFrame), highlight);

    // A card: the selected opening gets a frame when the list has the focus.
    MainWindow& window = m_fixture->window();
    QVERIFY(activate(&window));
    auto* openings = window.findChild<QListView*>(QStringLiteral("openingList"));
    const QRect card = openings->visualRect(openings->currentIndex());
    QVERIFY(card.isValid());
    const QPoint onCard(card.left() + 2, card.center().y());
    const QColor text = openings->palette().color(QPalette::HighlightedText);
    window.findChild<QWidget*>(QStringLiteral("candidateSearch"))->setFocus();
    QTRY_VERIFY(!openings->hasFocus());
    QVERIFY(openings->viewport()->grab().toImage().pixelColor(onCard) != text);
    openings->setFocus();
    QTRY_VERIFY(openings->hasFocus());
    QCOMPARE(openings->viewport()->grab().toImage().pixelColor(onCard), text);
}

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
