#include "CandidateDetailPane.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScoringFixture.h"
#include "scorecard/CurrentPanelist.h"
#include "scorecard/InterviewScoresPanel.h"
#include "scorecard/ScorecardEditor.h"
#include "scorecard/ScorecardMenu.h"

#include "rubric/RubricVersioning.h"
#include "scoring/WithheldScorecards.h"
#include "settings/Settings.h"
#include "storage/AuditRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>

using namespace debrief;

namespace {
const QString kSecretEvidence = QStringLiteral("Sam's private evidence");
const QString kSecretTakeaway = QStringLiteral("Sam's private takeaway");
// Sam scores System design 4 of 5 and recommends "strong yes" (key 4).
const QString kSecretScore = QStringLiteral("4 / 5");
const QString kSecretRecommendation = QStringLiteral("Strong yes");
} // namespace

/// Blind scoring as panelists see it: the real editor and the real main
/// window over a real database, checked by the texts on screen.
class TestBlindScoringGui : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editorHidesOthersUntilOwnSubmitted();
    void detailPaneHidesScoresUntilOwnSubmitted();
    void leadRevealShowsScoresToNonSubmitters();
    void outsiderIsNotToldToSubmit();
    void asksWhoIsScoringOncePerDatabase();
    void viewsNameTheRubricVersion();

private:
    void score(ScorecardEditor& editor, Qt::Key design, const QString& evidence,
               Qt::Key recommendation, const QString& takeaways);
    void openWindow();
    void switchTo(const QString& name);
    void scoreInWindow(Qt::Key design, const QString& evidence, Qt::Key recommendation,
                       const QString& takeaways);
    CandidateDetailPane* pane() const;
    QString paneText() const { return test::ScoringFixture::allText(*pane()); }
    QLabel* hiddenNotice() const;
    QString scoringAs() const;
    bool revealed();

    std::unique_ptr<test::ScoringFixture> m_fixture;
    test::ScoringSample m_sample;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestBlindScoringGui::init() {
    m_fixture = std::make_unique<test::ScoringFixture>();
    const QString failure = m_fixture->setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_sample = m_fixture->sample;
    m_settings = std::make_unique<Settings>(m_fixture->settingsPath());
}

void TestBlindScoringGui::cleanup() {
    m_window.reset();
    m_settings.reset();
    m_fixture.reset();
}

void TestBlindScoringGui::score(ScorecardEditor& editor, Qt::Key design, const QString& evidence,
                                Qt::Key recommendation, const QString& takeaways) {
    QTest::keyClick(editor.findChild<QWidget*>(QStringLiteral("scorePicker0")), design);
    QTest::keyClicks(editor.findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit0")), evidence);
    QTest::keyClick(editor.findChild<QWidget*>(QStringLiteral("recommendationPicker")),
                    recommendation);
    QTest::keyClicks(editor.findChild<QPlainTextEdit*>(QStringLiteral("takeawaysEdit")), takeaways);
    QVERIFY(editor.submitCard());
}

void TestBlindScoringGui::openWindow() {
    m_window = std::make_unique<MainWindow>(m_fixture->session(), *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectDebriefOpening();
    m_window->selectCandidateRow(0);
    QCOMPARE(pane()->candidateName(), QStringLiteral("Alice Adams"));
}

/// File › Switch Panelist…, answered as a user would.
void TestBlindScoringGui::switchTo(const QString& name) {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("switchPanelistAction"));
    QVERIFY(action);
    action->trigger();
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QInputDialog*>(
                     QStringLiteral("choosePanelistDialog"))) != nullptr &&
                dialog->isVisible());
    QVERIFY(dialog->comboBoxItems().contains(name));
    dialog->setTextValue(name);
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<QInputDialog*>(QStringLiteral("choosePanelistDialog")));
    QCOMPARE(scoringAs(), QStringLiteral("Scoring as %1").arg(name));
}

/// Opens the current panelist's scorecard with Enter on the interview and
/// fills it with the keyboard alone: digits, Tab, typing, Ctrl+Return.
void TestBlindScoringGui::scoreInWindow(Qt::Key design, const QString& evidence,
                                        Qt::Key recommendation, const QString& takeaways) {
    auto* interviews = pane()->findChild<QListWidget*>(QStringLiteral("interviewList"));
    QVERIFY(interviews);
    QCOMPARE(interviews->currentRow(), 0);
    QTest::keyClick(interviews, Qt::Key_Return);
    ScorecardEditor* editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<ScorecardEditor*>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    editor->activateWindow();
    auto focused = [] {
        return QApplication::focusWidget();
    };
    QTRY_COMPARE(focused(), editor->findChild<QWidget*>(QStringLiteral("scorePicker0")));
    QTest::keyClick(focused(), design);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), evidence);
    QTest::keyClick(focused(), Qt::Key_Tab); // Communication: left unscored
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("recommendationPicker"));
    QTest::keyClick(focused(), recommendation);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), takeaways);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    // Communication was left "not assessed": the editor asks; Enter submits.
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = editor->findChild<QMessageBox*>(
                     QStringLiteral("unassessedQuestion"))) != nullptr &&
                question->isVisible());
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(editor->card().isSubmitted());
    editor->close(); // deletes itself
    QTRY_VERIFY(!m_window->findChild<ScorecardEditor*>());
}

CandidateDetailPane* TestBlindScoringGui::pane() const {
    return m_window->findChild<CandidateDetailPane*>();
}

QLabel* TestBlindScoringGui::hiddenNotice() const {
    return pane()->findChild<QLabel*>(QStringLiteral("hiddenScoresNotice"));
}

QString TestBlindScoringGui::scoringAs() const {
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("currentPanelistLabel"));
    return label ? label->text() : QString();
}

bool TestBlindScoringGui::revealed() {
    return OpeningRepository(m_fixture->session().database()).get(m_sample.opening)->scoresRevealed;
}

void TestBlindScoringGui::editorHidesOthersUntilOwnSubmitted() {
    QString failure;
    auto sam = m_fixture->openEditor(m_sample.sam, &failure);
    QVERIFY2(sam, qPrintable(failure));
    score(*sam, Qt::Key_4, kSecretEvidence, Qt::Key_4, kSecretTakeaway);
    sam.reset();

    auto kim = m_fixture->openEditor(m_sample.kim);
    auto* colleagues = kim->findChild<QLabel*>(QStringLiteral("colleagueScorecards"));
    QVERIFY(colleagues);
    QVERIFY2(colleagues->text().contains(QStringLiteral("hidden until you submit yours")),
             qPrintable(colleagues->text()));
    QVERIFY(!test::ScoringFixture::allText(*kim).contains(kSecretEvidence));
    QVERIFY(!test::ScoringFixture::allText(*kim).contains(kSecretTakeaway));
    // The recommendation options are on screen; Sam's choice must not be.
    QVERIFY(!colleagues->text().contains(kSecretRecommendation));

    score(*kim, Qt::Key_3, QStringLiteral("Solid"), Qt::Key_3, QStringLiteral("Fine"));
    QVERIFY2(colleagues->text().contains(kSecretEvidence.toHtmlEscaped()),
             qPrintable(colleagues->text()));
    QVERIFY(colleagues->text().contains(QStringLiteral("Sam Ortiz")));
    QVERIFY(colleagues->text().contains(kSecretRecommendation));
    QVERIFY(!colleagues->text().contains(QStringLiteral("hidden")));
}

void TestBlindScoringGui::detailPaneHidesScoresUntilOwnSubmitted() {
    openWindow();
    switchTo(QStringLiteral("Sam Ortiz"));
    scoreInWindow(Qt::Key_4, kSecretEvidence, Qt::Key_4, kSecretTakeaway);
    // Sam sees his own card in the pane.
    QTRY_VERIFY(paneText().contains(kSecretEvidence));
    QVERIFY(paneText().contains(kSecretScore));

    switchTo(QStringLiteral("Kim Novak"));
    QVERIFY(hiddenNotice());
    QVERIFY(hiddenNotice()->isVisibleTo(pane()));
    // Worded in lib/core: what is hidden and why, for a panelist who owes a card.
    QCOMPARE(hiddenNotice()->text(),
             (WithheldScorecards{1, 1, WithheldScorecards::Reason::YoursOutstanding}.text()));
    QVERIFY(hiddenNotice()->text().contains(QStringLiteral("hidden until you submit yours")));
    const QString blind = paneText();
    QVERIFY(blind.contains(QStringLiteral("Sam Ortiz · submitted, hidden")));
    for (const QString& secret :
         {kSecretEvidence, kSecretTakeaway, kSecretScore, kSecretRecommendation})
        QVERIFY2(!blind.contains(secret), qPrintable(secret));

    scoreInWindow(Qt::Key_2, QStringLiteral("Kim's evidence"), Qt::Key_2,
                  QStringLiteral("Kim's takeaway"));
    QTRY_VERIFY(paneText().contains(kSecretEvidence));
    QVERIFY(!hiddenNotice());
    const QString seen = paneText();
    for (const QString& secret :
         {kSecretTakeaway, kSecretScore, kSecretRecommendation, QStringLiteral("Kim's takeaway")})
        QVERIFY2(seen.contains(secret), qPrintable(secret));
}

void TestBlindScoringGui::leadRevealShowsScoresToNonSubmitters() {
    openWindow();
    switchTo(QStringLiteral("Sam Ortiz"));
    scoreInWindow(Qt::Key_4, kSecretEvidence, Qt::Key_4, kSecretTakeaway);

    // Kim is not the lead: the reveal is not hers to make.
    switchTo(QStringLiteral("Kim Novak"));
    auto* reveal = m_window->findChild<QAction*>(QStringLiteral("revealScoresAction"));
    QVERIFY(reveal);
    QVERIFY(!reveal->isEnabled());
    reveal->trigger();
    QVERIFY(!revealed());
    QVERIFY(hiddenNotice());

    switchTo(QStringLiteral("Pat Lee"));
    QVERIFY(reveal->isEnabled());
    reveal->trigger();
    QVERIFY(revealed());
    QVERIFY(!reveal->isEnabled()); // once is enough
    auto opening = OpeningRepository(m_fixture->session().database()).get(m_sample.opening);
    auto audit = AuditRepository(m_fixture->session().database())
                     .forEntity(QStringLiteral("opening"), opening->uuid);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().actor, QStringLiteral("Pat Lee"));
    QCOMPARE(audit->first().newValue, QStringLiteral("true"));

    // Kim still has not submitted, and now sees Sam's card.
    switchTo(QStringLiteral("Kim Novak"));
    QTRY_VERIFY(paneText().contains(kSecretEvidence));
    QVERIFY(!hiddenNotice());
    QVERIFY(paneText().contains(kSecretRecommendation));
    QVERIFY(paneText().contains(QStringLiteral("Kim Novak (you) · not started")));
}

// A panelist who sits on no interview of the candidate has nothing of their
// own to submit: the pane says they wait for the panel (or the lead's
// reveal), never "submit yours", and shows none of the scores until then.
void TestBlindScoringGui::outsiderIsNotToldToSubmit() {
    Panelist olu{kNoRow, {}, QStringLiteral("Olu Ade"), {}, {}, {}};
    QVERIFY(PanelistRepository(m_fixture->session().database()).insert(olu).ok());
    QString failure;
    auto sam = m_fixture->openEditor(m_sample.sam, &failure);
    QVERIFY2(sam, qPrintable(failure));
    score(*sam, Qt::Key_4, kSecretEvidence, Qt::Key_4, kSecretTakeaway);
    sam.reset();

    CandidateDetailPane detail(m_fixture->session());
    detail.interviewScores()->setViewer([&olu] { return olu.id; });
    QVERIFY(detail.showApplication(m_sample.application).ok());
    auto* notice = detail.findChild<QLabel*>(QStringLiteral("hiddenScoresNotice"));
    QVERIFY(notice);
    QCOMPARE(notice->text(),
             (WithheldScorecards{1, 1, WithheldScorecards::Reason::PanelOutstanding}.text()));
    QVERIFY(notice->text().contains(QStringLiteral("until every panelist has submitted")));
    QVERIFY(!notice->text().contains(QStringLiteral("submit yours")));
    const QString blind = test::ScoringFixture::allText(detail);
    for (const QString& secret :
         {kSecretEvidence, kSecretTakeaway, kSecretScore, kSecretRecommendation})
        QVERIFY2(!blind.contains(secret), qPrintable(secret));
}

void TestBlindScoringGui::asksWhoIsScoringOncePerDatabase() {
    openWindow();
    // Tests and screenshots are never asked; the default is the panel lead.
    QVERIFY(!m_window->findChild<QInputDialog*>(QStringLiteral("choosePanelistDialog")));
    QCOMPARE(scoringAs(), QStringLiteral("Scoring as Pat Lee"));

    auto answer = [this](const QString& name) {
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QInputDialog*>(
                         QStringLiteral("choosePanelistDialog"))) != nullptr);
        // Window-modal through open(): the window carries on without waiting.
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        dialog->setTextValue(name);
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<QInputDialog*>(QStringLiteral("choosePanelistDialog")));
    };
    ScorecardMenu* scoring = ScorecardMenu::of(m_window.get());
    QVERIFY(scoring);
    scoring->askWhoIsScoring(); // what the application does at start
    answer(QStringLiteral("Kim Novak"));
    QCOMPARE(scoringAs(), QStringLiteral("Scoring as Kim Novak"));
    QCOMPARE(CurrentPanelist::remembered(m_fixture->session(), *m_settings), m_sample.kim);

    // Remembered: no second question for this database.
    scoring->askWhoIsScoring();
    QTest::qWait(20);
    QVERIFY(!m_window->findChild<QInputDialog*>(QStringLiteral("choosePanelistDialog")));

    // Another database with panelists of its own asks again, and each
    // database keeps its own answer.
    const QString other = m_fixture->makeOtherDatabase(QStringLiteral("other.sqlite"));
    QVERIFY(!other.isEmpty());
    QVERIFY(m_window->openDatabase(other));
    answer(QStringLiteral("Sam Ortiz"));
    QCOMPARE(scoringAs(), QStringLiteral("Scoring as Sam Ortiz"));
    QVERIFY(m_window->openDatabase(m_fixture->databasePath()));
    QTest::qWait(20);
    QVERIFY(!m_window->findChild<QInputDialog*>(QStringLiteral("choosePanelistDialog")));
    QCOMPARE(scoringAs(), QStringLiteral("Scoring as Kim Novak"));
    // …and the settings file holds both answers for the next start.
    QCOMPARE(Settings(m_fixture->settingsPath()).scoringPanelistUuids().size(), 2);
}

void TestBlindScoringGui::viewsNameTheRubricVersion() {
    QString failure;
    auto pat = m_fixture->openEditor(m_sample.lead, &failure);
    QVERIFY2(pat, qPrintable(failure));
    score(*pat, Qt::Key_5, QStringLiteral("Pat on version 1"), Qt::Key_4, QString());
    pat.reset();

    // Editing a rubric someone submitted against makes version 2.
    Database& db = m_fixture->session().database();
    auto current = RubricRepository(db).currentForOpening(m_sample.opening);
    QVERIFY(current && *current);
    Rubric edited = **current;
    edited.criteria[0].description = QStringLiteral("Reworded after the first interviews.");
    auto saved = RubricVersioning(db).save(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->rubric.version, 2);

    auto sam = m_fixture->openEditor(m_sample.sam);
    QCOMPARE(sam->findChild<QLabel*>(QStringLiteral("rubricVersionLabel"))->text(),
             QStringLiteral("Rubric v2"));
    score(*sam, Qt::Key_3, QStringLiteral("Sam on version 2"), Qt::Key_3, QString());
    sam.reset();
    // Pat's card stays on the version it was scored against.
    pat = m_fixture->openEditor(m_sample.lead);
    QCOMPARE(pat->findChild<QLabel*>(QStringLiteral("rubricVersionLabel"))->text(),
             QStringLiteral("Rubric v1"));
    pat.reset();

    // Both submitted: Sam sees both cards, each with its version.
    CandidateDetailPane detail(m_fixture->session());
    detail.interviewScores()->setViewer([this] { return m_sample.sam; });
    QVERIFY(detail.showApplication(m_sample.application).ok());
    auto* line = detail.findChild<QLabel*>(QStringLiteral("scoresRubricVersion"));
    QVERIFY(line);
    QCOMPARE(
        line->text(),
        QStringLiteral("Scored against different rubric versions (1, 2): each card says which."));
    const QString text = test::ScoringFixture::allText(detail);
    QVERIFY(text.contains(QStringLiteral("Pat Lee · Strong yes · rubric v1")));
    QVERIFY(text.contains(QStringLiteral("Sam Ortiz (you) · Yes · rubric v2")));
}

QTEST_MAIN(TestBlindScoringGui)
#include "tst_blindscoring_gui.moc"
