#include "CandidateContextMenu.h"
#include "DatabaseSession.h"
#include "DisplayText.h"
#include "MainWindow.h"
#include "MarkupCheck.h"
#include "MarkupData.h"
#include "WalkFixture.h"
#include "WarningBox.h"
#include "WindowWalker.h"
#include "csvimport/CandidateImportWizard.h"

#include "domain/RowId.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

using namespace debrief;
using test::MarkupCheck;
using test::MarkupData;

/// Data is never markup (issue #12): over the demo database with every
/// free-text value prefixed by a red heading and a link (MarkupData), every
/// window, dialog, tooltip, item tooltip, text view and chart the menus,
/// the detail pane, the candidate list's context menu and the editors open
/// shows the markup as the characters it is. MarkupCheck fails a label,
/// tooltip or document that renders it, and counts the places that show it
/// literally, so that a walk that showed no data cannot pass.
class TestMarkup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::WalkFixture::quietenSizeHintWarnings(); }
    void checkSeesRenderedAndLiteralMarkup();
    void warningBoxesShowMessagesAsText();
    void mainWindowShowsDataAsText();
    void windowsFromTheMenusShowDataAsText();
    void windowsFromThePanesShowDataAsText();
    void editorsShowDataAsText();
    void comparisonChartsShowDataAsText();
    void importedCsvShowsDataAsText();

private:
    /// The marked demo in a shown main window.
    QString setUp(test::WalkFixture& fixture);
    test::WindowWalker::Visit checker(MarkupCheck& check);
    static QString report(const MarkupCheck& check);
};

QString TestMarkup::setUp(test::WalkFixture& fixture) {
    return fixture.setUp(test::WalkFixture::Data::Demo, &MarkupData::mark);
}

test::WindowWalker::Visit TestMarkup::checker(MarkupCheck& check) {
    return [&check](QWidget* window, const QString& how) {
        // Qt's own file dialog shows file names, not the database's values.
        if (!qobject_cast<QFileDialog*>(window))
            check.inWindow(window, how);
    };
}

QString TestMarkup::report(const MarkupCheck& check) {
    // Qt Test cuts long messages: every problem on a line of its own first.
    QStringList distinct = check.problems();
    distinct.removeDuplicates();
    for (const QString& problem : std::as_const(distinct).mid(0, 100))
        qWarning("%s", qPrintable(problem));
    return QStringLiteral("%1 places render data as rich text").arg(check.problems().size());
}

void TestMarkup::checkSeesRenderedAndLiteralMarkup() {
    // The check itself can fail, and counts only what shows the markup.
    const QString marker = MarkupData::marker();
    MarkupCheck check;
    QWidget window;
    auto* autoLabel = new QLabel(marker, &window);
    check.inWindow(&window, QStringLiteral("auto"));
    QCOMPARE(check.problems().size(), 1);
    autoLabel->setTextFormat(Qt::PlainText);
    window.setToolTip(marker);
    MarkupCheck again;
    again.inWindow(&window, QStringLiteral("plain label, raw tooltip"));
    QCOMPARE(again.problems().size(), 1); // the tooltip
    QCOMPARE(again.literalCount(), 1);    // the label
    window.setToolTip(Qt::convertFromPlainText(marker));
    auto* rich = new QLabel(QStringLiteral("<b>%1</b>").arg(marker.toHtmlEscaped()), &window);
    rich->setTextFormat(Qt::RichText);
    auto* escapedTwice = new QLabel(marker.toHtmlEscaped(), &window);
    escapedTwice->setTextFormat(Qt::PlainText);
    auto* document = new QTextEdit(&window);
    document->setHtml(marker);
    MarkupCheck third;
    third.inWindow(&window, QStringLiteral("mixed"));
    QCOMPARE(third.literalCount(), 3); // plain label, escaped tooltip, escaped rich label
    QCOMPARE(third.problems().size(), 2);
    QVERIFY(third.problems().at(0).contains(QStringLiteral("escaped markup as text")));
    QVERIFY(third.problems().at(1).contains(QStringLiteral("renders data as rich text")));

    // A title that names a value: Qt hides its "[*]" unless it is doubled.
    QWidget titled;
    titled.setWindowTitle(QStringLiteral("Scorecard: %1").arg(marker));
    titled.show();
    QVERIFY(QTest::qWaitForWindowExposed(&titled));
    MarkupCheck title;
    title.inWindow(&titled, QStringLiteral("title"));
    QCOMPARE(title.problems().size(), 1);
    titled.setWindowTitle(DisplayText::windowTitle(QStringLiteral("Scorecard: %1").arg(marker)));
    MarkupCheck doubled;
    doubled.inWindow(&titled, QStringLiteral("title"));
    QVERIFY2(doubled.problems().isEmpty(), qPrintable(report(doubled)));
    QCOMPARE(doubled.literalCount(), 1);
}

void TestMarkup::warningBoxesShowMessagesAsText() {
    // Error messages name candidates, openings and files: the one warning
    // box of the window shows them as text.
    QWidget parent;
    QMessageBox* box = WarningBox::show(&parent, QStringLiteral("Debrief"),
                                        QStringLiteral("Line 2: %1").arg(MarkupData::marker()));
    MarkupCheck check;
    check.inWindow(box, QStringLiteral("warning box"));
    box->close();
    QVERIFY2(check.problems().isEmpty(), qPrintable(report(check)));
    QCOMPARE(check.literalCount(), 1);
}

void TestMarkup::mainWindowShowsDataAsText() {
    test::WalkFixture fixture;
    const QString failure = setUp(fixture);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    MainWindow& window = fixture.window();
    MarkupCheck check;
    // Every opening, a few candidates of each, with both docked lists.
    for (const char* list : {"waitingOnUsAction", "talentPoolAction"}) {
        auto* action = window.findChild<QAction*>(QLatin1String(list));
        QVERIFY2(action, list);
        action->trigger();
    }
    auto openings = fixture.session().database().exec(QStringLiteral("SELECT id FROM openings"));
    QVERIFY(openings.ok());
    int shown = 0;
    while (openings->next()) {
        window.showOpening(openings->value(0).value<RowId>());
        for (int row = 0; row < 3; ++row) {
            window.selectCandidateRow(row);
            QTest::qWait(20);
            check.inWindow(&window, QStringLiteral("main window, opening %1 row %2")
                                        .arg(openings->value(0).toString())
                                        .arg(row));
            ++shown;
        }
    }
    QVERIFY(shown >= 12);
    QVERIFY2(check.problems().isEmpty(), qPrintable(report(check)));
    // The detail pane's header (the red heading of the issue): the name
    // exactly as stored, as text.
    auto* name = window.findChild<QLabel*>(QStringLiteral("candidateName"));
    QVERIFY(name);
    QVERIFY2(name->text().startsWith(MarkupData::marker()), qPrintable(name->text()));
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QVERIFY2(check.literalCount() >= 100, qPrintable(QString::number(check.literalCount())));
}

void TestMarkup::windowsFromTheMenusShowDataAsText() {
    test::WalkFixture fixture;
    const QString failure = setUp(fixture);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    MarkupCheck check;
    test::WindowWalker walker(fixture.window());
    const QStringList triggered = walker.walkMenus(checker(check));
    QVERIFY(triggered.size() >= 15);
    QVERIFY2(check.problems().isEmpty(), qPrintable(report(check)));
    // Not a vacuous pass: these show the marked values, literally.
    const QString places = check.literalPlaces().join(QLatin1Char('\n'));
    for (const char* where :
         {"Edit Rubric… › anchor1", "Set Up Opening… › panelList",
          "Compare Finalists… › radarChart", "Compare Finalists… › tieVerdictLabel",
          "Record Decision… › decisionTitle", "Send Scorecards… › QLabel", "Rejection Drafts… › "})
        QVERIFY2(places.contains(QString::fromUtf8(where)), where);
    QVERIFY2(check.literalCount() >= 80, // 94 on the demo with the walk of today
             qPrintable(QString::number(check.literalCount()) + QLatin1Char('\n') + places));
}

void TestMarkup::windowsFromThePanesShowDataAsText() {
    test::WalkFixture fixture;
    const QString failure = setUp(fixture);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    MarkupCheck check;
    test::WindowWalker walker(fixture.window());
    MainWindow& window = fixture.window();
    // Every button of the detail pane that opens a dialog ("…"), and every
    // action of the candidate list's context menu.
    QStringList opened;
    auto* pane = window.findChild<QWidget*>(QStringLiteral("candidateDetail"));
    QVERIFY(pane);
    for (QPushButton* button : pane->findChildren<QPushButton*>()) {
        if (!button->text().endsWith(QChar(0x2026)) || !button->isEnabled())
            continue;
        opened.append(button->text());
        walker.catchWindows(
            QStringLiteral("detail pane › %1").arg(button->text()), [button] { button->click(); },
            checker(check));
    }
    QMenu* menu = CandidateContextMenu::of(&window);
    emit menu->aboutToShow();
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isEnabled() ||
            !action->text().endsWith(QChar(0x2026)))
            continue;
        opened.append(action->text());
        walker.catchWindows(
            QStringLiteral("context menu › %1").arg(action->text()),
            [action] { action->trigger(); }, checker(check));
    }
    QVERIFY2(opened.size() >= 4, qPrintable(opened.join(QLatin1Char('\n'))));
    QVERIFY2(check.problems().isEmpty(), qPrintable(report(check)));
    QVERIFY2(check.literalCount() >= 5, qPrintable(opened.join(QLatin1Char('\n'))));
}

void TestMarkup::editorsShowDataAsText() {
    test::WalkFixture fixture;
    const QString failure = setUp(fixture);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    MarkupCheck check;
    test::WindowWalker walker(fixture.window());
    walker.catchWindows(
        QStringLiteral("Enter on an interview"), [&] { fixture.openScorecard(); }, checker(check));
    walker.catchWindows(
        QStringLiteral("Rejection Drafts › Open Draft"), [&] { fixture.openDraftEditor(); },
        checker(check));
    const QString places = check.literalPlaces().join(QLatin1Char('\n'));
    QVERIFY2(places.contains(QStringLiteral("Enter on an interview")), qPrintable(places));
    QVERIFY2(places.contains(QStringLiteral("Open Draft")), qPrintable(places));
    QVERIFY2(check.problems().isEmpty(), qPrintable(report(check)));
}

void TestMarkup::comparisonChartsShowDataAsText() {
    // The finalists' names in the legends and the criterion names on the
    // axes and in the lead sentences.
    test::WalkFixture fixture;
    const QString failure = setUp(fixture);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    fixture.window().selectDebriefOpening();
    auto* compare = fixture.window().findChild<QAction*>(QStringLiteral("compareFinalistsAction"));
    QVERIFY(compare);
    MarkupCheck check;
    int charts = 0;
    test::WindowWalker walker(fixture.window());
    walker.catchWindows(
        QStringLiteral("Compare Finalists"), [compare] { compare->trigger(); },
        [&](QWidget* window, const QString& how) {
            for (auto* view : window->findChildren<QGraphicsView*>())
                charts += view->scene() ? 1 : 0;
            check.inWindow(window, how);
        });
    QVERIFY(charts >= 2);
    const QString places = check.literalPlaces().join(QLatin1Char('\n'));
    QVERIFY2(places.contains(QStringLiteral("chart text")), qPrintable(places));
    QVERIFY2(check.problems().isEmpty(), qPrintable(report(check)));
}

void TestMarkup::importedCsvShowsDataAsText() {
    // The reproduction: a CSV file whose name, location, source and
    // note cells are markup (tests/data/csv/markup.csv), imported through
    // the wizard into the demo (whose own values are plain). The preview's
    // cells and tooltips, then the detail pane's header and the notes.
    test::WalkFixture fixture;
    const QString failure = fixture.setUp(test::WalkFixture::Data::Demo);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    MainWindow& window = fixture.window();
    auto* action = window.findChild<QAction*>(QStringLiteral("importCandidatesCsvAction"));
    QVERIFY(action);
    action->trigger();
    QPointer<CandidateImportWizard> wizard = window.findChild<CandidateImportWizard*>();
    QVERIFY(wizard && QTest::qWaitForWindowExposed(wizard));
    auto* edit = wizard->findChild<QLineEdit*>(QStringLiteral("csvFileEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral(DEBRIEF_TEST_DATA_DIR "/csv/markup.csv"));
    QTest::keyClick(edit, Qt::Key_Return);
    for (int page = 0; page < 2; ++page)
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CandidateImportWizard::PreviewPage));
    MarkupCheck preview;
    preview.inWindow(wizard, QStringLiteral("CSV import preview"));
    QVERIFY2(preview.problems().isEmpty(), qPrintable(report(preview)));
    // Two rows of name, location, source and note, each cell and its tooltip.
    QVERIFY2(preview.literalCount() >= 16,
             qPrintable(preview.literalPlaces().join(QLatin1Char('\n'))));

    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard || !wizard->isVisible());
    auto* table = window.findChild<QTableView*>(QStringLiteral("candidateTable"));
    QVERIFY(table);
    const QString ada = QStringLiteral(
        "<h1 style=\"color:red\">X</h1><a href=\"https://evil.example/\">link</a> Ada Lovelace");
    const QModelIndexList found = table->model()->match(table->model()->index(0, 0),
                                                        Qt::DisplayRole, ada, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    window.selectCandidateRow(found.first().row());

    // The detail pane's header: the name as stored, as text (it was a red heading).
    auto* name = window.findChild<QLabel*>(QStringLiteral("candidateName"));
    QVERIFY(name);
    QTRY_COMPARE(name->text(), ada);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    // The notes: the link is text, not a link to follow.
    auto* notes = window.findChild<QLabel*>(QStringLiteral("candidateNotes"));
    QVERIFY(notes);
    QVERIFY2(
        notes->text().contains(QStringLiteral("<a href=\"https://evil.example/\">link</a> Note 1")),
        qPrintable(notes->text()));
    QCOMPARE(notes->textFormat(), Qt::PlainText);
    MarkupCheck check;
    check.inWindow(&window, QStringLiteral("main window after the import"));
    QVERIFY2(check.problems().isEmpty(), qPrintable(report(check)));
    const QString places = check.literalPlaces().join(QLatin1Char('\n'));
    for (const char* where : {"candidateName", "candidateNotes", "candidateTable row"})
        QVERIFY2(places.contains(QLatin1String(where)), qPrintable(places));
}

QTEST_MAIN(TestMarkup)
#include "tst_markup.moc"
