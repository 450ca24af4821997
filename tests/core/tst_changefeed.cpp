// Live updates on a shared server (docs/ARCHITECTURE.md, "Live updates"):
// migration 11's triggers announce a change written on one connection, a
// ChangeFeed on another connection receives it as a ChangeEvent, and
// ChangeDescription words it for the status bar. Runs on the PostgreSQL
// server ctest starts; the opening is written by hand below, so every name
// a sentence holds can be read off this file.

#include "PostgresServer.h"

#include "live/ChangeDescription.h"
#include "live/ChangeEvent.h"
#include "live/ChangeFeed.h"
#include "scoring/ScoreReveal.h"
#include "scoring/ScorecardWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/ChangeNotifications.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/Migration.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/TransactionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using debrief::test::PostgresServer;
using Action = ChangeEvent::Action;

Q_DECLARE_METATYPE(debrief::ChangeEvent)

class TestChangeFeed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ServerAddress> m_address;
    /// Client A writes; client B listens.
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_listener;
    std::unique_ptr<ChangeFeed> m_feed;
    QList<ChangeEvent> m_events;
    QStringList m_payloads;

    Panelist m_priya;
    Panelist m_sam;
    Opening m_opening;
    Rubric m_rubric;
    Candidate m_zoe;
    Application m_application;
    Interview m_interview;

    static const QDateTime kNow;

    Scorecard cardOf(const Panelist& panelist, int score) const {
        Scorecard card;
        card.interviewId = m_interview.id;
        card.panelistId = panelist.id;
        card.rubricId = m_rubric.id;
        card.keyTakeaways = QStringLiteral("Takeaway of %1 about Zoë").arg(panelist.name);
        card.recommendation = Recommendation::Yes;
        for (const Criterion& criterion : m_rubric.criteria) {
            card.ratings.append(CriterionRating{criterion.id, score,
                                                QStringLiteral("Evidence: Zoë explained it.")});
        }
        return card;
    }

    ChangeEvent changeOf(const QString& table, Action action, const QUuid& uuid) const {
        ChangeEvent e;
        e.table = table;
        e.action = action;
        e.uuid = uuid;
        e.application = m_application.uuid;
        e.opening = m_opening.uuid;
        e.actor = m_address->user;
        return e;
    }

private slots:
    void initTestCase();
    void migrationAddsTriggersOnTheServerOnly();
    void fileHasNoFeed();
    void databaseOwnerMigrates();
    void submittedScorecardReachesTheOtherClient();
    void ownWritesAreMarkedOwn();
    void payloadHoldsIdsOnly();
    void revealDecisionAndCandidateEdits();
    void rolledBackWritesAreNotAnnounced();
    void sentences_data();
    void sentences();
    void summaryNamesTheMostTellingChange();
};

const QDateTime TestChangeFeed::kNow(QDate(2026, 12, 7), QTime(20, 0), QTimeZone::utc());

void TestChangeFeed::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_address = PostgresServer::freshDatabase(QStringLiteral("tst_changefeed"));
    QVERIFY2(m_address, "the test server is not running");
    auto writer = Database::openPostgres(*m_address, Database::OpenMode::CreateIfMissing);
    QVERIFY2(writer, qPrintable(writer.errorMessage()));
    m_writer = std::move(writer).value();
    auto listener = Database::openPostgres(*m_address, Database::OpenMode::MustExist);
    QVERIFY2(listener, qPrintable(listener.errorMessage()));
    m_listener = std::move(listener).value();
    auto feed = ChangeFeed::start(*m_listener);
    QVERIFY2(feed, qPrintable(feed.errorMessage()));
    m_feed = std::move(feed).value();
    connect(m_feed.get(), &ChangeFeed::changed, this,
            [this](const ChangeEvent& e) { m_events.append(e); });
    // The raw text the server sent, next to what the feed made of it.
    connect(m_listener->connection().driver(), &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                m_payloads.append(payload.toString());
            });

    // Priya logs in as the test's login role; Sam's login is not this one.
    m_priya = {kNoRow, {}, QStringLiteral("Priya Raman"), {}, {}, m_address->user};
    m_sam = {kNoRow, {}, QStringLiteral("Sam Okafor"), {}, {}, QStringLiteral("sam")};
    QVERIFY(PanelistRepository(*m_writer).insert(m_priya));
    QVERIFY(PanelistRepository(*m_writer).insert(m_sam));
    m_opening.title = QStringLiteral("Backend Engineer");
    m_opening.createdAt = kNow;
    m_opening.panel = {{m_priya.id, true}, {m_sam.id, false}};
    QVERIFY(OpeningRepository(*m_writer).insert(m_opening));
    m_rubric.openingId = m_opening.id;
    m_rubric.name = QStringLiteral("Backend rubric");
    m_rubric.createdAt = kNow;
    Criterion design;
    design.name = QStringLiteral("System design");
    design.scaleSize = 4;
    for (int level = 1; level <= 4; ++level)
        design.anchors.append(QStringLiteral("Level %1").arg(level));
    m_rubric.criteria = {design};
    QVERIFY(RubricRepository(*m_writer).insert(m_rubric));
    InterviewRound round;
    round.openingId = m_opening.id;
    round.name = QStringLiteral("Technical");
    QVERIFY(InterviewRoundRepository(*m_writer).insert(round));
    m_zoe.fullName = QStringLiteral("Zoë Clarke");
    m_zoe.email = QStringLiteral("zoe@example.org");
    m_zoe.createdAt = kNow;
    QVERIFY(CandidateRepository(*m_writer).insert(m_zoe));
    m_application.candidateId = m_zoe.id;
    m_application.openingId = m_opening.id;
    m_application.stage = PipelineStage::Final;
    m_application.furthestStage = PipelineStage::Final;
    m_application.appliedOn = kNow.date();
    m_application.updatedAt = kNow;
    QVERIFY(ApplicationRepository(*m_writer).insert(m_application));
    m_interview.applicationId = m_application.id;
    m_interview.roundId = round.id;
    m_interview.scheduledAt = kNow;
    m_interview.panelistIds = {m_priya.id, m_sam.id};
    QVERIFY(InterviewRepository(*m_writer).insert(m_interview));
    // What the set-up announced (the opening, candidate, application and
    // interview added) has arrived once the interview's event has.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_events.isEmpty() && m_events.constLast().table == QLatin1String("interviews"), 5000);
}

void TestChangeFeed::migrationAddsTriggersOnTheServerOnly() {
    QCOMPARE(m_writer->schemaVersion(), latestSchemaVersion());
    auto triggers = m_writer->exec(
        QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "WHERE t.tgname = 'debrief_announce_change' ORDER BY c.relname"));
    QVERIFY2(triggers, qPrintable(triggers.errorMessage()));
    QStringList tables;
    while (triggers->next())
        tables.append(triggers->value(0).toString());
    QCOMPARE(tables, (QStringList{QStringLiteral("applications"), QStringLiteral("candidates"),
                                  QStringLiteral("decisions"), QStringLiteral("interviews"),
                                  QStringLiteral("openings"), QStringLiteral("rejection_drafts"),
                                  QStringLiteral("scorecards")}));

    // The same step on a file records its number and creates nothing.
    auto file = Database::openSqlite(m_dir.filePath(QStringLiteral("panel.sqlite")));
    QVERIFY2(file, qPrintable(file.errorMessage()));
    QCOMPARE((*file)->schemaVersion(), latestSchemaVersion());
    auto sqliteTriggers =
        (*file)->exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"));
    QVERIFY(sqliteTriggers && sqliteTriggers->next());
    QCOMPARE(sqliteTriggers->value(0).toInt(), 0);
}

void TestChangeFeed::fileHasNoFeed() {
    auto file = Database::openSqlite(m_dir.filePath(QStringLiteral("nofeed.sqlite")));
    QVERIFY2(file, qPrintable(file.errorMessage()));
    auto feed = ChangeFeed::start(**file);
    QVERIFY(!feed);
    QVERIFY(feed.errorMessage().contains(QStringLiteral("nofeed.sqlite")));
}

/// The panel's database belongs to a login that is no superuser (as on a
/// company's server): migration 11 runs as that owner, and a change it makes
/// names it as the actor.
void TestChangeFeed::databaseOwnerMigrates() {
    const QString owner = QStringLiteral("tst_changefeed_owner");
    auto address = PostgresServer::freshDatabase(QStringLiteral("tst_changefeed_owned"));
    QVERIFY(address);
    // Test-made names only: safe in the statements.
    QVERIFY(PostgresServer::run(
        m_address->database,
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                       "THEN CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; "
                       "END IF; END $$")
            .arg(owner)));
    // The test server asks every role but its admin for a password.
    const QString password = QStringLiteral("owner-password");
    QVERIFY(PostgresServer::run(
        m_address->database, QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(owner, password)));
    QVERIFY(PostgresServer::run(
        m_address->database,
        QStringLiteral("ALTER DATABASE tst_changefeed_owned OWNER TO %1").arg(owner)));
    address->user = owner;
    address->password = password;
    auto db = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    auto feed = ChangeFeed::start(**db);
    QVERIFY2(feed, qPrintable(feed.errorMessage()));
    QList<ChangeEvent> heard;
    connect(feed->get(), &ChangeFeed::changed, this,
            [&heard](const ChangeEvent& e) { heard.append(e); });
    Candidate someone;
    someone.fullName = QStringLiteral("Ana Lima");
    someone.createdAt = kNow;
    QVERIFY(CandidateRepository(**db).insert(someone));
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
    QCOMPARE(heard.constFirst().table, QStringLiteral("candidates"));
    QCOMPARE(heard.constFirst().action, Action::Added);
    QCOMPARE(heard.constFirst().uuid, someone.uuid);
    QCOMPARE(heard.constFirst().actor, owner);
    QVERIFY(heard.constFirst().ownConnection);
}

void TestChangeFeed::submittedScorecardReachesTheOtherClient() {
    m_events.clear();
    // A draft is nobody else's business: the first change B hears of is
    // the submission that follows it.
    Scorecard card = cardOf(m_sam, 3);
    ScorecardWorkflow workflow(*m_writer);
    QVERIFY(workflow.saveDraft(card, kNow));
    QVERIFY(workflow.submit(card, m_rubric, kNow.addSecs(60)));
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 1, 5000);
    const ChangeEvent first = m_events.constFirst();
    QCOMPARE(first.table, QStringLiteral("scorecards"));
    QCOMPARE(first.action, Action::Submitted);
    QCOMPARE(first.uuid, card.uuid);
    QCOMPARE(first.application, m_application.uuid);
    QCOMPARE(first.opening, m_opening.uuid);
    QCOMPARE(first.actor, m_address->user);
    QVERIFY(!first.ownConnection);

    // An amendment of a submitted card is announced as one.
    m_events.clear();
    Scorecard changed = card;
    changed.ratings.first().score = 4;
    QVERIFY(workflow.amend(changed, m_rubric, QStringLiteral("Sam"),
                           QStringLiteral("Misread my notes"), kNow.addSecs(120)));
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 1, 5000);
    QCOMPARE(m_events.constFirst().table, QStringLiteral("scorecards"));
    QCOMPARE(m_events.constFirst().action, Action::Amended);
    QCOMPARE(m_events.constFirst().uuid, card.uuid);
}

void TestChangeFeed::ownWritesAreMarkedOwn() {
    auto ownFeed = ChangeFeed::start(*m_writer);
    QVERIFY2(ownFeed, qPrintable(ownFeed.errorMessage()));
    QList<ChangeEvent> own;
    connect(ownFeed->get(), &ChangeFeed::changed, this,
            [&own](const ChangeEvent& e) { own.append(e); });
    m_events.clear();
    m_zoe.location = QStringLiteral("Lisbon");
    QVERIFY(CandidateRepository(*m_writer).update(m_zoe));
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!own.isEmpty(), 5000);
    QCOMPARE(own.constFirst().uuid, m_zoe.uuid);
    QVERIFY(own.constFirst().ownConnection);
    QCOMPARE(m_events.constFirst().uuid, m_zoe.uuid);
    QVERIFY(!m_events.constFirst().ownConnection);
}

void TestChangeFeed::payloadHoldsIdsOnly() {
    m_payloads.clear();
    m_events.clear();
    Scorecard card = cardOf(m_priya, 2);
    QVERIFY(ScorecardWorkflow(*m_writer).submit(card, m_rubric, kNow.addSecs(180)));
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 1, 5000);
    QCOMPARE(m_payloads.size(), 1);
    const QString payload = m_payloads.constFirst();
    QVERIFY(payload.size() < 8000);
    for (const QString& personal :
         {m_zoe.fullName, QStringLiteral("Zoë"), QStringLiteral("zoe@example.org"), m_priya.name,
          m_sam.name, m_opening.title, card.keyTakeaways, QStringLiteral("Evidence"),
          QStringLiteral("\"score\"")}) {
        QVERIFY2(!payload.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
    }
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("action"), QStringLiteral("actor"),
                                QStringLiteral("application"), QStringLiteral("opening"),
                                QStringLiteral("table"), QStringLiteral("uuid")}));
    QCOMPARE(object.value(QLatin1String("uuid")).toString(),
             card.uuid.toString(QUuid::WithoutBraces));
}

void TestChangeFeed::revealDecisionAndCandidateEdits() {
    m_events.clear();
    QVERIFY(ScoreReveal(*m_writer).reveal(m_opening.id, m_priya.id, kNow.addSecs(240)));
    Decision decision;
    decision.openingId = m_opening.id;
    decision.decidedAt = kNow.addSecs(300);
    decision.decidedBy = m_priya.id;
    decision.rationale = QStringLiteral("Zoë's design was the clearest.");
    decision.outcomes = {{m_application.id, DecisionRole::Chosen, 0}};
    QVERIFY(DecisionRepository(*m_writer).insert(decision));
    m_application.notes = QStringLiteral("Offer drafted");
    QVERIFY(ApplicationRepository(*m_writer).update(m_application));
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 3, 5000);
    const auto find = [this](const QString& table) -> std::optional<ChangeEvent> {
        for (const ChangeEvent& e : std::as_const(m_events)) {
            if (e.table == table)
                return e;
        }
        return std::nullopt;
    };
    const auto reveal = find(QStringLiteral("openings"));
    QVERIFY(reveal);
    QCOMPARE(reveal->action, Action::Revealed);
    QCOMPARE(reveal->uuid, m_opening.uuid);
    QCOMPARE(reveal->opening, m_opening.uuid);
    const auto decided = find(QStringLiteral("decisions"));
    QVERIFY(decided);
    QCOMPARE(decided->action, Action::Added);
    QCOMPARE(decided->uuid, decision.uuid);
    QCOMPARE(decided->opening, m_opening.uuid);
    const auto edited = find(QStringLiteral("applications"));
    QVERIFY(edited);
    QCOMPARE(edited->action, Action::Edited);
    QCOMPARE(edited->uuid, m_application.uuid);
    QCOMPARE(edited->application, m_application.uuid);
    QCOMPARE(edited->opening, m_opening.uuid);
}

void TestChangeFeed::rolledBackWritesAreNotAnnounced() {
    m_events.clear();
    {
        TransactionGuard tx(*m_writer);
        QVERIFY(tx.begun());
        Candidate moved = m_zoe;
        moved.location = QStringLiteral("Porto");
        QVERIFY(CandidateRepository(*m_writer).update(moved));
        // Not committed: rolled back when the guard goes.
    }
    // As stored now: earlier cases changed the opening (a reveal).
    m_opening = OpeningRepository(*m_writer).get(m_opening.id).value();
    m_opening.team = QStringLiteral("Platform");
    QVERIFY(OpeningRepository(*m_writer).update(m_opening));
    // Notifications arrive in commit order: had the rolled-back edit been
    // announced, it would be first.
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 1, 5000);
    QCOMPARE(m_events.constFirst().table, QStringLiteral("openings"));
    QCOMPARE(m_events.constFirst().action, Action::Edited);
    for (const ChangeEvent& e : std::as_const(m_events))
        QVERIFY(e.table != QLatin1String("candidates"));
}

void TestChangeFeed::sentences_data() {
    QTest::addColumn<ChangeEvent>("change");
    QTest::addColumn<QString>("expected");
    const QUuid card = QUuid::createUuid();
    QTest::newRow("submitted") << changeOf(QStringLiteral("scorecards"), Action::Submitted, card)
                               << "Priya Raman submitted a scorecard for Zoë Clarke";
    QTest::newRow("amended") << changeOf(QStringLiteral("scorecards"), Action::Amended, card)
                             << "Priya Raman amended a scorecard for Zoë Clarke";
    QTest::newRow("revealed") << changeOf(QStringLiteral("openings"), Action::Revealed,
                                          m_opening.uuid)
                              << "Priya Raman revealed the scores for Backend Engineer";
    QTest::newRow("opening edited")
        << changeOf(QStringLiteral("openings"), Action::Edited, m_opening.uuid)
        << "Priya Raman edited the opening Backend Engineer";
    QTest::newRow("decided") << changeOf(QStringLiteral("decisions"), Action::Added,
                                         QUuid::createUuid())
                             << "Priya Raman recorded the decision for Backend Engineer";
    QTest::newRow("decision amended")
        << changeOf(QStringLiteral("decisions"), Action::Edited, QUuid::createUuid())
        << "Priya Raman amended the decision for Backend Engineer";
    QTest::newRow("decision taken back")
        << changeOf(QStringLiteral("decisions"), Action::Removed, QUuid::createUuid())
        << "Priya Raman took back the decision for Backend Engineer";
    QTest::newRow("candidate edited")
        << changeOf(QStringLiteral("candidates"), Action::Edited, m_zoe.uuid)
        << "Priya Raman edited Zoë Clarke";
    QTest::newRow("candidate removed")
        << changeOf(QStringLiteral("candidates"), Action::Removed, QUuid::createUuid())
        << "Priya Raman removed a candidate";
    QTest::newRow("application added")
        << changeOf(QStringLiteral("applications"), Action::Added, m_application.uuid)
        << "Priya Raman added Zoë Clarke to Backend Engineer";
    QTest::newRow("stage changed")
        << changeOf(QStringLiteral("applications"), Action::Edited, m_application.uuid)
        << "Priya Raman edited Zoë Clarke";
    QTest::newRow("interview scheduled")
        << changeOf(QStringLiteral("interviews"), Action::Added, m_interview.uuid)
        << "Priya Raman scheduled an interview with Zoë Clarke";
    QTest::newRow("draft") << changeOf(QStringLiteral("rejection_drafts"), Action::Edited,
                                       QUuid::createUuid())
                           << "Priya Raman worked on the message to Zoë Clarke";
    ChangeEvent stranger = changeOf(QStringLiteral("candidates"), Action::Edited, m_zoe.uuid);
    stranger.actor = QStringLiteral("lee");
    QTest::newRow("login without a panelist") << stranger << "lee edited Zoë Clarke";
    ChangeEvent sam = changeOf(QStringLiteral("scorecards"), Action::Submitted, card);
    sam.actor = QStringLiteral("sam");
    QTest::newRow("another panelist") << sam << "Sam Okafor submitted a scorecard for Zoë Clarke";
    ChangeEvent gone = changeOf(QStringLiteral("scorecards"), Action::Removed, card);
    gone.application = QUuid::createUuid();
    QTest::newRow("application gone") << gone << "Priya Raman removed a scorecard for a candidate";
}

void TestChangeFeed::sentences() {
    QFETCH(ChangeEvent, change);
    QFETCH(QString, expected);
    ChangeDescription description(*m_listener);
    QCOMPARE(description.sentence(change), expected);
}

void TestChangeFeed::summaryNamesTheMostTellingChange() {
    ChangeDescription description(*m_listener);
    QCOMPARE(description.summary({}), QString());
    const QList<ChangeEvent> burst{
        changeOf(QStringLiteral("candidates"), Action::Edited, m_zoe.uuid),
        changeOf(QStringLiteral("scorecards"), Action::Submitted, QUuid::createUuid()),
        changeOf(QStringLiteral("interviews"), Action::Edited, m_interview.uuid)};
    QCOMPARE(ChangeDescription::mostTelling(burst), 1);
    // Tests load no translation, so plurals read "change(s)".
    QCOMPARE(description.summary(burst),
             QStringLiteral("Priya Raman submitted a scorecard for Zoë Clarke (and 2 more "
                            "change(s))"));
    QCOMPARE(description.summary({burst.first()}), QStringLiteral("Priya Raman edited Zoë Clarke"));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
