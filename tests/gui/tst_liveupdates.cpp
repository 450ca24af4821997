// The "two clients on one server" check: this process is client B,
// the main window on a PostgreSQL server with the Compare view open; a
// second process (debrief-testtool submit-scorecard, lib/core's
// ScorecardWorkflow) is client A and submits a scorecard. Within a second B's
// Compare view holds the new card and the status bar says who did what,
// with no refresh asked for and nothing polling. The other views follow
// the same way: Rejection Drafts, the Talent Pool and My Interviews read
// again when another connection adds to them, keeping the user's selection
// and the text typed in an open draft.

#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScoringSample.h"
#include "comparison/ComparisonModel.h"
#include "comparison/ComparisonView.h"
#include "drafts/DraftEditor.h"
#include "drafts/RejectionDraftsView.h"
#include "live/LiveUpdates.h"
#include "scheduling/MyInterviewsModel.h"
#include "talentpool/TalentPoolModel.h"

#include "PostgresServer.h"
#include "scoring/ScoreReveal.h"
#include "scoring/ScorecardWorkflow.h"
#include "server/ServerInit.h"
#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QAction>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace debrief;
using debrief::test::PostgresServer;

class TestLiveUpdates : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ServerAddress> m_address;
    test::ScoringSample m_sample;

    /// A rejected candidate of the sample's opening, kept for the talent
    /// pool (so Rejection Drafts lists them Ready and the pool lists them).
    static Result<RowId> addRejected(Database& db, RowId opening, const QString& name) {
        Candidate person;
        person.fullName = name;
        person.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());
        if (Status added = CandidateRepository(db).insert(person); !added)
            return added.error();
        Application app;
        app.candidateId = person.id;
        app.openingId = opening;
        app.stage = PipelineStage::Rejected;
        app.furthestStage = PipelineStage::Interview;
        app.talentPool = true;
        app.appliedOn = QDate(2024, 5, 2);
        app.updatedAt = person.createdAt;
        if (Status added = ApplicationRepository(db).insert(app); !added)
            return added.error();
        return app.id;
    }

    /// The application ids a tree of Rejection Drafts lists, group by group.
    static QList<RowId> draftIds(const QTreeWidget& tree) {
        QList<RowId> ids;
        for (int g = 0; g < tree.topLevelItemCount(); ++g) {
            for (int i = 0; i < tree.topLevelItem(g)->childCount(); ++i)
                ids.append(
                    tree.topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).value<RowId>());
        }
        return ids;
    }

    static QList<RowId> columnIds(const QTableView& table, int role) {
        QList<RowId> ids;
        for (int row = 0; row < table.model()->rowCount(); ++row)
            ids.append(table.model()->index(row, 0).data(role).value<RowId>());
        return ids;
    }

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

    /// Its own database, set up as a panel server (so the login is Sam and
    /// My Interviews is his), with Carla rejected and in the talent pool.
    /// The window has Rejection Drafts (a draft of Carla's open and typed
    /// in), the Talent Pool and My Interviews open, each on a selected row;
    /// a second connection adds Bruno (rejected, in the pool) and a new
    /// interview of Sam's, and every view shows them within a second.
    void everyOpenViewFollows() {
        auto address = PostgresServer::freshDatabase(QStringLiteral("tst_liveupdates_views"));
        QVERIFY(address);
        auto opened = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Database& other = **opened;
        test::ScoringSample sample;
        const QString failure = sample.fill(other);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(ServerInit::run(other));
        auto sam = PanelistRepository(other).get(sample.sam);
        QVERIFY(sam);
        sam->loginRole = address->user;
        QVERIFY(PanelistRepository(other).update(*sam));
        auto carla = addRejected(other, sample.opening, QStringLiteral("Carla Cruz"));
        QVERIFY2(carla, qPrintable(carla.errorMessage()));

        Settings settings(m_dir.filePath(QStringLiteral("views.rc")));
        DatabaseSession session;
        QVERIFY2(session.open(address->display()).ok(), "cannot open the server");
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(LiveUpdates::of(&window)->isListening());
        window.selectDebriefOpening();
        QCOMPARE(window.currentOpeningId(), sample.opening);

        // Rejection Drafts, Carla selected and her draft open with a line typed.
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto* drafts = window.findChild<RejectionDraftsView*>();
        QVERIFY(drafts);
        QCOMPARE(draftIds(*drafts->tree()), QList<RowId>{*carla});
        const QList<QTreeWidgetItem*> found = drafts->tree()->findItems(
            QStringLiteral("Carla Cruz"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        drafts->tree()->setCurrentItem(found.first());
        DraftEditor* editor = drafts->openDraft(*carla);
        QVERIFY(editor);
        auto* body = editor->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"));
        QVERIFY(body);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" Typed while others work."));
        const QString typed = body->toPlainText();
        QVERIFY(typed.endsWith(QStringLiteral(" Typed while others work.")));

        // The Talent Pool and My Interviews, each on its first row.
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        auto* poolDock = window.findChild<QDockWidget*>(QStringLiteral("talentPoolDock"));
        auto* pool = window.findChild<QTableView*>(QStringLiteral("talentPoolTable"));
        QVERIFY(poolDock && pool);
        QTRY_VERIFY(poolDock->isVisible());
        QTRY_COMPARE(columnIds(*pool, TalentPoolModel::ApplicationIdRole), QList<RowId>{*carla});
        pool->setCurrentIndex(pool->model()->index(0, 0));
        window.findChild<QAction*>(QStringLiteral("myInterviewsAction"))->trigger();
        auto* mineDock = window.findChild<QDockWidget*>(QStringLiteral("myInterviewsDock"));
        auto* mine = mineDock ? mineDock->findChild<QTableView*>() : nullptr;
        QVERIFY(mineDock && mine);
        QTRY_VERIFY(mineDock->isVisible());
        // Sam owes his card for the sample's interview.
        QTRY_COMPARE(columnIds(*mine, MyInterviewsModel::InterviewIdRole),
                     QList<RowId>{sample.interview});
        mine->setCurrentIndex(mine->model()->index(0, 0));

        // The other connection: Bruno rejected and kept in mind, and a new
        // interview of Alice's for Sam the day after tomorrow.
        auto bruno = addRejected(other, sample.opening, QStringLiteral("Bruno Berg"));
        QVERIFY2(bruno, qPrintable(bruno.errorMessage()));
        auto rounds = InterviewRoundRepository(other).forOpening(sample.opening);
        QVERIFY(rounds && !rounds->isEmpty());
        Interview next;
        next.applicationId = sample.application;
        next.roundId = rounds->first().id;
        next.scheduledAt = QDateTime::currentDateTimeUtc().addDays(2);
        next.panelistIds = {sample.sam, sample.lead};
        QVERIFY(InterviewRepository(other).insert(next));

        QTRY_VERIFY_WITH_TIMEOUT(draftIds(*drafts->tree()).contains(*bruno), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(
            columnIds(*pool, TalentPoolModel::ApplicationIdRole).contains(*bruno), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(
            columnIds(*mine, MyInterviewsModel::InterviewIdRole).contains(next.id), 1000);
        QCOMPARE(columnIds(*mine, MyInterviewsModel::InterviewIdRole).size(), 2);
        // Everyone's place kept; the open draft still holds what was typed.
        QCOMPARE(drafts->tree()->currentItem()->data(0, Qt::UserRole + 1).value<RowId>(), *carla);
        QCOMPARE(pool->currentIndex().data(TalentPoolModel::ApplicationIdRole).value<RowId>(),
                 *carla);
        QCOMPARE(mine->currentIndex().data(MyInterviewsModel::InterviewIdRole).value<RowId>(),
                 sample.interview);
        QCOMPARE(body->toPlainText(), typed);
        editor->close();
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
