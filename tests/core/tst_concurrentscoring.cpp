// No lost updates (issue #14, item 5): every scorecard save names the row
// version its editor read, and a save based on an old version is refused as
// stale, carrying the card as it is now, never overwriting it.
//
// On the PostgreSQL server ctest starts: 30 simulated panelists, each a
// thread with its own connection under its own LOGIN role, save and submit
// 20 scorecards each at once on one opening; afterwards every card is
// stored exactly once with exactly what its thread last wrote, and each
// thread's deliberate stale save (a second connection editing the same
// card) was refused. The same run on an SQLite file with fewer threads, and
// the stale rule one case at a time on SQLite.

#include "PostgresServer.h"
#include "ScoringPanel.h"

#include "privacy/Anonymiser.h"
#include "scoring/ScorecardWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/ScorecardRepository.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <latch>
#include <memory>

using namespace debrief;
using debrief::test::PanelLogins;
using debrief::test::PostgresServer;
using debrief::test::ScoringPanel;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC);
constexpr int kCardsEach = 20;

using Opener = std::function<Result<std::unique_ptr<Database>>()>;

/// What one simulated panelist did: every card as it last saved it (by
/// interview), the stale saves refused, who the server said they were, and
/// anything that went wrong (ids only).
struct PanelistRun {
    RowId panelist = kNoRow;
    QString loggedInAs;
    QHash<RowId, Scorecard> wrote;
    int staleRefused = 0;
    QStringList problems;
};

/// One panelist's session: drafts, an autosave, a deliberate stale save from
/// a second connection on the first card, and the submission of every card.
void scoreEverything(const Opener& open, const ScoringPanel& panel, int index, std::latch& start,
                     PanelistRun& run) {
    run.panelist = panel.panelists.at(index);
    auto connected = open();
    auto second = open();
    start.arrive_and_wait();
    if (!connected || !second) {
        run.problems.append(QStringLiteral("cannot connect: ") + connected.errorMessage() +
                            second.errorMessage());
        return;
    }
    Database& db = **connected;
    Database& other = **second;
    if (db.dialect() == SqlDialect::PostgreSql) {
        auto who = db.fetchAll(QStringLiteral("SELECT session_user"), {});
        if (who && !who->isEmpty())
            run.loggedInAs = who->constFirst().constFirst().toString();
    }
    ScorecardWorkflow workflow(db);
    for (int k = 0; k < panel.interviews.size(); ++k) {
        const RowId interview = panel.interviews.at(k);
        const int seed = index * 1000 + k * 10;
        const auto fail = [&](const QString& step, const QString& message) {
            run.problems.append(
                QStringLiteral("interview %1, %2: %3").arg(interview).arg(step, message));
        };
        Scorecard card = panel.draft(interview, run.panelist, seed);
        if (Status saved = workflow.saveDraft(card, kNow); !saved) {
            fail(QStringLiteral("first draft"), saved.errorMessage());
            continue;
        }
        ScoringPanel::edit(card, seed + 1);
        if (Status saved = workflow.saveDraft(card, kNow.addSecs(1)); !saved)
            fail(QStringLiteral("autosave"), saved.errorMessage());
        if (k == 0) {
            // The same card open on a second desktop: both read it, this
            // one saves first, the other's save is based on an old version.
            auto theirs = ScorecardRepository(other).get(card.id);
            if (!theirs) {
                fail(QStringLiteral("second read"), theirs.errorMessage());
                continue;
            }
            ScoringPanel::edit(card, seed + 2);
            if (Status saved = workflow.saveDraft(card, kNow.addSecs(2)); !saved)
                fail(QStringLiteral("save before the stale one"), saved.errorMessage());
            ScoringPanel::edit(*theirs, seed + 3);
            auto stale = ScorecardWorkflow(other).saveDraft(*theirs, kNow.addSecs(3));
            if (stale.ok())
                fail(QStringLiteral("stale save"), QStringLiteral("was stored"));
            else if (!stale.isStale())
                fail(QStringLiteral("stale save"), stale.errorMessage());
            else if (stale.current().ratings != card.ratings ||
                     stale.current().rowVersion != card.rowVersion ||
                     !stale.errorMessage().contains(QString::number(card.id)))
                fail(QStringLiteral("stale save"), QStringLiteral("reported another card"));
            else
                ++run.staleRefused;
        }
        if (Status submitted = workflow.submit(card, panel.rubric, kNow.addSecs(4)); !submitted)
            fail(QStringLiteral("submit"), submitted.errorMessage());
        run.wrote.insert(interview, card);
    }
}

/// Runs one thread per panelist, all starting their work at once.
QList<PanelistRun> scoreAtOnce(const ScoringPanel& panel, const QList<Opener>& openers) {
    QList<PanelistRun> runs(openers.size());
    std::latch start(openers.size());
    QList<QThread*> threads;
    for (int i = 0; i < openers.size(); ++i) {
        threads.append(
            QThread::create([&, i] { scoreEverything(openers.at(i), panel, i, start, runs[i]); }));
        threads.constLast()->start();
    }
    for (QThread* thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    return runs;
}

qint64 count(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto rows = db.fetchAll(sql, values);
    return rows && !rows->isEmpty() ? rows->constFirst().constFirst().toLongLong() : -1;
}

/// Compares the stored cards with what the threads wrote: nothing lost,
/// nothing twice, nothing overwritten by a stale save.
void checkStored(Database& db, const ScoringPanel& panel, const QList<PanelistRun>& runs) {
    const qint64 expected = qint64(runs.size()) * panel.interviews.size();
    for (const PanelistRun& run : runs)
        QVERIFY2(run.problems.isEmpty(), qPrintable(run.problems.join(u'\n')));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scorecards")), expected);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT interview_id, panelist_id FROM "
                                      "scorecards GROUP BY interview_id, panelist_id "
                                      "HAVING count(*) > 1) twice")),
             qint64(0));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ratings")),
             expected * panel.rubric.criteria.size());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scorecards WHERE status = ?"),
                   {toKey(ScorecardStatus::Submitted)}),
             expected);

    auto stored = ScorecardRepository(db).forOpening(panel.openingId);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QHash<QPair<RowId, RowId>, Scorecard> bySeat;
    for (const Scorecard& card : std::as_const(*stored))
        bySeat.insert({card.interviewId, card.panelistId}, card);
    int lost = 0;
    int differ = 0;
    int stale = 0;
    for (const PanelistRun& run : runs) {
        QCOMPARE(run.wrote.size(), panel.interviews.size());
        stale += run.staleRefused;
        for (auto it = run.wrote.cbegin(); it != run.wrote.cend(); ++it) {
            const auto found = bySeat.constFind({it.key(), run.panelist});
            if (found == bySeat.cend())
                ++lost;
            else if (*found != *it)
                ++differ;
        }
    }
    QCOMPARE(lost, 0);
    QCOMPARE(differ, 0);
    QCOMPARE(stale, int(runs.size()));
    // Draft, autosave, submit: version 3; the card of the stale save had
    // one more save before it.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scorecards WHERE row_version = 4")),
             qint64(runs.size()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scorecards WHERE row_version = 3")),
             expected - runs.size());
}

QStringList versionedTables(Database& db) {
    const QString sql =
        db.dialect() == SqlDialect::PostgreSql
            ? QStringLiteral("SELECT table_name FROM information_schema.columns WHERE "
                             "table_schema = 'public' AND column_name = 'row_version'")
            : QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p "
                             "WHERE m.type = 'table' AND p.name = 'row_version'");
    QStringList tables;
    if (auto rows = db.fetchAll(sql, {})) {
        for (const QVariantList& row : std::as_const(*rows))
            tables.append(row.constFirst().toString());
    }
    tables.sort();
    return tables;
}

const QStringList kVersionedTables{
    QStringLiteral("applications"),     QStringLiteral("candidates"), QStringLiteral("decisions"),
    QStringLiteral("interviews"),       QStringLiteral("openings"),   QStringLiteral("referees"),
    QStringLiteral("rejection_drafts"), QStringLiteral("scorecards")};

} // namespace

class TestConcurrentScoring : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_second;
    ScoringPanel m_panel;
    Scorecard m_card;

    /// The stored card, read again.
    Scorecard stored() {
        auto card = ScorecardRepository(*m_db).get(m_card.id);
        return card ? *card : Scorecard{};
    }

    Scorecard readSecond() {
        auto card = ScorecardRepository(*m_second).get(m_card.id);
        return card ? *card : Scorecard{};
    }

private slots:
    // One SQLite file, two connections to it: the editor's window and a
    // second one, each with its own copy of the card.
    void init() {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("stale%1.sqlite").arg(++n));
        auto db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        auto second = Database::openSqlite(path, Database::OpenMode::MustExist);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        m_second = std::move(second).value();
        auto panel = ScoringPanel::build(*m_db, 2, 1);
        QVERIFY2(panel, qPrintable(panel.errorMessage()));
        m_panel = *panel;
        m_card = m_panel.draft(m_panel.interviews.constFirst(), m_panel.panelists.constFirst(), 1);
        QVERIFY(ScorecardWorkflow(*m_db).saveDraft(m_card, kNow).ok());
        QCOMPARE(m_card.rowVersion, 1);
    }

    void cleanup() {
        m_second.reset();
        m_db.reset();
    }

    // Migration 10 gives exactly the rows a form edits a version.
    void migrationVersionsTheEditedRows() {
        QCOMPARE(versionedTables(*m_db), kVersionedTables);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT row_version FROM openings")), qint64(1));
    }

    // Every save moves the version on, in the database and in the card.
    void eachSaveBumpsTheVersion() {
        ScoringPanel::edit(m_card, 2);
        QVERIFY(ScorecardWorkflow(*m_db).saveDraft(m_card, kNow).ok());
        QCOMPARE(m_card.rowVersion, 2);
        QVERIFY(ScorecardWorkflow(*m_db).submit(m_card, m_panel.rubric, kNow).ok());
        QCOMPARE(m_card.rowVersion, 3);
        QCOMPARE(stored().rowVersion, 3);
        QCOMPARE(stored(), m_card);
    }

    // The second window saves a copy read before the first one saved: it is
    // refused as stale, with the card as it is now, and nothing changes.
    void staleDraftIsRefusedNotWritten() {
        Scorecard theirs = readSecond();
        ScoringPanel::edit(m_card, 2);
        QVERIFY(ScorecardWorkflow(*m_db).saveDraft(m_card, kNow.addSecs(1)).ok());
        ScoringPanel::edit(theirs, 3);
        auto refused = ScorecardWorkflow(*m_second).saveDraft(theirs, kNow.addSecs(2));
        QVERIFY(!refused.ok());
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current(), m_card);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Scorecard %1").arg(m_card.id)));
        QCOMPARE(theirs.rowVersion, 1); // the refused copy keeps the version it was read at
        QCOMPARE(stored(), m_card);
    }

    // "Keep mine": the same edit saved again on the version just shown.
    void keepMineSavesOnTheNewVersion() {
        Scorecard theirs = readSecond();
        ScoringPanel::edit(m_card, 2);
        QVERIFY(ScorecardWorkflow(*m_db).saveDraft(m_card, kNow).ok());
        ScoringPanel::edit(theirs, 3);
        auto refused = ScorecardWorkflow(*m_second).saveDraft(theirs, kNow);
        QVERIFY(refused.isStale());
        theirs.rowVersion = refused.current().rowVersion;
        QVERIFY(ScorecardWorkflow(*m_second).saveDraft(theirs, kNow).ok());
        QCOMPARE(theirs.rowVersion, 3);
        QCOMPARE(stored().ratings, theirs.ratings);
        // Now the first window is the stale one.
        ScoringPanel::edit(m_card, 4);
        QVERIFY(ScorecardWorkflow(*m_db).saveDraft(m_card, kNow).isStale());
    }

    // Submitting a copy that another window changed meanwhile is refused:
    // what was submitted would not be what its author last saw.
    void staleSubmitIsRefused() {
        Scorecard theirs = readSecond();
        ScoringPanel::edit(m_card, 2);
        QVERIFY(ScorecardWorkflow(*m_db).saveDraft(m_card, kNow).ok());
        auto refused = ScorecardWorkflow(*m_second).submit(theirs, m_panel.rubric, kNow);
        QVERIFY(refused.isStale());
        QCOMPARE(stored().status, ScorecardStatus::Draft);
        QCOMPARE(theirs.status, ScorecardStatus::Draft);
    }

    // An autosave of a draft that another window has submitted meanwhile is
    // stale (showing the submitted card), not merely "locked".
    void draftSubmittedElsewhereIsStale() {
        Scorecard theirs = readSecond();
        QVERIFY(ScorecardWorkflow(*m_db).submit(m_card, m_panel.rubric, kNow).ok());
        ScoringPanel::edit(theirs, 3);
        auto refused = ScorecardWorkflow(*m_second).saveDraft(theirs, kNow);
        QVERIFY(refused.isStale());
        QVERIFY(refused.current().isSubmitted());
        // Seen as submitted, a draft save is the old refusal: locked.
        Scorecard seen = refused.current();
        seen.status = ScorecardStatus::Draft;
        auto locked = ScorecardWorkflow(*m_second).saveDraft(seen, kNow);
        QVERIFY(!locked.ok());
        QVERIFY(!locked.isStale());
        QCOMPARE(stored(), m_card);
    }

    // Two amendments from the same version: the second is refused and its
    // audit entries are not written.
    void staleAmendmentWritesNoAudit() {
        QVERIFY(ScorecardWorkflow(*m_db).submit(m_card, m_panel.rubric, kNow).ok());
        Scorecard theirs = readSecond();
        Scorecard mine = m_card;
        mine.keyTakeaways = QStringLiteral("First amendment");
        QVERIFY(
            ScorecardWorkflow(*m_db)
                .amend(mine, m_panel.rubric, QStringLiteral("lead"), QStringLiteral("typo"), kNow)
                .ok());
        QCOMPARE(mine.rowVersion, m_card.rowVersion + 1);
        auto before = AuditRepository(*m_db).about(m_card.uuid);
        QVERIFY(before);
        theirs.keyTakeaways = QStringLiteral("Second amendment");
        auto refused = ScorecardWorkflow(*m_second).amend(
            theirs, m_panel.rubric, QStringLiteral("lead"), QStringLiteral("clarify"), kNow);
        QVERIFY(refused.isStale());
        QCOMPARE(refused.current().keyTakeaways, QStringLiteral("First amendment"));
        auto after = AuditRepository(*m_db).about(m_card.uuid);
        QVERIFY(after);
        QCOMPARE(after->size(), before->size());
        QCOMPARE(stored().keyTakeaways, QStringLiteral("First amendment"));
    }

    // Anonymising a candidate moves their cards' versions on: an editor
    // still open on a card cannot save the removed text back.
    void anonymisingMakesOpenCopiesStale() {
        Scorecard open = readSecond();
        auto interview = InterviewRepository(*m_db).get(m_card.interviewId);
        QVERIFY(interview);
        auto application = ApplicationRepository(*m_db).get(interview->applicationId);
        QVERIFY(application);
        auto done = Anonymiser(*m_db).anonymise({application->candidateId}, QStringLiteral("test"),
                                                QStringLiteral("lead"), kNow);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(stored().keyTakeaways, QString());
        open.keyTakeaways = QStringLiteral("Takeaways typed before");
        auto refused = ScorecardWorkflow(*m_second).saveDraft(open, kNow);
        QVERIFY(refused.isStale());
        QCOMPARE(stored().keyTakeaways, QString());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT row_version FROM candidates")), qint64(2));
    }

    // The many-panelist run on one SQLite file: eight threads, each with
    // its own connection (SQLite has no logins); writers take turns.
    void manyPanelistsOnSqlite() {
        const QString path = m_dir.filePath(QStringLiteral("crowd.sqlite"));
        auto db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        auto panel = ScoringPanel::build(**db, 8, kCardsEach);
        QVERIFY2(panel, qPrintable(panel.errorMessage()));
        const Opener open = [path] {
            return Database::openSqlite(path, Database::OpenMode::MustExist);
        };
        const QList<PanelistRun> runs = scoreAtOnce(*panel, QList<Opener>(8, open));
        checkStored(**db, *panel, runs);
    }

    // 30 panelists, each its own LOGIN role and connection, 20 cards each,
    // all at once on the test server.
    void thirtyPanelistsOnTheServer() {
        constexpr int kPanelists = 30;
        const QString name = QStringLiteral("debrief_concurrent_scoring");
        const QString prefix = QStringLiteral("debrief_cs");
        const auto address = PostgresServer::freshDatabase(name);
        QVERIFY2(address, "the test server is needed (run through ctest)");
        std::unique_ptr<Database> admin;
        {
            auto opened = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            admin = std::move(opened).value();
        }
        QCOMPARE(versionedTables(*admin), kVersionedTables);
        auto panel = ScoringPanel::build(*admin, kPanelists, kCardsEach);
        QVERIFY2(panel, qPrintable(panel.errorMessage()));
        const auto logins = PanelLogins::create(*address, prefix, kPanelists);
        QVERIFY(logins);
        QList<Opener> openers;
        for (const ServerAddress& login : *logins) {
            openers.append(
                [login] { return Database::openPostgres(login, Database::OpenMode::MustExist); });
        }
        const QList<PanelistRun> runs = scoreAtOnce(*panel, openers);
        for (int i = 0; i < kPanelists; ++i)
            QCOMPARE(runs.at(i).loggedInAs, logins->at(i).user);
        checkStored(*admin, *panel, runs);
        admin.reset();
        PostgresServer::run(PostgresServer::admin()->database,
                            QStringLiteral("DROP DATABASE IF EXISTS ") + name +
                                QStringLiteral(" WITH (FORCE)"));
        PanelLogins::drop(*PostgresServer::admin(), prefix, kPanelists);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentScoring)
#include "tst_concurrentscoring.moc"
