#include "CliProcess.h"
#include "DraftsTree.h"
#include "IcsCheck.h"
#include "KeyboardUser.h"
#include "ScoringFixture.h"

#include "CandidateDetailPane.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "comparison/ComparisonModel.h"
#include "comparison/ComparisonView.h"
#include "decision/DecisionDialog.h"
#include "drafts/DraftEditor.h"
#include "drafts/RejectionDraftsView.h"
#include "report/ReportExportDialog.h"
#include "scheduling/ScheduleInterviewDialog.h"
#include "scorecard/ScorecardEditor.h"

#include "scoring/WithheldScorecards.h"
#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <ctime>

using namespace debrief;
using debrief::test::CliRun;
using debrief::test::KeyboardUser;
using debrief::test::runCli;
using debrief::test::runProgram;

namespace {

/// A Friday in March: the next working day, Monday 30 March 2026, is the
/// first day of summer time in Berlin (the clocks went forward on Sunday 29).
const QDate kToday(2026, 3, 27);
const QDate kInterviewDay(2026, 3, 30);

/// Who is on the panel: A leads, B is the second panelist.
struct Person {
    QString name;
    QString email;
};
const Person kA{QStringLiteral("Renée Laurent"), QStringLiteral("renee@example.org")};
const Person kB{QStringLiteral("Jonas Ødegaard"), QStringLiteral("jonas@example.org")};

/// The three candidates, each interviewed on Monday at a local time; the
/// instants in UTC are worked out by hand (CEST is UTC+2 from 29 March), not
/// by the zone code under test.
struct Applicant {
    QString name;
    QString email;
    QTime local;
    QDateTime utc;
};
const Applicant kApplicants[] = {
    {QStringLiteral("Zoë Brandt"), QStringLiteral("zoe@example.org"), QTime(10, 0),
     QDateTime(kInterviewDay, QTime(8, 0), Qt::UTC)},
    {QStringLiteral("Łukasz Nowak"), QStringLiteral("lukasz@example.org"), QTime(11, 30),
     QDateTime(kInterviewDay, QTime(9, 30), Qt::UTC)},
    {QStringLiteral("Chloé Martin"), QStringLiteral("chloe@example.org"), QTime(14, 0),
     QDateTime(kInterviewDay, QTime(12, 0), Qt::UTC)},
};
enum { Zoe, Lukasz, Chloe };

/// What one panelist writes on one candidate's card for the technical
/// screen (its round assesses the first two criteria: Problem solving and
/// Code quality). 0 leaves a criterion "not assessed". Every text is unique
/// in the whole journey, so finding it anywhere is a leak.
struct Card {
    int problemSolving;
    QString problemEvidence;
    int codeQuality;
    QString codeEvidence;
    Qt::Key recommendation; // 1 strong no … 4 strong yes
    QString takeaways;
};
const Card kACards[] = {
    {5, QStringLiteral("Renée-on-Zoë: split the ledger parser into three pure steps"), 4,
     QStringLiteral("Renée-on-Zoë: commit messages gave the reason for every change"), Qt::Key_4,
     QStringLiteral("Renée-on-Zoë takeaway: ready to lead the billing migration")},
    {4, QStringLiteral("Renée-on-Łukasz: found the off-by-one before running the tests"), 3,
     QStringLiteral("Renée-on-Łukasz: tidy functions, a few long names"), Qt::Key_3,
     QStringLiteral("Renée-on-Łukasz takeaway: steady, asks good questions")},
    // Code quality left "not assessed": the editor asks before submitting.
    {2, QStringLiteral("Renée-on-Chloé: needed two hints to find a plan"), 0, QString(), Qt::Key_2,
     QStringLiteral("Renée-on-Chloé takeaway: not yet for this level")},
};
const Card kBCards[] = {
    {3, QStringLiteral("Jonas-on-Zoë: solid plan, slow to start"), 2,
     QStringLiteral("Jonas-on-Zoë: tests came last"), Qt::Key_3,
     QStringLiteral("Jonas-on-Zoë takeaway: a yes, with a mentor")},
    {4, QStringLiteral("Jonas-on-Łukasz: clear reasoning out loud"), 4,
     QStringLiteral("Jonas-on-Łukasz: clean small commits"), Qt::Key_3,
     QStringLiteral("Jonas-on-Łukasz takeaway: would enjoy pairing with him")},
    {2, QStringLiteral("Jonas-on-Chloé: jumped to code before the plan"), 3,
     QStringLiteral("Jonas-on-Chloé: readable once written"), Qt::Key_2,
     QStringLiteral("Jonas-on-Chloé takeaway: a no for now")},
};

/// Weighted totals on 0–100, worked out by hand from the cards above: each
/// criterion's panel mean put on 0–1 ((mean − 1) / 4 on a 1–5 scale),
/// weighted (Problem solving 2, Code quality 1.5) over the criteria scored.
/// - Zoë with A's card alone: (2·1 + 1.5·0.75) / 3.5 = 0.893, the total B
///   must not be able to see;
/// - Zoë with both cards: means 4 and 3, (2·0.75 + 1.5·0.5) / 3.5 = 0.643;
/// - Łukasz: means 4 and 3.5, (2·0.75 + 1.5·0.625) / 3.5 = 0.696.
const QString kZoeTotalByAAlone = QStringLiteral("89.3");
const QString kZoeTotal = QStringLiteral("64.3");
const QString kLukaszTotal = QStringLiteral("69.6");

/// A's scores as the detail pane writes them ("5 / 5"), the pane's own words.
QString paneScore(int score) {
    return QStringLiteral("%1 / 5").arg(score);
}

/// Text of a whole PDF, white space collapsed (pdftotext from poppler-utils).
QString pdfText(const QString& path) {
    const CliRun run = runProgram(QStringLiteral(DEBRIEF_PDFTOTEXT), {path, QStringLiteral("-")});
    return run.exitCode == 0 ? run.out.simplified() : QString();
}

/// What Python's e-mail package reads from an .eml file (tests/tools/check_eml.py).
QJsonObject readEmlWithPython(const QString& path) {
    const CliRun run =
        runProgram(QStringLiteral(DEBRIEF_PYTHON), {QStringLiteral(DEBRIEF_CHECK_EML), path});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
}

/// Whether `window` lies inside its screen's available area (1280×720 here):
/// every button in reach.
bool fitsScreen(const QWidget* window) {
    const QRect available = window->screen()->availableGeometry();
    if (available.contains(window->frameGeometry()))
        return true;
    qWarning() << window->objectName() << window->frameGeometry() << "outside" << available;
    return false;
}

} // namespace

/// The acceptance test of issue #11: a new user's panel, from an empty
/// database to the last message, without demo data, in the real main window
/// and by keyboard wherever a user would use it (mnemonics, Tab, Enter,
/// digits, Ctrl+Return). Each slot is one step of the journey and starts
/// where the one before stopped; reading results goes through the
/// repositories, pdftotext, Python's icalendar and e-mail packages and
/// debrief-cli, independently of the windows.
class TestPanelJourney : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void welcomePageLeadsToTheFirstOpening();
    void threeCandidatesAreAdded();
    void interviewsAreScheduledAndInvitationsParse();
    void panelistAScoresAndSubmits();
    void panelistBSubmitsTwoAndDraftsZoe();
    void detailPaneHidesAsScoresFromB();
    void compareHidesAsScoresFromB();
    void comparisonPdfHidesAsScoresFromB();
    void compareCommandHidesAsScoresFromB();
    void panelistBSubmitsZoeAndCompareShowsBoth();
    void leadRecordsTheDecision();
    void offerDeclinedMovesTheRunnerUpForward();
    void theLastMessageGoesOut();

private:
    // Keyboard.
    QWidget* focused() const { return QApplication::focusWidget(); }
    void backToMainWindow() { KeyboardUser::activate(m_window.get()); }
    void chooseFromMenu(const char* actionName) {
        KeyboardUser::chooseFromMenu(*m_window, actionName);
    }
    /// Chooses `name` in the candidate table with the arrow keys.
    void selectCandidate(int applicant);
    /// "Who is scoring?" answered with the arrow keys and Enter.
    void answerWhoIsScoring(const Person& person);
    /// File › Switch Panelist…, answered as above.
    void switchPanelist(const Person& person);
    /// Opens the current panelist's scorecard on `applicant`'s interview
    /// with Enter on the Interviews card; answers "Who is scoring?" with
    /// `who` when it asks.
    ScorecardEditor* openScorecard(int applicant, const Person* who = nullptr);
    /// Fills `card` into the editor by keyboard: digits, Tab, typing.
    void fillCard(ScorecardEditor* editor, const Card& card);
    void closeEditor(ScorecardEditor* editor);
    ComparisonView* openCompare();
    void closeWindow(QWidget* window);

    // Reading back.
    template <typename T> T* shown(const char* name = nullptr) const;
    CandidateDetailPane* pane() const;
    Application application(int applicant) const;
    Interview interview(int applicant) const;
    Scorecard cardOf(int applicant, RowId panelistId) const;
    std::optional<Decision> decision() const;
    /// The column of `applicant` in the comparison table, -1 when missing.
    static int columnOf(const QAbstractItemModel* model, int applicant);

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    bool m_failed = false;
    Opening m_opening;
    Rubric m_rubric;
    Panelist m_a;
    Panelist m_b;
    RowId m_applications[3] = {kNoRow, kNoRow, kNoRow};
    QPointer<RejectionDraftsView> m_drafts;
};

// ---------------------------------------------------------------- set-up

void TestPanelJourney::initTestCase() {
    // The user's clocks: Berlin, set before anything reads the zone.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Berlin"));
    // The checkers this journey reads its files with; missing, the test fails.
    if (const QString missing = test::icsCheckerMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    if (QByteArray(DEBRIEF_PDFTOTEXT).isEmpty())
        QFAIL("pdftotext was not found at configure time; scripts/setup.sh installs "
              "poppler-utils.");
    if (QByteArray(DEBRIEF_PYTHON).isEmpty())
        QFAIL("No Python 3 interpreter was found at configure time to read the .eml file "
              "with; scripts/setup.sh installs python3.");

    QVERIFY(m_dir.isValid());
    // Folders the app may read or write besides the files the user names.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_settings->setUiLanguage(QStringLiteral("en"));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(kToday);
    // A brand-new, empty panel database, as File › New Panel Database… makes it.
    m_dbPath = m_dir.filePath(QStringLiteral("platform-team.sqlite"));
    const Status created = m_session->create(m_dbPath);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(fitsScreen(m_window.get()));
}

void TestPanelJourney::init() {
    // Each step starts where the one before stopped: after a failure the
    // rest cannot mean anything.
    if (m_failed)
        QFAIL("An earlier step of the journey failed.");
}

void TestPanelJourney::cleanup() {
    m_failed = m_failed || QTest::currentTestFailed();
}

void TestPanelJourney::cleanupTestCase() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

// ---------------------------------------------------------------- helpers

template <typename T> T* TestPanelJourney::shown(const char* name) const {
    for (T* found : m_window->findChildren<T*>(name ? QLatin1String(name) : QString())) {
        if (found->isVisible())
            return found;
    }
    return nullptr;
}

CandidateDetailPane* TestPanelJourney::pane() const {
    return m_window->findChild<CandidateDetailPane*>(QStringLiteral("candidateDetail"));
}

void TestPanelJourney::selectCandidate(int applicant) {
    backToMainWindow();
    // "&Candidates for …" is the table's buddy.
    KeyboardUser::alt(Qt::Key_C);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("candidateTable"));
    QTRY_COMPARE(focused(), static_cast<QWidget*>(table));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // the top row
    const QString name = kApplicants[applicant].name;
    for (int i = 0; i < table->model()->rowCount() && pane()->candidateName() != name; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    QTRY_COMPARE(pane()->candidateName(), name);
}

void TestPanelJourney::answerWhoIsScoring(const Person& person) {
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = shown<QInputDialog>("choosePanelistDialog")));
    auto* combo = dialog->findChild<QComboBox*>();
    QVERIFY(combo);
    QTRY_COMPARE(focused(), static_cast<QWidget*>(combo));
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != person.name; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), person.name);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!shown<QInputDialog>("choosePanelistDialog"));
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("currentPanelistLabel"));
    QTRY_COMPARE(label->text(), QStringLiteral("Scoring as %1").arg(person.name));
}

void TestPanelJourney::switchPanelist(const Person& person) {
    chooseFromMenu("switchPanelistAction"); // File › S&witch Panelist…
    if (!QTest::currentTestFailed())
        answerWhoIsScoring(person);
}

ScorecardEditor* TestPanelJourney::openScorecard(int applicant, const Person* who) {
    selectCandidate(applicant);
    if (QTest::currentTestFailed())
        return nullptr;
    auto* interviews = pane()->findChild<QListWidget*>(QStringLiteral("interviewList"));
    KeyboardUser::tabTo(interviews);
    if (QTest::currentTestFailed())
        return nullptr;
    QTest::keyClick(interviews, Qt::Key_Return);
    if (who) {
        // The first scorecard on this computer asks who is scoring.
        answerWhoIsScoring(*who);
        if (QTest::currentTestFailed())
            return nullptr;
    }
    ScorecardEditor* editor = nullptr;
    if (!QTest::qWaitFor([&] { return (editor = shown<ScorecardEditor>()) != nullptr; }))
        return nullptr;
    if (!KeyboardUser::becameActive(editor) || !fitsScreen(editor))
        return nullptr;
    return editor;
}

void TestPanelJourney::fillCard(ScorecardEditor* editor, const Card& card) {
    QTRY_COMPARE(focused(), editor->findChild<QWidget*>(QStringLiteral("scorePicker0")));
    const auto score = [this](int value) {
        QTest::keyClick(focused(), value > 0 ? Qt::Key(Qt::Key_0 + value) : Qt::Key_0);
    };
    score(card.problemSolving);
    QTest::keyClick(focused(), Qt::Key_Tab);
    KeyboardUser::type(focused(), card.problemEvidence);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("scorePicker1"));
    score(card.codeQuality);
    QTest::keyClick(focused(), Qt::Key_Tab);
    KeyboardUser::type(focused(), card.codeEvidence);
    // The other criteria are not part of this round: past them to the recommendation.
    KeyboardUser::tabTo(editor->findChild<QWidget*>(QStringLiteral("recommendationPicker")));
    QTest::keyClick(focused(), card.recommendation);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("takeawaysEdit"));
    KeyboardUser::type(focused(), card.takeaways);
}

void TestPanelJourney::closeEditor(ScorecardEditor* editor) {
    QPointer<ScorecardEditor> alive(editor);
    QTest::keyClick(focused(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!alive || !alive->isVisible());
}

ComparisonView* TestPanelJourney::openCompare() {
    chooseFromMenu("compareFinalistsAction"); // Opening › Compare &Finalists…
    if (QTest::currentTestFailed())
        return nullptr;
    ComparisonView* view = nullptr;
    if (!QTest::qWaitFor([&] { return (view = shown<ComparisonView>()) != nullptr; }))
        return nullptr;
    return fitsScreen(view) ? view : nullptr;
}

void TestPanelJourney::closeWindow(QWidget* window) {
    QPointer<QWidget> alive(window);
    window->activateWindow();
    QVERIFY(KeyboardUser::becameActive(window));
    QTest::keyClick(focused() ? focused() : window, Qt::Key_Escape);
    QTRY_VERIFY(!alive || !alive->isVisible());
}

Application TestPanelJourney::application(int applicant) const {
    auto found = ApplicationRepository(m_session->database()).get(m_applications[applicant]);
    return found ? *found : Application{};
}

Interview TestPanelJourney::interview(int applicant) const {
    auto found =
        InterviewRepository(m_session->database()).forApplication(m_applications[applicant]);
    return found && found->size() == 1 ? found->constFirst() : Interview{};
}

Scorecard TestPanelJourney::cardOf(int applicant, RowId panelistId) const {
    auto cards =
        ScorecardRepository(m_session->database()).forApplication(m_applications[applicant]);
    for (const Scorecard& card : cards ? *cards : QList<Scorecard>{}) {
        if (card.panelistId == panelistId)
            return card;
    }
    return {};
}

std::optional<Decision> TestPanelJourney::decision() const {
    auto found = DecisionRepository(m_session->database()).forOpening(m_opening.id);
    return found ? *found : std::nullopt;
}

int TestPanelJourney::columnOf(const QAbstractItemModel* model, int applicant) {
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == kApplicants[applicant].name)
            return c;
    }
    return -1;
}

// ---------------------------------------------------------------- the journey

void TestPanelJourney::welcomePageLeadsToTheFirstOpening() {
    // An empty database: the welcome page, not three empty panes.
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("mainSplitter"))->isVisible());
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("welcomeState"))->text(),
             QStringLiteral("platform-team.sqlite has no openings yet."));
    QTRY_COMPARE(focused(), m_window->findChild<QWidget*>(QStringLiteral("welcomeNewOpening")));

    KeyboardUser::alt(Qt::Key_S); // &Set Up the First Opening…
    QDialog* setup = nullptr;
    QTRY_VERIFY((setup = shown<QDialog>("openingSetupDialog")));
    QVERIFY(KeyboardUser::becameActive(setup));
    QVERIFY(fitsScreen(setup));
    QCOMPARE(setup->windowTitle(), QStringLiteral("New Opening"));
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("openingTitleEdit"));
    KeyboardUser::type(focused(), QStringLiteral("Platform Engineer"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("openingTeamEdit"));
    KeyboardUser::type(focused(), QStringLiteral("Payments"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    KeyboardUser::type(focused(), kA.name); // the hiring manager leads the panel

    // &Rubric: General first; Software engineer two further down.
    KeyboardUser::alt(Qt::Key_R);
    auto* templates = setup->findChild<QComboBox*>(QStringLiteral("rubricTemplateCombo"));
    QTRY_COMPARE(focused(), static_cast<QWidget*>(templates));
    QTest::keyClick(templates, Qt::Key_Down);
    QTest::keyClick(templates, Qt::Key_Down);
    QCOMPARE(templates->currentText(), QStringLiteral("Template: Software engineer"));
    auto* rounds = setup->findChild<QListWidget*>(QStringLiteral("roundsList"));
    QCOMPARE(rounds->count(), 4);
    QCOMPARE(rounds->item(0)->text(), QStringLiteral("Technical screen"));

    // Pa&nel: two new panelists typed in, the first one leads.
    KeyboardUser::alt(Qt::Key_N);
    KeyboardUser::tabTo(setup->findChild<QWidget*>(QStringLiteral("newPanelistNameEdit")));
    for (const Person& person : {kA, kB}) {
        QCOMPARE(focused()->objectName(), QStringLiteral("newPanelistNameEdit"));
        KeyboardUser::type(focused(), person.name);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("newPanelistEmailEdit"));
        KeyboardUser::type(focused(), person.email);
        QTest::keyClick(focused(), Qt::Key_Return); // adds the panelist, not the opening
    }
    auto* panel = setup->findChild<QListWidget*>(QStringLiteral("panelList"));
    QCOMPARE(panel->count(), 2);
    QCOMPARE(setup->findChild<QComboBox*>(QStringLiteral("leadCombo"))->currentText(), kA.name);

    KeyboardUser::alt(Qt::Key_C); // &Create Opening
    QTRY_VERIFY(!shown<QDialog>("openingSetupDialog"));

    // Stored as typed, read back through the repositories.
    auto openings = OpeningRepository(m_session->database()).list();
    QVERIFY(openings.ok());
    QCOMPARE(openings->size(), 1);
    m_opening = openings->constFirst();
    QCOMPARE(m_opening.title, QStringLiteral("Platform Engineer"));
    QCOMPARE(m_opening.team, QStringLiteral("Payments"));
    QCOMPARE(m_opening.hiringManager, kA.name);
    QCOMPARE(m_opening.panel.size(), 2);
    QVERIFY(m_opening.panel.at(0).isLead);
    QVERIFY(!m_opening.panel.at(1).isLead);
    auto a = PanelistRepository(m_session->database()).get(m_opening.panel.at(0).panelistId);
    auto b = PanelistRepository(m_session->database()).get(m_opening.panel.at(1).panelistId);
    QVERIFY(a.ok() && b.ok());
    m_a = *a;
    m_b = *b;
    QCOMPARE(m_a.name, kA.name);
    QCOMPARE(m_a.email, kA.email);
    QCOMPARE(m_b.name, kB.name);
    QCOMPARE(m_b.email, kB.email);
    auto rubric = RubricRepository(m_session->database()).currentForOpening(m_opening.id);
    QVERIFY(rubric.ok() && rubric->has_value());
    m_rubric = **rubric;
    // Read as plain JSON, independently of the template parser.
    QFile json(QStringLiteral(":/debrief/rubrics/software-engineer.en.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray criteria = QJsonDocument::fromJson(json.readAll())[u"criteria"].toArray();
    QCOMPARE(m_rubric.criteria.size(), criteria.size());
    QCOMPARE(m_rubric.criteria.at(0).name, criteria.at(0)[u"name"].toString());
    QCOMPARE(m_rubric.criteria.at(1).name, criteria.at(1)[u"name"].toString());
    auto stored = InterviewRoundRepository(m_session->database()).forOpening(m_opening.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 4);
    QCOMPARE(stored->constFirst().criterionIds,
             (QList<RowId>{m_rubric.criteria.at(0).id, m_rubric.criteria.at(1).id}));

    // The welcome page made way for the panes, with the opening selected.
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("mainSplitter"))->isVisible());
    QCOMPARE(m_window->currentOpeningId(), m_opening.id);
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Create opening “Platform Engineer”"));
}

void TestPanelJourney::threeCandidatesAreAdded() {
    for (int i = Zoe; i <= Chloe; ++i) {
        chooseFromMenu("addCandidateAction"); // Opening › Add Candidate…
        QDialog* add = nullptr;
        QTRY_VERIFY((add = shown<QDialog>("addCandidateDialog")));
        QVERIFY(KeyboardUser::becameActive(add));
        QVERIFY(fitsScreen(add));
        QTRY_COMPARE(focused()->objectName(), QStringLiteral("candidateNameEdit"));
        KeyboardUser::type(focused(), kApplicants[i].name);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("candidateEmailEdit"));
        KeyboardUser::type(focused(), kApplicants[i].email);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!shown<QDialog>("addCandidateDialog"));
        QTRY_COMPARE(pane()->candidateName(), kApplicants[i].name);
    }
    auto applications = ApplicationRepository(m_session->database()).forOpening(m_opening.id);
    QVERIFY(applications.ok());
    QCOMPARE(applications->size(), 3);
    for (int i = Zoe; i <= Chloe; ++i) {
        const Application& a = applications->at(i);
        auto candidate = CandidateRepository(m_session->database()).get(a.candidateId);
        QVERIFY(candidate.ok());
        QCOMPARE(candidate->fullName, kApplicants[i].name);
        QCOMPARE(candidate->email, kApplicants[i].email);
        QCOMPARE(a.stage, PipelineStage::Applied);
        QCOMPARE(a.appliedOn, kToday);
        m_applications[i] = a.id;
    }
    QCOMPARE(
        m_window->findChild<QTableView*>(QStringLiteral("candidateTable"))->model()->rowCount(), 3);
}

void TestPanelJourney::interviewsAreScheduledAndInvitationsParse() {
    for (int i = Zoe; i <= Chloe; ++i) {
        const Applicant& who = kApplicants[i];
        selectCandidate(i);
        // The empty Interviews card says what to do; Alt+L does it.
        auto* empty = pane()->findChild<QLabel*>(QStringLiteral("interviewListEmpty"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No interviews yet")));
        KeyboardUser::alt(Qt::Key_L); // Schedu&le Interview…
        ScheduleInterviewDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = shown<ScheduleInterviewDialog>()));
        QVERIFY(KeyboardUser::becameActive(dialog));
        QVERIFY(fitsScreen(dialog));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Schedule Interview with %1").arg(who.name));
        auto* round = dialog->findChild<QComboBox*>(QStringLiteral("scheduleRoundCombo"));
        QCOMPARE(round->currentText(), QStringLiteral("Technical screen"));
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("scheduleDurationSpin"))->value(), 45);
        auto* panel = dialog->findChild<QListWidget*>(QStringLiteral("schedulePanelList"));
        QCOMPARE(panel->count(), 2);
        QCOMPARE(panel->item(0)->text(), QStringLiteral("%1 (lead)").arg(kA.name));
        QCOMPARE(panel->item(0)->checkState(), Qt::Checked);
        QCOMPARE(panel->item(1)->text(), kB.name);
        QCOMPARE(panel->item(1)->checkState(), Qt::Checked);
        // The next working day, Monday, at 10:00; the zone is named, with
        // the summer offset of that very day.
        auto* start = dialog->findChild<QDateTimeEdit*>(QStringLiteral("scheduleStartEdit"));
        QCOMPARE(start->date(), kInterviewDay);
        QCOMPARE(start->time(), QTime(10, 0));
        const QString zone =
            dialog->findChild<QLabel*>(QStringLiteral("scheduleZoneLabel"))->text();
        QVERIFY2(zone.contains(QStringLiteral("Europe/Berlin")), qPrintable(zone));

        // Tab from the round through the date's sections to the hour, the
        // minutes, then on to the location.
        QTRY_COMPARE(focused(), static_cast<QWidget*>(round));
        const auto toSection = [&](QDateTimeEdit::Section section) {
            for (int tabs = 0;
                 tabs < 8 && !(focused() == start && start->currentSection() == section); ++tabs)
                QTest::keyClick(focused(), Qt::Key_Tab);
            QVERIFY(focused() == start && start->currentSection() == section);
        };
        toSection(QDateTimeEdit::HourSection);
        KeyboardUser::type(start, who.local.toString(QStringLiteral("HH")));
        toSection(QDateTimeEdit::MinuteSection);
        KeyboardUser::type(start, who.local.toString(QStringLiteral("mm")));
        QCOMPARE(start->dateTime(), QDateTime(kInterviewDay, who.local));
        KeyboardUser::tabTo(dialog->findChild<QWidget*>(QStringLiteral("scheduleLocationEdit")), 6);
        KeyboardUser::type(focused(), QStringLiteral("Room 3.14, Hafenstraße 9"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!shown<ScheduleInterviewDialog>());

        Interview stored;
        QTRY_VERIFY((stored = interview(i)).id != kNoRow);
        QCOMPARE(stored.scheduledAt.toUTC(), who.utc);
        QCOMPARE(stored.durationMinutes, 45);
        QCOMPARE(stored.panelistIds, (QList<RowId>{m_a.id, m_b.id}));
        QCOMPARE(m_window->undoStack()->undoText(),
                 QStringLiteral("Schedule interview with %1").arg(who.name));

        // They are being interviewed: Sta&ge › Interview, from the keyboard.
        backToMainWindow();
        KeyboardUser::alt(Qt::Key_G);
        auto* stage = pane()->findChild<QComboBox*>(QStringLiteral("stageCombo"));
        QTRY_COMPARE(focused(), static_cast<QWidget*>(stage));
        QTest::keyClick(stage, Qt::Key_Down); // opens the list
        QTRY_VERIFY(stage->view()->isVisible());
        for (int step = 0; step < stage->count() &&
                           stage->view()->currentIndex().data().toString() != u"Interview";
             ++step)
            QTest::keyClick(stage->view(), Qt::Key_Down);
        QTest::keyClick(stage->view(), Qt::Key_Return);
        QTRY_COMPARE(application(i).stage, PipelineStage::Interview);

        // Save &Invitation (.ics)… from the card's Selected Interview button.
        backToMainWindow();
        auto* selected = pane()->findChild<QToolButton*>(QStringLiteral("selectedInterviewButton"));
        KeyboardUser::tabTo(selected);
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activePopupWidget());
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_I);
        });
        QTest::keyClick(selected, Qt::Key_Space);
        const QString ics = m_dir.filePath(QStringLiteral("interview-%1.ics").arg(i + 1));
        KeyboardUser::answerFileDialog(*m_window, "icsFileDialog", ics);
        QTRY_VERIFY(QFile::exists(ics));

        // Python's icalendar reads one VEVENT for the interview, in UTC.
        const QJsonObject parsed = test::readIcsWithPython(ics);
        QCOMPARE(parsed.value(u"components").toArray(), QJsonArray{QStringLiteral("VEVENT")});
        const QJsonArray events = parsed.value(u"events").toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.at(0).toObject();
        QCOMPARE(event.value(u"uid").toString(), stored.uuid.toString(QUuid::WithoutBraces));
        const QDateTime dtstart =
            QDateTime::fromString(event.value(u"dtstart").toString(), Qt::ISODate);
        QCOMPARE(dtstart.offsetFromUtc(), 0); // written in UTC
        QCOMPARE(dtstart, who.utc);
        QCOMPARE(QDateTime::fromString(event.value(u"dtend").toString(), Qt::ISODate),
                 who.utc.addSecs(45 * 60));
        QVERIFY(event.value(u"summary").toString().contains(who.name));
        QCOMPARE(event.value(u"location").toString(), QStringLiteral("Room 3.14, Hafenstraße 9"));
        QStringList attendees;
        for (const QJsonValue& attendee : event.value(u"attendees").toArray())
            attendees.append(attendee[u"name"].toString() + QStringLiteral(" <") +
                             attendee[u"address"].toString() + QLatin1Char('>'));
        attendees.sort();
        QCOMPARE(attendees, (QStringList{QStringLiteral("%1 <%2>").arg(kB.name, kB.email),
                                         QStringLiteral("%1 <%2>").arg(kA.name, kA.email)}));
        QVERIFY(parsed.value(u"lines")[u"each_line_utf8"].toBool());
    }
}

void TestPanelJourney::panelistAScoresAndSubmits() {
    for (int i = Zoe; i <= Chloe; ++i) {
        // Nobody said yet who scores on this computer: the first card asks.
        ScorecardEditor* editor = openScorecard(i, i == Zoe ? &kA : nullptr);
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("scorecardTitle"))->text(),
                 QStringLiteral("Scorecard: %1").arg(kApplicants[i].name));
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("scorecardSubtitle"))
                    ->text()
                    .contains(QStringLiteral("scored by %1").arg(kA.name)));
        const Card& card = kACards[i];
        fillCard(editor, card);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        if (card.codeQuality == 0) {
            // Code quality is part of this round: the editor asks; Enter submits.
            QMessageBox* question = nullptr;
            QTRY_VERIFY((question = editor->findChild<QMessageBox*>(
                             QStringLiteral("unassessedQuestion"))) &&
                        question->isVisible());
            QVERIFY2(question->text().contains(m_rubric.criteria.at(1).name),
                     qPrintable(question->text()));
            QTest::keyClick(question, Qt::Key_Return);
        }
        QTRY_VERIFY(editor->card().isSubmitted());
        closeEditor(editor);

        const Scorecard stored = cardOf(i, m_a.id);
        QVERIFY(stored.isSubmitted());
        QCOMPARE(stored.rating(m_rubric.criteria.at(0).id)->score,
                 std::optional<int>(card.problemSolving));
        QCOMPARE(stored.rating(m_rubric.criteria.at(0).id)->evidence, card.problemEvidence);
        QCOMPARE(stored.rating(m_rubric.criteria.at(1).id)->score,
                 card.codeQuality ? std::optional<int>(card.codeQuality) : std::nullopt);
        QCOMPARE(stored.keyTakeaways, card.takeaways);
        QCOMPARE(stored.recommendation,
                 std::optional(static_cast<Recommendation>(card.recommendation - Qt::Key_1)));
    }
}

void TestPanelJourney::panelistBSubmitsTwoAndDraftsZoe() {
    switchPanelist(kB);
    // B submits Łukasz's and Chloé's cards, so the views below have A's
    // scores to show for them: what B must not see is Zoë's alone.
    for (int i : {Lukasz, Chloe}) {
        ScorecardEditor* editor = openScorecard(i);
        QVERIFY(editor);
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("scorecardSubtitle"))
                    ->text()
                    .contains(QStringLiteral("scored by %1").arg(kB.name)));
        fillCard(editor, kBCards[i]);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(editor->card().isSubmitted());
        closeEditor(editor);
        QVERIFY(cardOf(i, m_b.id).isSubmitted());
    }
    // Zoë: a draft only, kept when the window closes.
    ScorecardEditor* editor = openScorecard(Zoe);
    QVERIFY(editor);
    fillCard(editor, kBCards[Zoe]);
    closeEditor(editor);
    Scorecard draft;
    QTRY_VERIFY((draft = cardOf(Zoe, m_b.id)).id != kNoRow);
    QVERIFY(!draft.isSubmitted());
    QCOMPARE(draft.rating(m_rubric.criteria.at(0).id)->score,
             std::optional<int>(kBCards[Zoe].problemSolving));
    QCOMPARE(draft.keyTakeaways, kBCards[Zoe].takeaways);
    QVERIFY(cardOf(Zoe, m_a.id).isSubmitted());
}

void TestPanelJourney::detailPaneHidesAsScoresFromB() {
    selectCandidate(Zoe);
    const Card& a = kACards[Zoe];
    auto* notice = pane()->findChild<QLabel*>(QStringLiteral("hiddenScoresNotice"));
    QTRY_VERIFY(notice && notice->isVisibleTo(pane()));
    // What is withheld and why, in lib/core's words.
    QCOMPARE(notice->text(),
             (WithheldScorecards{1, 1, WithheldScorecards::Reason::YoursOutstanding}.text()));
    QVERIFY(notice->text().contains(QStringLiteral("hidden until you submit yours")));
    const QString blind = test::ScoringFixture::allText(*pane());
    QVERIFY2(blind.contains(QStringLiteral("%1 · submitted, hidden").arg(kA.name)),
             qPrintable(blind));
    // B's own draft is there, A's card is not: no evidence, no takeaway,
    // no score, no recommendation.
    QVERIFY(blind.contains(kBCards[Zoe].problemEvidence));
    for (const QString& secret :
         {a.problemEvidence, a.codeEvidence, a.takeaways, paneScore(a.problemSolving),
          paneScore(a.codeQuality), QStringLiteral("Strong yes")})
        QVERIFY2(!blind.contains(secret), qPrintable(secret));

    // Łukasz, where B has submitted: A's card is there, in the same pane.
    selectCandidate(Lukasz);
    QTRY_VERIFY(test::ScoringFixture::allText(*pane()).contains(kACards[Lukasz].problemEvidence));
    QVERIFY(!pane()->findChild<QLabel*>(QStringLiteral("hiddenScoresNotice")));
}

void TestPanelJourney::compareHidesAsScoresFromB() {
    ComparisonView* view = openCompare(); // Opening › Compare &Finalists…
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel* model = view->model();
    QCOMPARE(model->columnCount(), 3);
    const int zoe = columnOf(model, Zoe);
    const int lukasz = columnOf(model, Lukasz);
    QVERIFY(zoe >= 0 && lukasz >= 0);
    // Every cell of Zoë's column says "hidden" and carries no score.
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, zoe).data().toString(), QStringLiteral("hidden"));
        QVERIFY(
            model->index(r, zoe).data(ComparisonModel::ScoresRole).value<QList<int>>().isEmpty());
    }
    const int total = model->rowCount() - 1;
    QCOMPARE(model->headerData(total, Qt::Vertical).toString(), QStringLiteral("Weighted total"));
    QVERIFY2(model->index(total, lukasz).data().toString().contains(kLukaszTotal),
             qPrintable(model->index(total, lukasz).data().toString()));
    // Łukasz's first criterion holds A's and B's submitted scores.
    QList<int> scores =
        model->index(0, lukasz).data(ComparisonModel::ScoresRole).value<QList<int>>();
    std::sort(scores.begin(), scores.end());
    QCOMPARE(scores, (QList<int>{kACards[Lukasz].problemSolving, kBCards[Lukasz].problemSolving}));

    auto* notice = view->findChild<QLabel*>(QStringLiteral("withheldNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->text(),
             (WithheldScorecards{1, 1, WithheldScorecards::Reason::YoursOutstanding}.text(
                 kApplicants[Zoe].name)));
    // Nor anywhere else in the window: not A's notes, not Zoë's total by A.
    const QString everything = test::ScoringFixture::allText(*view);
    for (const QString& secret : {kACards[Zoe].problemEvidence, kACards[Zoe].codeEvidence,
                                  kACards[Zoe].takeaways, kZoeTotalByAAlone})
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
    closeWindow(view);
}

void TestPanelJourney::comparisonPdfHidesAsScoresFromB() {
    chooseFromMenu("exportReportAction"); // File › E&xport Report…
    ReportExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = shown<ReportExportDialog>()));
    QVERIFY(KeyboardUser::becameActive(dialog));
    QVERIFY(fitsScreen(dialog));
    // The comparison comes first.
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("reportKindCombo"))->currentIndex(), 0);
    KeyboardUser::alt(Qt::Key_F); // &File:
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("reportFileEdit"));
    const QString pdf = m_dir.filePath(QStringLiteral("comparison-as-b.pdf"));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    KeyboardUser::type(focused(), pdf);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(pdf));
    QMessageBox* offer = nullptr;
    QTRY_VERIFY((offer = shown<QMessageBox>("reportWrittenOffer")));
    QTest::keyClick(offer, Qt::Key_Escape); // neither open it nor show the folder
    QTRY_VERIFY(!shown<QMessageBox>("reportWrittenOffer"));

    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("Scores as seen by %1").arg(kB.name)), qPrintable(text));
    // What is withheld, for whom and why.
    QVERIFY2(text.contains(WithheldScorecards{1, 1, WithheldScorecards::Reason::YoursOutstanding}
                               .text(kApplicants[Zoe].name)
                               .simplified()),
             qPrintable(text));
    // Zoë's cell in each criterion's row (her column comes first) and in the
    // totals says "hidden"; Łukasz's beside it has A's and B's scores.
    for (const Criterion& criterion : m_rubric.criteria) {
        const QString row =
            QStringLiteral("%1 %2 hidden ").arg(criterion.name).arg(criterion.weight, 0, 'f', 1);
        QVERIFY2(text.contains(row), qPrintable(row));
    }
    QVERIFY(text.contains(QStringLiteral("Problem solving 2.0 hidden 4.0 (4, 4)")));
    QVERIFY(text.contains(QStringLiteral("hidden %1 of 100").arg(kLukaszTotal)));
    // None of A's card for Zoë: no 5 (only A gave one), no total, no notes.
    for (const QString& secret :
         {QStringLiteral("(5"), kZoeTotalByAAlone, kACards[Zoe].problemEvidence,
          kACards[Zoe].codeEvidence, kACards[Zoe].takeaways})
        QVERIFY2(!text.contains(secret), qPrintable(secret));
}

void TestPanelJourney::compareCommandHidesAsScoresFromB() {
    const QStringList args{QStringLiteral("compare"),
                           QStringLiteral("--db"),
                           m_dbPath,
                           QStringLiteral("--opening"),
                           m_opening.uuid.toString(QUuid::WithoutBraces),
                           QStringLiteral("--as"),
                           m_b.uuid.toString(QUuid::WithoutBraces)};
    const CliRun json = runCli(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(document[u"viewer"][u"name"].toString(), kB.name);
    QJsonObject zoe;
    for (const QJsonValue& finalist : document[u"finalists"].toArray()) {
        if (finalist[u"name"].toString() == kApplicants[Zoe].name)
            zoe = finalist.toObject();
    }
    QVERIFY(!zoe.isEmpty());
    QCOMPARE(zoe[u"withheld"][u"reason"].toString(), QStringLiteral("yours-outstanding"));
    QCOMPARE(zoe[u"withheld"][u"hidden"].toInt(), 1);
    QVERIFY(zoe[u"withheld"][u"note"].toString().contains(
        QStringLiteral("hidden until you submit yours")));
    QCOMPARE(zoe[u"scorecards"].toInt(), 0);
    QVERIFY(zoe[u"total"][u"points"].isNull());
    for (const QJsonValue& criterion : zoe[u"criteria"].toArray())
        QCOMPARE(criterion[u"count"].toInt(), 0);
    for (const QString& secret :
         {kACards[Zoe].problemEvidence, kACards[Zoe].codeEvidence, kACards[Zoe].takeaways})
        QVERIFY2(!json.out.contains(secret), qPrintable(secret));

    // Łukasz's total is there, computed from both cards.
    for (const QJsonValue& finalist : document[u"finalists"].toArray()) {
        if (finalist[u"name"].toString() == kApplicants[Lukasz].name)
            QCOMPARE(QString::number(finalist[u"total"][u"points"].toDouble(), 'f', 1),
                     kLukaszTotal);
    }

    const CliRun text = runCli(args);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(
        text.out.contains(QStringLiteral("Blind scoring: the scores as seen by %1.").arg(kB.name)),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("  %1: 1 of 1 scorecard").arg(kApplicants[Zoe].name)),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("hidden until you submit yours")));
    // Zoë's row of the totals and her cells per criterion hold no number.
    const auto rowOf = [&text](const QString& section, const QString& start) {
        return text.out.section(section, 1, 1)
            .section(start, 1, 1)
            .section(QLatin1Char('\n'), 0, 0)
            .simplified();
    };
    const QString totals = rowOf(QStringLiteral("Weighted totals"), kApplicants[Zoe].name);
    QVERIFY2(totals.startsWith(QStringLiteral("– – 0 0/0/0/0/0")), qPrintable(totals));
    for (const QString& criterion : {m_rubric.criteria.at(0).name, m_rubric.criteria.at(1).name}) {
        const QString row = rowOf(QStringLiteral("Per criterion"), criterion);
        QVERIFY2(row.section(QStringLiteral(") "), 1).startsWith(QStringLiteral("– ±– (n=0)")),
                 qPrintable(row));
    }
    QVERIFY(rowOf(QStringLiteral("Weighted totals"), kApplicants[Lukasz].name)
                .startsWith(kLukaszTotal));
    for (const QString& secret :
         {kZoeTotalByAAlone, QStringLiteral("5.00"), kACards[Zoe].problemEvidence,
          kACards[Zoe].codeEvidence, kACards[Zoe].takeaways})
        QVERIFY2(!text.out.contains(secret), qPrintable(secret));
}

void TestPanelJourney::panelistBSubmitsZoeAndCompareShowsBoth() {
    ScorecardEditor* editor = openScorecard(Zoe);
    QVERIFY(editor);
    // The draft is as B left it.
    QCOMPARE(editor->card().rating(m_rubric.criteria.at(0).id)->score,
             std::optional<int>(kBCards[Zoe].problemSolving));
    QTRY_COMPARE(focused(), editor->findChild<QWidget*>(QStringLiteral("scorePicker0")));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(editor->card().isSubmitted());
    // Submitted: A's card on Zoë comes in, under B's own.
    auto* colleagues = editor->findChild<QLabel*>(QStringLiteral("colleagueScorecards"));
    QTRY_VERIFY(colleagues->text().contains(kACards[Zoe].problemEvidence.toHtmlEscaped()));
    closeEditor(editor);
    QVERIFY(cardOf(Zoe, m_b.id).isSubmitted());

    ComparisonView* view = openCompare();
    QVERIFY(view);
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("withheldNotice"))->isHidden());
    const QAbstractItemModel* model = view->model();
    for (int i = Zoe; i <= Chloe; ++i) {
        const int column = columnOf(model, i);
        QVERIFY(column >= 0);
        QList<int> first =
            model->index(0, column).data(ComparisonModel::ScoresRole).value<QList<int>>();
        std::sort(first.begin(), first.end());
        QList<int> expected{kACards[i].problemSolving, kBCards[i].problemSolving};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(first, expected);
        QVERIFY(model->index(0, column).data().toString() != u"hidden");
    }
    const int total = model->rowCount() - 1;
    QVERIFY2(model->index(total, columnOf(model, Zoe)).data().toString().contains(kZoeTotal),
             qPrintable(model->index(total, columnOf(model, Zoe)).data().toString()));
    QVERIFY(model->index(total, columnOf(model, Lukasz)).data().toString().contains(kLukaszTotal));
    closeWindow(view);
}

void TestPanelJourney::leadRecordsTheDecision() {
    // Only the lead records: A again at this computer.
    switchPanelist(kA);
    chooseFromMenu("recordDecisionAction"); // Decision › Record Decision…
    DecisionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = shown<DecisionDialog>()));
    QVERIFY(KeyboardUser::becameActive(dialog));
    QVERIFY(fitsScreen(dialog));
    QCOMPARE(dialog->mode(), DecisionDialog::Mode::Record);
    QVERIFY(!dialog->isReadOnly());
    // The finalists, oldest application first.
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("finalistRoleTable"));
    QCOMPARE(table->rowCount(), 3);
    for (int i = Zoe; i <= Chloe; ++i)
        QCOMPARE(table->item(i, 0)->text(), kApplicants[i].name);

    // &Finalists, then Tab through the roles. Items: Not selected, Chosen, Runner-up.
    KeyboardUser::alt(Qt::Key_F);
    QTRY_COMPARE(focused(), static_cast<QWidget*>(table));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("roleCombo0"));
    QTest::keyClick(focused(), Qt::Key_Down); // Zoë: chosen
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("roleCombo1"));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down); // Łukasz: runner-up, first in line
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("rankSpin1"));
    QCOMPARE(qobject_cast<QSpinBox*>(focused())->value(), 1);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("talentPoolCheck1"));
    QTest::keyClick(focused(), Qt::Key_Space); // we would hire him for another role
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("roleCombo2"));
    QCOMPARE(qobject_cast<QComboBox*>(focused())->currentText(), QStringLiteral("Not selected"));

    // Deciding cr&iteria: the first (Problem solving); Ra&tionale.
    KeyboardUser::alt(Qt::Key_I);
    auto* criteria = dialog->findChild<QListWidget*>(QStringLiteral("decidingCriteriaList"));
    QTRY_COMPARE(focused(), static_cast<QWidget*>(criteria));
    QCOMPARE(criteria->currentRow(), 0);
    QTest::keyClick(criteria, Qt::Key_Space);
    QCOMPARE(criteria->item(0)->checkState(), Qt::Checked);
    KeyboardUser::alt(Qt::Key_T);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("rationaleEdit"));
    const QString rationale = QStringLiteral("Zoë's plan for the ledger was the clearest; Łukasz "
                                             "is a close second.");
    KeyboardUser::type(focused(), rationale);

    // Before saving: what recording does to each of them, in plain words.
    auto* plan = dialog->findChild<QListWidget*>(QStringLiteral("plannedChanges"));
    QStringList lines;
    for (int i = 0; i < plan->count(); ++i)
        lines.append(plan->item(i)->text());
    QCOMPARE(lines.size(), 4);
    QCOMPARE(
        lines.mid(0, 3),
        (QStringList{QStringLiteral("Zoë Brandt: chosen, Interview → Offer"),
                     QStringLiteral("Łukasz Nowak: runner-up 1, on hold (stays in Interview)"),
                     QStringLiteral("Chloé Martin: finalist not selected, Interview → Rejected")}));
    // English plurals come from the translation file the integrator updates.
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("1 candidate")), qPrintable(lines.at(3)));
    QCOMPARE(application(Chloe).stage, PipelineStage::Interview); // nothing saved yet

    // Tab off the rationale; Enter records.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("shareableCheck"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!shown<DecisionDialog>());

    const std::optional<Decision> recorded = decision();
    QVERIFY(recorded.has_value());
    QCOMPARE(recorded->decidedBy, m_a.id);
    QCOMPARE(recorded->rationale, rationale);
    QCOMPARE(recorded->decidingCriterionIds, QList<RowId>{m_rubric.criteria.at(0).id});
    QList<DecisionOutcome> outcomes = recorded->outcomes;
    std::sort(outcomes.begin(), outcomes.end(),
              [](const auto& x, const auto& y) { return x.applicationId < y.applicationId; });
    QCOMPARE(outcomes,
             (QList<DecisionOutcome>{{m_applications[Zoe], DecisionRole::Chosen, 0},
                                     {m_applications[Lukasz], DecisionRole::RunnerUp, 1},
                                     {m_applications[Chloe], DecisionRole::NotSelected, 0}}));
    QCOMPARE(application(Zoe).stage, PipelineStage::Offer);
    QCOMPARE(application(Lukasz).stage, PipelineStage::Interview);
    QVERIFY(application(Lukasz).onHold);
    QVERIFY(application(Lukasz).talentPool);
    QCOMPARE(application(Chloe).stage, PipelineStage::Rejected);

    // Opening › R&ejection Drafts…: Chloé's answer is ready, Łukasz's held.
    chooseFromMenu("rejectionDraftsAction");
    QTRY_VERIFY((m_drafts = shown<RejectionDraftsView>()));
    QCOMPARE(test::DraftsTree::names(m_drafts->tree(), DraftGroup::Ready),
             QStringList{kApplicants[Chloe].name});
    QCOMPARE(test::DraftsTree::names(m_drafts->tree(), DraftGroup::Held),
             QStringList{kApplicants[Lukasz].name});
    QCOMPARE(test::DraftsTree::names(m_drafts->tree(), DraftGroup::Offer),
             QStringList{kApplicants[Zoe].name});
    QVERIFY(test::DraftsTree::names(m_drafts->tree(), DraftGroup::Sent).isEmpty());
}

void TestPanelJourney::offerDeclinedMovesTheRunnerUpForward() {
    chooseFromMenu("offerDeclinedAction"); // Decision › Offer D&eclined / Hire Fell Through…
    QDialog* declined = nullptr;
    QTRY_VERIFY((declined = shown<QDialog>("offerDeclinedDialog")));
    QVERIFY(KeyboardUser::becameActive(declined));
    QVERIFY(fitsScreen(declined));
    QCOMPARE(declined->findChild<QComboBox*>(QStringLiteral("offerCandidateCombo"))->currentText(),
             kApplicants[Zoe].name);
    const QString note = declined->findChild<QLabel*>(QStringLiteral("offerOutcomeNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("%1, the first runner-up").arg(kApplicants[Lukasz].name)),
             qPrintable(note));
    KeyboardUser::alt(Qt::Key_R); // &Reason:
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("declineReasonEdit"));
    KeyboardUser::type(focused(), QStringLiteral("Accepted a counter-offer from her employer."));
    KeyboardUser::alt(Qt::Key_D); // Record &Declined Offer
    QTRY_VERIFY(!shown<QDialog>("offerDeclinedDialog"));

    // Łukasz is the chosen candidate now, off hold, at Offer; Zoë is not.
    QTRY_COMPARE(application(Lukasz).stage, PipelineStage::Offer);
    QVERIFY(!application(Lukasz).onHold);
    QCOMPARE(application(Zoe).stage, PipelineStage::Withdrawn);
    const std::optional<Decision> now = decision();
    QVERIFY(now.has_value());
    for (const DecisionOutcome& outcome : now->outcomes) {
        if (outcome.applicationId == m_applications[Lukasz])
            QCOMPARE(outcome.role, DecisionRole::Chosen);
        else
            QVERIFY(outcome.role != DecisionRole::Chosen);
    }
    QCOMPARE(application(Chloe).stage, PipelineStage::Rejected);

    // The drafts follow: Łukasz's offer letter, nobody held.
    chooseFromMenu("rejectionDraftsAction");
    QTRY_COMPARE(test::DraftsTree::names(m_drafts->tree(), DraftGroup::Offer),
                 QStringList{kApplicants[Lukasz].name});
    QVERIFY(test::DraftsTree::names(m_drafts->tree(), DraftGroup::Held).isEmpty());
    QVERIFY(test::DraftsTree::names(m_drafts->tree(), DraftGroup::Ready)
                .contains(kApplicants[Chloe].name));
}

void TestPanelJourney::theLastMessageGoesOut() {
    // In Rejection Drafts: the arrow keys to Chloé's answer, Enter opens it.
    QVERIFY(m_drafts);
    m_drafts->activateWindow();
    QVERIFY(KeyboardUser::becameActive(m_drafts));
    QVERIFY(fitsScreen(m_drafts));
    QTreeWidget* tree = m_drafts->tree();
    QTRY_COMPARE(focused(), static_cast<QWidget*>(tree));
    QTreeWidgetItem* chloe =
        test::DraftsTree::row(tree, DraftGroup::Ready, kApplicants[Chloe].name);
    QVERIFY(chloe);
    QTest::keyClick(tree, Qt::Key_Home);
    for (int i = 0; i < 12 && tree->currentItem() != chloe; ++i)
        QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentItem(), chloe);
    QTest::keyClick(tree, Qt::Key_Return);
    DraftEditor* editor = nullptr;
    QTRY_VERIFY((editor = shown<DraftEditor>()));
    QVERIFY(KeyboardUser::becameActive(editor));
    QVERIFY(fitsScreen(editor));
    QVERIFY2(editor->windowTitle().startsWith(
                 QStringLiteral("Rejection for %1").arg(kApplicants[Chloe].name)),
             qPrintable(editor->windowTitle()));
    QVERIFY(editor->findings().isEmpty()); // nothing for the tone check to flag
    const QString subject = editor->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text();
    const QString body =
        editor->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"))->toPlainText();
    QVERIFY(body.contains(QStringLiteral("Chloé")));

    // Save as .&eml…, and Python's e-mail package reads it back.
    KeyboardUser::alt(Qt::Key_E);
    const QString eml = m_dir.filePath(QStringLiteral("chloe-martin.eml"));
    KeyboardUser::answerFileDialog(*m_window, "emlFileDialog", eml);
    QTRY_VERIFY(QFile::exists(eml));
    const QJsonObject parsed = readEmlWithPython(eml);
    QCOMPARE(parsed.value(u"subject").toString(), subject);
    const QJsonArray to = parsed.value(u"to_addresses").toArray();
    QCOMPARE(to.size(), 1);
    QCOMPARE(to.at(0)[u"address"].toString(), kApplicants[Chloe].email);
    QCOMPARE(to.at(0)[u"name"].toString(), kApplicants[Chloe].name);
    QVERIFY(parsed.value(u"defects").toArray().isEmpty());
    // The body as sent: line ends aside, what the editor showed.
    QString plain = parsed.value(u"plain").toString();
    plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(plain.trimmed(), body.trimmed());

    // Mark as Se&nt…: by e-mail, Enter.
    editor->activateWindow(); // back from the file dialog
    QVERIFY(KeyboardUser::becameActive(editor));
    KeyboardUser::alt(Qt::Key_N);
    QDialog* sent = nullptr;
    QTRY_VERIFY((sent = shown<QDialog>("markSentDialog")));
    QVERIFY(KeyboardUser::becameActive(sent));
    QVERIFY(fitsScreen(sent));
    QCOMPARE(sent->findChild<QComboBox*>(QStringLiteral("sentChannelCombo"))->currentText(),
             QStringLiteral("E-mail"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!shown<QDialog>("markSentDialog"));

    // The communication log has both, the sent answer last.
    QStringList summaries;
    QTRY_VERIFY([&] {
        auto log =
            CommunicationRepository(m_session->database()).forApplication(m_applications[Chloe]);
        summaries.clear();
        for (const CommunicationEntry& entry : log ? *log : QList<CommunicationEntry>{})
            summaries.append(entry.summary);
        return summaries.size() == 2;
    }());
    QVERIFY2(summaries.at(0).startsWith(QStringLiteral("Saved the message “%1”").arg(subject)),
             qPrintable(summaries.at(0)));
    QCOMPARE(summaries.at(1), QStringLiteral("Sent the rejection “%1”.").arg(subject));
    auto log = CommunicationRepository(m_session->database()).forApplication(m_applications[Chloe]);
    QCOMPARE(log->constLast().channel, CommunicationChannel::Email);
    QCOMPARE(log->constLast().author, kA.name);
    QTRY_COMPARE(test::DraftsTree::names(tree, DraftGroup::Sent),
                 QStringList{kApplicants[Chloe].name});
    closeWindow(editor);
    closeWindow(m_drafts);

    // …and so does Chloé's Messages tab in the main window.
    selectCandidate(Chloe);
    auto* tabs = pane()->findChild<QTabWidget*>(QStringLiteral("candidateDetailTabs"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("&Messages (2)"));
    QVERIFY(test::ScoringFixture::allText(*pane()).contains(summaries.at(1)));
}

QTEST_MAIN(TestPanelJourney)
#include "tst_panel_journey.moc"
