// Blind scoring and the panel's roles enforced by the PostgreSQL server
// itself (issue #14's "Done when"): each panelist connects with plain QPSQL
// and their own login, as they could with psql, and no Debrief code runs on
// their side. The opening is built by hand: panelists Ana (A) and Ben (B) sit
// on the interviews of Zoë and Kenji, Lea (L) leads the panel. What each of
// them sees is also compared with lib/core's BlindScoringPolicy over the
// same rows: the server's rule and the app's are twins.

#include "PostgresServer.h"

#include "decision/DecisionWorkflow.h"
#include "pipeline/CandidateDetails.h"
#include "scheduling/InterviewScheduler.h"
#include "scoring/BlindScoringPolicy.h"
#include "server/PanelistLogin.h"
#include "server/ServerInit.h"
#include "server/ServerPermissions.h"
#include "server/SessionPanelist.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/PipelineQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace debrief;
using debrief::test::PostgresServer;

namespace {

const QString kDatabase = QStringLiteral("debrief_rowsecurity");
constexpr RowId kAna = 1, kBen = 2, kLea = 3;
constexpr RowId kZoe = 1, kKenji = 2;

// Ids are given so the checks below can name rows. Interview 3 (Kenji,
// Ana alone) holds Ana's draft, which nobody else may ever see.
const QStringList kFixture = {
    QStringLiteral("INSERT INTO panelists (id, uuid, name, email) VALUES "
                   "(1, '0190f000-0000-7000-8000-00000000000a', 'Ana', 'ana@example.org'), "
                   "(2, '0190f000-0000-7000-8000-00000000000b', 'Ben', 'ben@example.org'), "
                   "(3, '0190f000-0000-7000-8000-00000000000c', 'Lea', 'lea@example.org')"),
    QStringLiteral("INSERT INTO openings (id, uuid, title, status, created_at) VALUES (1, "
                   "'0190f000-0000-7000-8000-000000000101', 'Support Lead', 'open', "
                   "'2026-12-01T09:00:00.000Z')"),
    QStringLiteral("INSERT INTO opening_panel (opening_id, panelist_id, is_lead, seat) VALUES "
                   "(1, 1, FALSE, 1), (1, 2, FALSE, 2), (1, 3, FALSE, 3)"),
    QStringLiteral("INSERT INTO rubrics (id, uuid, family_uuid, version, opening_id, name, "
                   "created_at) VALUES (1, '0190f000-0000-7000-8000-000000000201', "
                   "'0190f000-0000-7000-8000-000000000202', 1, 1, 'Support', "
                   "'2026-12-01T09:00:00.000Z')"),
    QStringLiteral("INSERT INTO criteria (id, uuid, rubric_id, sort_order, name, weight, "
                   "scale_size) VALUES (1, '0190f000-0000-7000-8000-000000000301', 1, 0, "
                   "'Empathy', 1, 5)"),
    QStringLiteral("INSERT INTO rounds (id, uuid, opening_id, sort_order, name) VALUES "
                   "(1, '0190f000-0000-7000-8000-000000000401', 1, 0, 'Panel')"),
    QStringLiteral(
        "INSERT INTO candidates (id, uuid, full_name, created_at) VALUES "
        "(1, '0190f000-0000-7000-8000-000000000501', 'Zoë', '2026-12-01T09:00:00.000Z'), "
        "(2, '0190f000-0000-7000-8000-000000000502', 'Kenji', "
        "'2026-12-01T09:00:00.000Z')"),
    QStringLiteral("INSERT INTO applications (id, uuid, candidate_id, opening_id, stage, "
                   "furthest_stage, updated_at) VALUES "
                   "(1, '0190f000-0000-7000-8000-000000000601', 1, 1, 'interview', 'interview', "
                   "'2026-12-01T09:00:00.000Z'), "
                   "(2, '0190f000-0000-7000-8000-000000000602', 2, 1, 'interview', 'interview', "
                   "'2026-12-01T09:00:00.000Z')"),
    QStringLiteral("INSERT INTO interviews (id, uuid, application_id, round_id) VALUES "
                   "(1, '0190f000-0000-7000-8000-000000000701', 1, 1), "
                   "(2, '0190f000-0000-7000-8000-000000000702', 2, 1), "
                   "(3, '0190f000-0000-7000-8000-000000000703', 2, 1)"),
    QStringLiteral("INSERT INTO interview_panelists (interview_id, panelist_id, seat) VALUES "
                   "(1, 1, 1), (1, 2, 2), (2, 1, 1), (2, 2, 2), (3, 1, 1)"),
    QStringLiteral("INSERT INTO scorecards (id, uuid, interview_id, panelist_id, rubric_id, "
                   "status, updated_at, submitted_at) VALUES "
                   "(1, '0190f000-0000-7000-8000-000000000801', 1, 1, 1, 'submitted', "
                   "'2026-12-02T10:00:00.000Z', '2026-12-02T10:00:00.000Z'), "
                   "(2, '0190f000-0000-7000-8000-000000000802', 1, 2, 1, 'draft', "
                   "'2026-12-02T10:00:00.000Z', NULL), "
                   "(3, '0190f000-0000-7000-8000-000000000803', 2, 1, 1, 'submitted', "
                   "'2026-12-02T10:00:00.000Z', '2026-12-02T10:00:00.000Z'), "
                   "(4, '0190f000-0000-7000-8000-000000000804', 2, 2, 1, 'draft', "
                   "'2026-12-02T10:00:00.000Z', NULL), "
                   "(5, '0190f000-0000-7000-8000-000000000805', 3, 1, 1, 'draft', "
                   "'2026-12-02T10:00:00.000Z', NULL)"),
    QStringLiteral("INSERT INTO ratings (scorecard_id, criterion_id, score, sort_order) VALUES "
                   "(1, 1, 4, 0), (2, 1, 2, 0), (3, 1, 5, 0), (4, 1, 3, 0), (5, 1, 1, 0)"),
    QStringLiteral("SELECT setval(pg_get_serial_sequence(t, 'id'), 100) FROM unnest(ARRAY["
                   "'panelists', 'scorecards', 'audit_log', 'decisions']) AS t"),
};

const QString kCardsOf =
    QStringLiteral("SELECT s.id FROM scorecards s JOIN interviews i ON i.id = s.interview_id "
                   "WHERE i.application_id = %1 ORDER BY s.id");
/// Through the view every count reads (migration 12).
const QString kSeatsOf =
    QStringLiteral("SELECT s.id FROM scorecard_seats s JOIN interviews i ON i.id = "
                   "s.interview_id WHERE i.application_id = %1 ORDER BY s.id");
const QString kSubmittedSeatsOf =
    QStringLiteral("SELECT s.id FROM scorecard_seats s JOIN interviews i ON i.id = "
                   "s.interview_id WHERE i.application_id = %1 AND s.status = 'submitted' "
                   "ORDER BY s.id");
const QString kRatedCardsOf = QStringLiteral(
    "SELECT r.scorecard_id FROM ratings r JOIN scorecards s ON s.id = r.scorecard_id "
    "JOIN interviews i ON i.id = s.interview_id WHERE i.application_id = %1 "
    "ORDER BY r.scorecard_id");

/// A panelist's own connection, as psql would have it.
class Login {
public:
    Login(const QString& role, const QString& password)
        : m_name(QStringLiteral("login-%1-%2").arg(role).arg(++s_connections)) {
        m_db = PostgresServer::connectAs(m_name, kDatabase, role, password);
    }
    ~Login() {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_db.isOpen(); }

    /// The first column of every row; empty (with a warning) on failure.
    QList<qint64> ids(const QString& sql) {
        QList<qint64> ids;
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }
    /// Rows the statement changed; -1 when the server refused it.
    int changed(const QString& sql) {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text();
            return -1;
        }
        return query.numRowsAffected();
    }
    QString lastError() const { return m_lastError; }

private:
    static inline int s_connections = 0;
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace

class TestRowSecurity : public QObject {
    Q_OBJECT

private:
    std::optional<ServerAddress> m_address;
    std::unique_ptr<Database> m_admin;
    QHash<RowId, QString> m_roles;
    QHash<RowId, QString> m_passwords;

    std::unique_ptr<Login> login(RowId panelist) {
        return std::make_unique<Login>(m_roles.value(panelist), m_passwords.value(panelist));
    }

    /// The app on the server, logged in as `panelist`.
    Result<std::unique_ptr<Database>> openAs(RowId panelist) {
        ServerAddress address = *m_address;
        address.user = m_roles.value(panelist);
        address.password = m_passwords.value(panelist);
        return Database::openPostgres(address, Database::OpenMode::MustExist);
    }

    /// The cards of `application` lib/core's BlindScoringPolicy lets
    /// `viewer` see, read as the administrator.
    QList<qint64> policyVisible(RowId application, RowId viewer) {
        auto revealed = m_admin->exec(QStringLiteral("SELECT scores_revealed FROM openings "
                                                     "WHERE id = 1"));
        if (!revealed || !revealed->next())
            return {};
        const bool lifted = revealed->value(0).toBool();
        auto policy = BlindScoringPolicy::forApplication(*m_admin, application, lifted);
        if (!policy)
            return {};
        QList<qint64> ids;
        for (const Scorecard& card : policy->visibleTo(viewer))
            ids.append(card.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    /// Every panelist's view of both candidates, on the server and by the
    /// app's rule, must agree.
    void compareWithPolicy() {
        for (const RowId viewer : {kAna, kBen, kLea}) {
            auto session = login(viewer);
            for (const RowId application : {kZoe, kKenji}) {
                QCOMPARE(session->ids(kCardsOf.arg(application)),
                         policyVisible(application, viewer));
            }
        }
    }

private slots:
    void initTestCase() {
        QVERIFY2(PostgresServer::admin(), "the test server is not running");
        m_address = PostgresServer::freshDatabase(kDatabase);
        QVERIFY(m_address);
        auto admin = Database::openPostgres(*m_address, Database::OpenMode::CreateIfMissing);
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        m_admin = std::move(admin).value();
        for (const QString& statement : kFixture)
            QVERIFY2(m_admin->exec(statement), qPrintable(statement));
        QVERIFY(PostgresServer::run(kDatabase, QStringLiteral("DROP ROLE IF EXISTS rls_ana, "
                                                              "rls_ben, rls_lea, rls_nobody")));
        const Status ready = ServerInit::run(*m_admin);
        QVERIFY2(ready, qPrintable(ready.errorMessage()));
        for (const auto& [id, role] : {std::pair{kAna, QStringLiteral("rls_ana")},
                                       std::pair{kBen, QStringLiteral("rls_ben")},
                                       std::pair{kLea, QStringLiteral("rls_lea")}}) {
            const std::optional<RowId> leadOf = id == kLea ? std::optional<RowId>(1) : std::nullopt;
            auto created = PanelistLogin::create(*m_admin, id, role, leadOf);
            QVERIFY2(created, qPrintable(created.errorMessage()));
            m_roles.insert(id, created->role);
            m_passwords.insert(id, created->password);
            QVERIFY(login(id)->isOpen());
        }
    }

    void withOnlyADraftBenSeesOnlyHisOwn() {
        auto ben = login(kBen);
        QCOMPARE(ben->ids(kCardsOf.arg(kZoe)), QList<qint64>{2});
        QCOMPARE(ben->ids(kRatedCardsOf.arg(kZoe)), QList<qint64>{2});
        // Ana has submitted for Zoë, but Ben has only a draft: nothing of his.
        QCOMPARE(login(kAna)->ids(kCardsOf.arg(kZoe)), QList<qint64>{1});
        // Lea owes no card: she waits until every card is in.
        QCOMPARE(login(kLea)->ids(kCardsOf.arg(kZoe)), QList<qint64>{});
        compareWithPolicy();
    }

    // Counts are public, contents are not: with only a draft for Zoë, Ben
    // counts Ana's submitted card through the view but reads only his own
    // from the table, and the view has no content and takes no writes.
    void benCountsTheCardsHeMayNotRead() {
        auto ben = login(kBen);
        QCOMPARE(ben->ids(kSubmittedSeatsOf.arg(kZoe)), QList<qint64>{1});
        QCOMPARE(ben->ids(kSeatsOf.arg(kZoe)), QList<qint64>({1, 2}));
        QCOMPARE(ben->ids(kSeatsOf.arg(kKenji)), QList<qint64>({3, 4, 5}));
        QCOMPARE(ben->ids(kCardsOf.arg(kZoe)), QList<qint64>{2});
        QCOMPARE(ben->ids(kCardsOf.arg(kKenji)), QList<qint64>{4});
        // The same seats as the administrator reads from the table.
        auto all = m_admin->exec(
            QStringLiteral(
                "SELECT COUNT(*) FROM scorecards s JOIN interviews i ON i.id = s.interview_id "
                "WHERE i.application_id = ? AND s.status = 'submitted'"),
            {kZoe});
        QVERIFY(all && all->next());
        QCOMPARE(all->value(0).toInt(), 1);

        QCOMPARE(ben->changed(QStringLiteral("SELECT key_takeaways FROM scorecard_seats")), -1);
        QCOMPARE(ben->changed(QStringLiteral("UPDATE scorecard_seats SET status = 'draft' "
                                             "WHERE id = 1")),
                 -1);
        QVERIFY2(ben->lastError().contains(QStringLiteral("permission denied")),
                 qPrintable(ben->lastError()));
        QCOMPARE(ben->changed(QStringLiteral("DELETE FROM scorecard_seats WHERE id = 1")), -1);
        QVERIFY2(ben->lastError().contains(QStringLiteral("permission denied")),
                 qPrintable(ben->lastError()));
        QCOMPARE(ben->changed(QStringLiteral(
                     "INSERT INTO scorecard_seats (interview_id, panelist_id, rubric_id, "
                     "status, updated_at) VALUES (1, 1, 1, 'submitted', "
                     "'2026-12-02T11:00:00.000Z')")),
                 -1);
        QVERIFY2(ben->lastError().contains(QStringLiteral("permission denied")),
                 qPrintable(ben->lastError()));
        auto stored = m_admin->exec(QStringLiteral("SELECT COUNT(*), MIN(status) FROM "
                                                   "scorecards WHERE id = 1"));
        QVERIFY(stored && stored->next());
        QCOMPARE(stored->value(0).toInt(), 1);
        QCOMPARE(stored->value(1).toString(), QStringLiteral("submitted"));
    }

    // What the app counts as Ben (the candidate list, the detail pane,
    // "n of m hidden") is what the administrator counts in the table, while
    // the cards it hands out are still only those Ben may read.
    void theAppCountsWhatBenMayNotRead() {
        auto opened = openAs(kBen);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Database& db = **opened;

        // Submitted: Zoë 1 (Ana's), Kenji 1 (Ana's card 3), by the fixture.
        auto row = PipelineQuery(db).row(kZoe);
        QVERIFY2(row, qPrintable(row.errorMessage()));
        QVERIFY(row->has_value());
        QCOMPARE((*row)->submittedScorecardCount, 1);
        auto rows = PipelineQuery(db).rowsForOpening(1);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), 2);
        for (const PipelineRow& line : *rows)
            QCOMPARE(line.submittedScorecardCount, 1);
        auto adminRow = PipelineQuery(*m_admin).row(kKenji);
        QVERIFY(adminRow && adminRow->has_value());
        QCOMPARE((*adminRow)->submittedScorecardCount, 1);

        auto details = CandidateDetails::load(db, kZoe);
        QVERIFY2(details, qPrintable(details.errorMessage()));
        QCOMPARE(details->interviews.size(), 1);
        QCOMPARE(details->interviews.first().submittedScorecards, 1);
        QCOMPARE(details->interviews.first().draftScorecards, 1);

        // Zoë: Ana's submitted card is hidden until Ben submits his.
        auto policy = BlindScoringPolicy::forApplication(db, kZoe, false);
        QVERIFY2(policy, qPrintable(policy.errorMessage()));
        const WithheldScorecards withheld = policy->withheldFrom(kBen);
        QCOMPARE(withheld.submitted, 1);
        QCOMPARE(withheld.hidden, 1);
        QCOMPARE(withheld.reason, WithheldScorecards::Reason::YoursOutstanding);
        auto adminPolicy = BlindScoringPolicy::forApplication(*m_admin, kZoe, false);
        QVERIFY(adminPolicy);
        const WithheldScorecards asAdminSees = adminPolicy->withheldFrom(kBen);
        QCOMPARE(withheld.submitted, asAdminSees.submitted);
        QCOMPARE(withheld.hidden, asAdminSees.hidden);
        // What it hands out is Ben's own card, with its rating.
        const QList<Scorecard> visible = policy->visibleTo(kBen);
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible.first().id, RowId(2));
        QCOMPARE(visible.first().ratings.size(), 1);
        QCOMPARE(visible.first().ratings.first().score, std::optional<int>(2));
    }

    void nobodyWritesAnotherPanelistsScorecard() {
        auto ben = login(kBen);
        const int updated =
            ben->changed(QStringLiteral("UPDATE scorecards SET key_takeaways = 'mine now' "
                                        "WHERE id = 1"));
        QVERIFY2(updated == 0 || updated == -1, qPrintable(QString::number(updated)));
        QCOMPARE(ben->changed(QStringLiteral("UPDATE ratings SET score = 1 WHERE "
                                             "scorecard_id = 1")),
                 0);
        QCOMPARE(ben->changed(QStringLiteral("DELETE FROM scorecards WHERE id = 1")), 0);
        // A card in someone else's name is refused outright.
        QCOMPARE(ben->changed(QStringLiteral(
                     "INSERT INTO scorecards (uuid, interview_id, panelist_id, rubric_id, "
                     "status, updated_at) VALUES ('0190f000-0000-7000-8000-000000000899', 1, 3, "
                     "1, 'submitted', '2026-12-02T11:00:00.000Z')")),
                 -1);
        QVERIFY2(ben->lastError().contains(QStringLiteral("row-level security")),
                 qPrintable(ben->lastError()));
        auto stored = m_admin->exec(QStringLiteral("SELECT key_takeaways, (SELECT score FROM "
                                                   "ratings WHERE scorecard_id = 1) FROM "
                                                   "scorecards WHERE id = 1"));
        QVERIFY(stored && stored->next());
        QCOMPARE(stored->value(0).toString(), QString());
        QCOMPARE(stored->value(1).toInt(), 4);
        // Nor does anyone take over another's identity or the lead.
        QCOMPARE(ben->changed(QStringLiteral("UPDATE panelists SET login_role = 'rls_ben' "
                                             "WHERE id = 1")),
                 -1);
        const int seated = ben->changed(QStringLiteral("UPDATE opening_panel SET is_lead = "
                                                       "TRUE WHERE panelist_id = 2"));
        QVERIFY2(seated == 0 || seated == -1, qPrintable(QString::number(seated)));
        // Nor stops owing a card by leaving or cancelling the interview.
        QCOMPARE(ben->changed(QStringLiteral("DELETE FROM interview_panelists WHERE "
                                             "panelist_id = 2")),
                 0);
        QCOMPARE(ben->changed(QStringLiteral("UPDATE interviews SET cancelled_at = "
                                             "'2026-12-02T11:00:00.000Z' WHERE id = 1")),
                 0);
        QCOMPARE(ben->ids(kCardsOf.arg(kZoe)), QList<qint64>{2});
    }

    void afterBenSubmitsAnasCardAppears() {
        auto ben = login(kBen);
        QCOMPARE(ben->changed(QStringLiteral("UPDATE scorecards SET status = 'submitted', "
                                             "submitted_at = '2026-12-02T12:00:00.000Z' "
                                             "WHERE id = 2")),
                 1);
        QCOMPARE(ben->ids(kCardsOf.arg(kZoe)), QList<qint64>({1, 2}));
        QCOMPARE(ben->ids(kRatedCardsOf.arg(kZoe)), QList<qint64>({1, 2}));
        // Every card for Zoë is in: Lea sees them too.
        QCOMPARE(login(kLea)->ids(kCardsOf.arg(kZoe)), QList<qint64>({1, 2}));
        // For Kenji Ben still has only his draft.
        QCOMPARE(ben->ids(kCardsOf.arg(kKenji)), QList<qint64>{4});
        compareWithPolicy();
    }

    void auditRowsAreInsertOnly() {
        auto ben = login(kBen);
        QCOMPARE(ben->changed(QStringLiteral(
                     "INSERT INTO audit_log (uuid, occurred_at, actor, entity_type, "
                     "entity_uuid, field) VALUES ('0190f000-0000-7000-8000-000000000901', "
                     "'2026-12-02T12:00:00.000Z', 'Ben', 'scorecard', "
                     "'0190f000-0000-7000-8000-000000000802', 'status')")),
                 1);
        QCOMPARE(ben->changed(QStringLiteral("UPDATE audit_log SET actor = 'Ana'")), -1);
        QVERIFY2(ben->lastError().contains(QStringLiteral("permission denied")),
                 qPrintable(ben->lastError()));
        QCOMPARE(ben->changed(QStringLiteral("DELETE FROM audit_log")), -1);
        QCOMPARE(login(kLea)->changed(QStringLiteral("DELETE FROM audit_log")), -1);
        auto rows = m_admin->exec(QStringLiteral("SELECT actor FROM audit_log"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("Ben"));
    }

    void onlyTheLeadRecordsADecision() {
        const QString decide = QStringLiteral(
            "INSERT INTO decisions (uuid, opening_id, decided_at, decided_by, rationale) VALUES "
            "('0190f000-0000-7000-8000-000000000a01', 1, '2026-12-03T09:00:00.000Z', %1, '')");
        auto ben = login(kBen);
        QCOMPARE(ben->changed(decide.arg(kBen)), -1);
        QVERIFY2(ben->lastError().contains(QStringLiteral("row-level security")),
                 qPrintable(ben->lastError()));
        auto lea = login(kLea);
        QCOMPARE(lea->changed(decide.arg(kLea)), 1);
        QCOMPARE(ben->changed(QStringLiteral("UPDATE decisions SET rationale = 'no'")), 0);
        QCOMPARE(ben->changed(QStringLiteral(
                     "INSERT INTO decision_outcomes (decision_id, application_id, role, "
                     "sort_order) SELECT id, 2, 'chosen', 0 FROM decisions")),
                 -1);
        QCOMPARE(lea->changed(QStringLiteral(
                     "INSERT INTO decision_outcomes (decision_id, application_id, role, "
                     "sort_order) SELECT id, 1, 'chosen', 0 FROM decisions")),
                 1);
    }

    void theScheduleIsTheLeads() {
        QCOMPARE(login(kLea)->changed(QStringLiteral("UPDATE interviews SET location = "
                                                     "'Room 2' WHERE id = 1")),
                 1);
        QCOMPARE(login(kAna)->changed(QStringLiteral("UPDATE interviews SET location = "
                                                     "'Room 3' WHERE id = 1")),
                 0);
    }

    void theLeadsRevealLiftsItForThePanel() {
        auto ben = login(kBen);
        QCOMPARE(ben->changed(QStringLiteral("UPDATE openings SET scores_revealed = TRUE")), -1);
        QCOMPARE(ben->ids(kCardsOf.arg(kKenji)), QList<qint64>{4});
        QCOMPARE(login(kLea)->changed(QStringLiteral("UPDATE openings SET scores_revealed = "
                                                     "TRUE WHERE id = 1")),
                 1);
        // Ben has not submitted for Kenji and sees Ana's submitted card;
        // her draft (5) stays hers.
        QCOMPARE(ben->ids(kCardsOf.arg(kKenji)), QList<qint64>({3, 4}));
        QCOMPARE(ben->ids(kRatedCardsOf.arg(kKenji)), QList<qint64>({3, 4}));
        QCOMPARE(login(kLea)->ids(kCardsOf.arg(kKenji)), QList<qint64>{3});
        compareWithPolicy();
    }

    // Who sits on the panel is the lead's (and an administrator's) to
    // change: a panelist neither seats, moves nor removes anyone, lead or
    // not, while the lead does.
    void onlyTheLeadChangesThePanel() {
        const QString panel = QStringLiteral("SELECT panelist_id FROM opening_panel WHERE "
                                             "opening_id = 1 ORDER BY panelist_id");
        auto ben = login(kBen);
        QCOMPARE(ben->ids(panel), QList<qint64>({1, 2, 3}));
        QCOMPARE(ben->changed(QStringLiteral("DELETE FROM opening_panel WHERE panelist_id = 1")),
                 0);
        QCOMPARE(ben->changed(QStringLiteral("UPDATE opening_panel SET seat = 9 WHERE "
                                             "panelist_id = 1")),
                 0);
        QCOMPARE(ben->changed(QStringLiteral("INSERT INTO panelists (id, uuid, name, email) "
                                             "VALUES (50, '0190f000-0000-7000-8000-0000000000f0', "
                                             "'Max', 'max@example.org')")),
                 1);
        QCOMPARE(ben->changed(QStringLiteral("INSERT INTO opening_panel (opening_id, "
                                             "panelist_id, is_lead, seat) VALUES (1, 50, FALSE, "
                                             "4)")),
                 -1);
        QVERIFY2(ben->lastError().contains(QStringLiteral("row-level security")),
                 qPrintable(ben->lastError()));
        QCOMPARE(ben->ids(panel), QList<qint64>({1, 2, 3}));
        auto lea = login(kLea);
        QCOMPARE(lea->changed(QStringLiteral("INSERT INTO opening_panel (opening_id, "
                                             "panelist_id, is_lead, seat) VALUES (1, 50, FALSE, "
                                             "4)")),
                 1);
        QCOMPARE(lea->changed(QStringLiteral("DELETE FROM opening_panel WHERE panelist_id = "
                                             "50")),
                 1);
        QCOMPARE(ben->ids(panel), QList<qint64>({1, 2, 3}));
    }

    // The app asks the server's own rule before it writes, and says what
    // was refused and why; where it did not ask, the server's refusal is
    // still worded, never shown as SQL.
    void refusalsAreWordedNotRaw() {
        auto opened = openAs(kBen);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Database& ben = **opened;
        QVERIFY(!ServerPermissions(ben).maySchedule(kZoe));
        QVERIFY(!ServerPermissions(ben).mayDecide(1));
        QVERIFY(!ServerPermissions(ben).maySetUp(1));
        auto asLea = openAs(kLea);
        QVERIFY2(asLea, qPrintable(asLea.errorMessage()));
        QVERIFY(ServerPermissions(**asLea).maySchedule(kZoe));
        QVERIFY(ServerPermissions(**asLea).mayDecide(1));
        QVERIFY(ServerPermissions(**asLea).maySetUp(1));
        QVERIFY(ServerPermissions(*m_admin).maySchedule(kZoe));

        // Cancelling Kenji's third interview (no card submitted) as Ben:
        // refused before anything is written, in words that name the lead.
        auto interview = InterviewRepository(*m_admin).get(3);
        QVERIFY(interview);
        const QDateTime now(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
        auto cancelled = InterviewScheduler(ben).cancel(interview->uuid, QStringLiteral("Ill"),
                                                        QStringLiteral("Ben"), now);
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.errorMessage().contains(QStringLiteral("Only the opening's panel lead")),
                 qPrintable(cancelled.errorMessage()));
        QVERIFY(!cancelled.errorMessage().contains(QStringLiteral("row-level")));
        auto stored = InterviewRepository(*m_admin).get(3);
        QVERIFY(stored);
        QVERIFY(!stored->isCancelled());

        // A write no workflow asked about: the server's refusal in words.
        auto raw = ben.exec(QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!raw);
        QVERIFY2(raw.errorMessage().contains(QStringLiteral("refused this change")),
                 qPrintable(raw.errorMessage()));
        QVERIFY2(!raw.errorMessage().contains(QStringLiteral("permission denied")),
                 qPrintable(raw.errorMessage()));
        auto policy = ben.exec(QStringLiteral(
            "INSERT INTO decisions (uuid, opening_id, decided_at, decided_by, rationale) VALUES "
            "('0190f000-0000-7000-8000-000000000a09', 1, '2026-12-03T09:00:00.000Z', 2, '')"));
        QVERIFY(!policy);
        QVERIFY2(policy.errorMessage().contains(QStringLiteral("refused this change")) &&
                     !policy.errorMessage().contains(QStringLiteral("row-level")),
                 qPrintable(policy.errorMessage()));
    }

    void theAppKnowsWhoLoggedIn() {
        auto db = openAs(kBen);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(SessionPanelist::fixedByLogin(**db));
        auto current = SessionPanelist::current(**db);
        QVERIFY2(current, qPrintable(current.errorMessage()));
        QCOMPARE(current->id, kBen);
        QCOMPARE(current->name, QStringLiteral("Ben"));

        QVERIFY(PostgresServer::run(kDatabase,
                                    QStringLiteral("CREATE ROLE rls_nobody LOGIN PASSWORD "
                                                   "'not-a-secret' IN ROLE debrief_panelist")));
        ServerAddress asNobody = *m_address;
        asNobody.user = QStringLiteral("rls_nobody");
        asNobody.password = QStringLiteral("not-a-secret");
        auto unlinked = Database::openPostgres(asNobody, Database::OpenMode::MustExist);
        QVERIFY2(unlinked, qPrintable(unlinked.errorMessage()));
        auto nobody = SessionPanelist::current(**unlinked);
        QVERIFY(!nobody);
        QVERIFY2(nobody.errorMessage().contains(QStringLiteral("rls_nobody")) &&
                     nobody.errorMessage().contains(QStringLiteral("not linked")),
                 qPrintable(nobody.errorMessage()));

        // A refusal is not remembered: linked now, the same connection
        // finds its panelist. The link is then read once per connection,
        // until forget() (a reconnect): unlinking it changes nothing before.
        QVERIFY(m_admin->exec(QStringLiteral(
            "INSERT INTO panelists (id, uuid, name, email, login_role) VALUES (4, "
            "'0190f000-0000-7000-8000-00000000000d', 'Noor', 'noor@example.org', 'rls_nobody')")));
        auto linked = SessionPanelist::currentId(**unlinked);
        QVERIFY2(linked, qPrintable(linked.errorMessage()));
        QCOMPARE(*linked, RowId(4));
        QVERIFY(m_admin->exec(QStringLiteral("UPDATE panelists SET login_role = '' WHERE id = 4")));
        QCOMPARE(SessionPanelist::currentId(**unlinked).value(), RowId(4));
        QCOMPARE(SessionPanelist::current(**unlinked)->name, QStringLiteral("Noor"));
        SessionPanelist::forget(**unlinked);
        QVERIFY(!SessionPanelist::currentId(**unlinked));
        QVERIFY(m_admin->exec(QStringLiteral("DELETE FROM panelists WHERE id = 4")));
    }
};

QTEST_GUILESS_MAIN(TestRowSecurity)
#include "tst_rowsecurity.moc"
