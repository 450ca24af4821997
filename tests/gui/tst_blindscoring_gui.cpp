#include "DatabaseSession.h"
#include "ScoringSample.h"
#include "scorecard/PanelScoreReveal.h"
#include "scorecard/ScorecardEditor.h"

#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {
const QString kSecretEvidence = QStringLiteral("Pat's private evidence");
const QString kSecretTakeaway = QStringLiteral("Pat's private takeaway");
} // namespace

/// Blind scoring as panelists see it: the real editor over a real database,
/// checked by the texts on screen.
class TestBlindScoringGui : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void othersHiddenUntilOwnSubmitted();
    void leadRevealShowsScoresToNonSubmitters();

private:
    std::unique_ptr<ScorecardEditor> openEditor(RowId panelistId);
    void score(ScorecardEditor& editor, Qt::Key design, const QString& evidence,
               Qt::Key recommendation, const QString& takeaways);
    static QString allText(const QWidget& root);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ScoringSample m_sample;
    std::unique_ptr<DatabaseSession> m_session;
};

void TestBlindScoringGui::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("panel.sqlite"));
    {
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString failure = m_sample.fill(**db);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    m_session = std::make_unique<DatabaseSession>();
    const Status opened = m_session->open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
}

void TestBlindScoringGui::cleanup() {
    m_session.reset();
    m_dir.reset();
}

std::unique_ptr<ScorecardEditor> TestBlindScoringGui::openEditor(RowId panelistId) {
    auto editor = std::make_unique<ScorecardEditor>(*m_session);
    const Status loaded = editor->load(m_sample.interview, panelistId);
    if (!loaded)
        qFatal("could not load the scorecard editor");
    editor->show();
    return editor;
}

void TestBlindScoringGui::score(ScorecardEditor& editor, Qt::Key design, const QString& evidence,
                                Qt::Key recommendation, const QString& takeaways) {
    auto* picker = editor.findChild<QWidget*>(QStringLiteral("scorePicker0"));
    QTest::keyClick(picker, design);
    QTest::keyClicks(editor.findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit0")), evidence);
    QTest::keyClick(editor.findChild<QWidget*>(QStringLiteral("recommendationPicker")),
                    recommendation);
    QTest::keyClicks(editor.findChild<QPlainTextEdit*>(QStringLiteral("takeawaysEdit")), takeaways);
    QVERIFY(editor.submitCard());
}

QString TestBlindScoringGui::allText(const QWidget& root) {
    QStringList texts;
    for (const QLabel* label : root.findChildren<QLabel*>())
        texts.append(label->text());
    for (const QPlainTextEdit* edit : root.findChildren<QPlainTextEdit*>())
        texts.append(edit->toPlainText());
    return texts.join(QLatin1Char('\n'));
}

void TestBlindScoringGui::othersHiddenUntilOwnSubmitted() {
    auto pat = openEditor(m_sample.lead);
    score(*pat, Qt::Key_5, kSecretEvidence, Qt::Key_4, kSecretTakeaway);
    pat.reset();

    auto sam = openEditor(m_sample.sam);
    auto* colleagues = sam->findChild<QLabel*>(QStringLiteral("colleagueScorecards"));
    QVERIFY(colleagues);
    QVERIFY2(colleagues->text().contains(QStringLiteral("hidden until you submit yours")),
             qPrintable(colleagues->text()));
    QVERIFY(!allText(*sam).contains(kSecretEvidence));
    QVERIFY(!allText(*sam).contains(kSecretTakeaway));
    // The recommendation options are on screen; Pat's choice must not be.
    QVERIFY(!colleagues->text().contains(QStringLiteral("Strong yes")));

    score(*sam, Qt::Key_3, QStringLiteral("Solid"), Qt::Key_3, QStringLiteral("Fine"));
    QVERIFY2(colleagues->text().contains(kSecretEvidence.toHtmlEscaped()),
             qPrintable(colleagues->text()));
    QVERIFY(colleagues->text().contains(QStringLiteral("Pat Lee")));
    QVERIFY(colleagues->text().contains(QStringLiteral("Strong yes")));
    QVERIFY(!colleagues->text().contains(QStringLiteral("hidden")));
}

void TestBlindScoringGui::leadRevealShowsScoresToNonSubmitters() {
    auto pat = openEditor(m_sample.lead);
    score(*pat, Qt::Key_5, kSecretEvidence, Qt::Key_4, kSecretTakeaway);
    pat.reset();

    auto kim = openEditor(m_sample.kim);
    QVERIFY(!allText(*kim).contains(kSecretEvidence));
    kim.reset();

    // Only the lead may reveal.
    QVERIFY(!PanelScoreReveal::isLead(*m_session, m_sample.opening, m_sample.sam));
    QVERIFY(!PanelScoreReveal::reveal(*m_session, m_sample.opening, m_sample.sam).ok());
    QVERIFY(!m_session->openings().get(m_sample.opening)->scoresRevealed);
    const Status revealed = PanelScoreReveal::reveal(*m_session, m_sample.opening, m_sample.lead);
    QVERIFY2(revealed.ok(), qPrintable(revealed.errorMessage()));
    QVERIFY(m_session->openings().get(m_sample.opening)->scoresRevealed);

    kim = openEditor(m_sample.kim);
    auto* colleagues = kim->findChild<QLabel*>(QStringLiteral("colleagueScorecards"));
    QVERIFY2(colleagues->text().contains(kSecretEvidence.toHtmlEscaped()),
             qPrintable(colleagues->text()));
    QVERIFY(colleagues->text().contains(kSecretTakeaway.toHtmlEscaped()));
    QVERIFY(!kim->card().isSubmitted());
}

QTEST_MAIN(TestBlindScoringGui)
#include "tst_blindscoring_gui.moc"
