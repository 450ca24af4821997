// The "two clients on one server" check: this process is client B,
// the main window on a PostgreSQL server with the Compare view open; a
// second process (debrief-testtool submit-scorecard, lib/core's
// ScorecardWorkflow) is client A and submits a scorecard. Within a second B's
// Compare view holds the new card and the status bar says who did what,
// with no refresh asked for and nothing polling.

#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScoringSample.h"
#include "comparison/ComparisonModel.h"
#include "comparison/ComparisonView.h"
#include "live/LiveUpdates.h"

#include "PostgresServer.h"
#include "scoring/ScoreReveal.h"
#include "scoring/ScorecardWorkflow.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using debrief::test::PostgresServer;

class TestLiveUpdates : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ServerAddress> m_address;
    test::ScoringSample m_sample;

    /// Each panelist's scores of the sample's one finalist on System design,
    /// as B's Compare view shows them.
    static QList<int> designScores(const ComparisonView& view) {
        return view.model()->index(0, 0).data(ComparisonModel::ScoresRole).value<QList<int>>();
    }

private slots:
    /// The server holds the scoring sample (lead Pat, Sam and Kim on one
    /// interview of Alice Adams), with Pat's and Kim's cards submitted and
    /// the scores revealed, so whoever looks sees every submitted card. Sam
    /// logs in as the test's login role, and his is the one seat still open.
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_address = PostgresServer::freshDatabase(QStringLiteral("tst_liveupdates"));
        QVERIFY2(m_address, "the test server is not running");
        auto db = Database::openPostgres(*m_address, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const QString failure = m_sample.fill(**db);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto sam = PanelistRepository(**db).get(m_sample.sam);
        QVERIFY(sam);
        sam->loginRole = m_address->user;
        QVERIFY(PanelistRepository(**db).update(*sam));
        auto rubric = RubricRepository(**db).currentForOpening(m_sample.opening);
        QVERIFY(rubric && *rubric);
        const QDateTime now(QDate(2024, 5, 20), QTime(16, 0), QTimeZone::utc());
        for (RowId panelist : {m_sample.lead, m_sample.kim}) {
            Scorecard card;
            card.interviewId = m_sample.interview;
            card.panelistId = panelist;
            card.rubricId = (*rubric)->id;
            card.recommendation = Recommendation::Yes;
            card.ratings = {CriterionRating{m_sample.design, panelist == m_sample.lead ? 4 : 2, {}},
                            CriterionRating{m_sample.communication, 3, {}}};
            QVERIFY(ScorecardWorkflow(**db).submit(card, **rubric, now));
        }
        QVERIFY(ScoreReveal(**db).reveal(m_sample.opening, m_sample.lead, now));
    }

    void anotherClientsScorecardShowsInCompare() {
        Settings settings(m_dir.filePath(QStringLiteral("debriefrc")));
        DatabaseSession session;
        QVERIFY2(session.open(m_address->display()).ok(), "cannot open the server");
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(LiveUpdates::of(&window)->isListening());
        window.selectDebriefOpening();
        QCOMPARE(window.currentOpeningId(), m_sample.opening);
        auto* candidates = window.findChild<QTableView*>(QStringLiteral("candidateTable"));
        QVERIFY(candidates);
        window.selectCandidateRow(0);
        const auto selected = [candidates] {
            return candidates->currentIndex()
                .data(CandidateTableModel::ApplicationIdRole)
                .value<RowId>();
        };
        QCOMPARE(selected(), m_sample.application);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        auto* view = window.findChild<ComparisonView*>();
        QVERIFY(view);
        QCOMPARE(view->input().matrix.finalistCount(), 1);
        QList<int> before = designScores(*view);
        std::sort(before.begin(), before.end());
        QCOMPARE(before, (QList<int>{2, 4}));

        // Client A: another process, another connection, Sam's login.
        QProcess clientA;
        clientA.start(
            QStringLiteral(DEBRIEF_TESTTOOL),
            {QStringLiteral("submit-scorecard"), QStringLiteral("--db"), m_address->display()});
        QVERIFY(clientA.waitForFinished(30000));
        QVERIFY2(clientA.exitCode() == 0, clientA.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(clientA.readAllStandardOutput()).trimmed(),
                 QStringLiteral("submitted %1 %2").arg(m_sample.interview).arg(m_sample.sam));

        // The issue asks for a second at most. debrief-testtool's fill()
        // scores save 1 on criterion 0 as (1 + 0) % 5 + 1 = 2.
        QTRY_VERIFY_WITH_TIMEOUT(designScores(*view).size() == 3, 1000);
        QList<int> after = designScores(*view);
        std::sort(after.begin(), after.end());
        QCOMPARE(after, (QList<int>{2, 2, 4}));
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                                  QStringLiteral("Sam Ortiz submitted a scorecard for Alice Adams"),
                                  1000);
        // The window read its lists again and kept the user's place.
        QCOMPARE(window.currentOpeningId(), m_sample.opening);
        QCOMPARE(selected(), m_sample.application);
    }

    void aFileHasNoFeed() {
        Settings settings(m_dir.filePath(QStringLiteral("debriefrc")));
        DatabaseSession session;
        QVERIFY(session.create(m_dir.filePath(QStringLiteral("panel.sqlite"))).ok());
        MainWindow window(session, settings);
        QVERIFY(LiveUpdates::of(&window));
        QVERIFY(!LiveUpdates::of(&window)->isListening());
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
