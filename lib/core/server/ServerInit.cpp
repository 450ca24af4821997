#include "ServerInit.h"

#include "storage/Database.h"
#include "storage/TransactionGuard.h"

namespace debrief {
namespace {

// Every function a policy or trigger calls reads with its owner's rights
// (SECURITY DEFINER), so a policy on scorecards may read scorecards without
// recursing into itself, and compares with session_user: inside such a
// function current_user is the owner, and SET ROLE does not change
// session_user. search_path is pinned so no caller can slip a table of the
// same name in front of ours.
const QString kDefiner =
    QStringLiteral("STABLE SECURITY DEFINER SET search_path = pg_catalog, public");

QString function(const QString& signature, const QString& returns, const QString& body) {
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS %2 LANGUAGE sql %3 AS $fn$ %4 "
                          "$fn$")
        .arg(signature, returns, kDefiner, body);
}

// One permissive policy; DROP first so a second run (or a newer Debrief)
// leaves exactly this definition.
QStringList policy(const QString& table, const QString& name, const QString& command,
                   const QString& usingClause, const QString& checkClause = {}) {
    QString create = QStringLiteral("CREATE POLICY %1 ON %2 FOR %3").arg(name, table, command);
    if (!usingClause.isEmpty())
        create += QStringLiteral(" USING (%1)").arg(usingClause);
    if (!checkClause.isEmpty())
        create += QStringLiteral(" WITH CHECK (%1)").arg(checkClause);
    return {QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table), create};
}

// Reads for everyone, writes where `allowed` holds (for the rows before and
// after an update).
QStringList writePolicies(const QString& table, const QString& allowed) {
    QStringList statements = policy(table, table + QStringLiteral("_read"),
                                    QStringLiteral("SELECT"), QStringLiteral("true"));
    statements +=
        policy(table, table + QStringLiteral("_insert"), QStringLiteral("INSERT"), {}, allowed);
    statements += policy(table, table + QStringLiteral("_update"), QStringLiteral("UPDATE"),
                         allowed, allowed);
    statements +=
        policy(table, table + QStringLiteral("_delete"), QStringLiteral("DELETE"), allowed);
    return statements;
}

QStringList roles() {
    return {
        // Roles are cluster-wide: a group role of this name may already be
        // there (another Debrief database on the same server), which is
        // fine; a role that can log in is not a group and is refused.
        QStringLiteral(
            "DO $do$ DECLARE r text; BEGIN "
            "FOREACH r IN ARRAY ARRAY['debrief_panelist', 'debrief_lead', 'debrief_admin'] LOOP "
            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN "
            "EXECUTE format('CREATE ROLE %I NOLOGIN', r); "
            "ELSIF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r AND rolcanlogin) THEN "
            "RAISE EXCEPTION 'role % can log in; it cannot be a Debrief group role', r; "
            "END IF; END LOOP; END $do$"),
        // Leads and administrators are panelists too; GRANT of a membership
        // that exists only notes it.
        QStringLiteral("GRANT debrief_panelist TO debrief_lead, debrief_admin"),
        // A login role belongs to one panelist.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS panelists_login_role ON panelists "
                       "(login_role) WHERE login_role <> ''"),
    };
}

QStringList functions() {
    return {
        // Who is asking: the panelist linked to the login role (NULL when
        // none is). The app asks this very function (SessionPanelist).
        function(QStringLiteral("debrief_session_panelist()"), QStringLiteral("bigint"),
                 QStringLiteral("SELECT id FROM panelists WHERE login_role <> '' "
                                "AND login_role = session_user::text")),
        // The owner of the tables (who ran server-init), a superuser or a
        // member of debrief_admin.
        function(QStringLiteral("debrief_is_admin()"), QStringLiteral("boolean"),
                 QStringLiteral("SELECT pg_has_role(session_user, 'debrief_admin', 'MEMBER') "
                                "OR pg_has_role(session_user, (SELECT relowner FROM pg_class "
                                "WHERE oid = 'public.panelists'::regclass), 'MEMBER')")),
        function(QStringLiteral("debrief_is_lead_of(opening bigint)"), QStringLiteral("boolean"),
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM opening_panel op "
                                "WHERE op.opening_id = opening AND op.is_lead "
                                "AND op.panelist_id = debrief_session_panelist())")),
        // What only an opening's lead (or an administrator) changes: the
        // schedule, the decision, the reveal and the panel build on it, and
        // the app asks it too (ServerPermissions).
        function(QStringLiteral("debrief_may_lead(opening bigint)"), QStringLiteral("boolean"),
                 QStringLiteral("SELECT debrief_is_admin() OR COALESCE(debrief_is_lead_of("
                                "opening), false)")),
        // Blind scoring, the twin of BlindScoringPolicy::maySee
        // (lib/core/scoring/BlindScoringPolicy.cpp): change both together.
        // Own cards always; others' drafts never; others' submitted cards
        // after the lead's reveal, or, for a viewer who owes cards for the
        // application (a seat on one of its interviews that was not
        // cancelled: Interview::expectsScorecardFrom), once every card they
        // owe is submitted; for a viewer who owes none, once every seat of
        // every interview not cancelled has a submitted card.
        function(
            QStringLiteral("debrief_may_see_scorecard(card_interview bigint, "
                           "card_panelist bigint, card_status text)"),
            QStringLiteral("boolean"),
            QStringLiteral(
                "WITH viewer AS (SELECT debrief_session_panelist() AS id), "
                "app AS (SELECT i.application_id AS id, a.opening_id FROM interviews i "
                "JOIN applications a ON a.id = i.application_id WHERE i.id = card_interview), "
                "owed AS (SELECT i.id FROM interviews i "
                "JOIN interview_panelists ip ON ip.interview_id = i.id "
                "WHERE i.application_id = (SELECT id FROM app) "
                "AND COALESCE(i.cancelled_at, '') = '' "
                "AND ip.panelist_id = (SELECT id FROM viewer)) "
                "SELECT COALESCE(card_panelist = (SELECT id FROM viewer), false) "
                "OR (card_status = 'submitted' AND ("
                "(SELECT o.scores_revealed FROM openings o WHERE o.id = (SELECT opening_id FROM "
                "app)) "
                "OR CASE WHEN EXISTS (SELECT 1 FROM owed) "
                "THEN NOT EXISTS (SELECT 1 FROM owed WHERE NOT EXISTS (SELECT 1 FROM "
                "scorecards s WHERE s.interview_id = owed.id "
                "AND s.panelist_id = (SELECT id FROM viewer) AND s.status = 'submitted')) "
                "ELSE NOT EXISTS (SELECT 1 FROM interviews i "
                "JOIN interview_panelists ip ON ip.interview_id = i.id "
                "WHERE i.application_id = (SELECT id FROM app) "
                "AND COALESCE(i.cancelled_at, '') = '' "
                "AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id "
                "AND s.panelist_id = ip.panelist_id AND s.status = 'submitted')) END))")),
        function(QStringLiteral("debrief_may_see_scorecard_id(card bigint)"),
                 QStringLiteral("boolean"),
                 QStringLiteral("SELECT COALESCE((SELECT debrief_may_see_scorecard(s.interview_id, "
                                "s.panelist_id, s.status) FROM scorecards s WHERE s.id = card), "
                                "false)")),
        function(QStringLiteral("debrief_owns_scorecard(card bigint)"), QStringLiteral("boolean"),
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM scorecards s WHERE s.id = card "
                                "AND s.panelist_id = debrief_session_panelist())")),
        // The schedule is the lead's: a panelist who could leave or cancel
        // an interview would stop owing its card, and see the others'.
        function(QStringLiteral("debrief_may_schedule(application bigint)"),
                 QStringLiteral("boolean"),
                 QStringLiteral("SELECT debrief_may_lead((SELECT a.opening_id FROM "
                                "applications a WHERE a.id = application))")),
        function(QStringLiteral("debrief_may_schedule_interview(interview bigint)"),
                 QStringLiteral("boolean"),
                 QStringLiteral("SELECT debrief_may_schedule((SELECT i.application_id FROM "
                                "interviews i WHERE i.id = interview))")),
        // The panel (and the rest of the set-up, which is written with it)
        // is the lead's; an opening nobody leads yet is set up by whoever
        // made it, and debrief_guard_lead says who may name its lead.
        function(QStringLiteral("debrief_may_seat(opening bigint)"), QStringLiteral("boolean"),
                 QStringLiteral("SELECT debrief_may_lead(opening) OR NOT EXISTS (SELECT 1 "
                                "FROM opening_panel op WHERE op.opening_id = opening AND "
                                "op.is_lead)")),
        function(QStringLiteral("debrief_may_decide(decision bigint)"), QStringLiteral("boolean"),
                 QStringLiteral("SELECT debrief_may_lead((SELECT d.opening_id FROM "
                                "decisions d WHERE d.id = decision))")),
    };
}

// For the administrator (PanelistLogin), run with the caller's own rights
// (CREATEROLE): the login name and the password's SCRAM verifier arrive as
// bound values and are quoted by format() (%I, %L), never pasted into SQL by
// the client. The name is checked again here, whoever calls.
QStringList loginFunctions() {
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION debrief_set_login(login text, verifier text) "
            "RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public AS $fn$ BEGIN "
            "IF login !~ '^[a-z_][a-z0-9_]{0,62}$' OR login LIKE 'pg\\_%' "
            "OR login LIKE 'debrief\\_%' THEN "
            "RAISE EXCEPTION 'not a valid login role name' USING ERRCODE = 'invalid_name'; "
            "END IF; "
            "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN "
            "EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier); "
            "ELSE EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier); END IF; "
            "EXECUTE format('GRANT debrief_panelist TO %I', login); END $fn$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION debrief_grant_lead(login text) "
            "RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public AS $fn$ BEGIN "
            "EXECUTE format('GRANT debrief_lead TO %I', login); END $fn$"),
        QStringLiteral("REVOKE ALL ON FUNCTION debrief_set_login(text, text) FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION debrief_grant_lead(text) FROM PUBLIC"),
    };
}

// What a policy cannot say, because it needs the row as it was: who may
// link a login role, reveal an opening's scores or make someone its lead.
QStringList triggers() {
    const auto guard = [](const QString& name, const QString& table, const QString& events,
                          const QString& refused, const QString& message) {
        return QStringList{
            QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql "
                           "SET search_path = pg_catalog, public AS $fn$ BEGIN "
                           "IF %2 THEN RAISE EXCEPTION '%3' USING ERRCODE = "
                           "'insufficient_privilege'; END IF; "
                           "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $fn$")
                .arg(name, refused, message),
            QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(name, events, table)};
    };
    QStringList statements;
    statements +=
        guard(QStringLiteral("debrief_guard_login_role"), QStringLiteral("panelists"),
              QStringLiteral("INSERT OR UPDATE"),
              QStringLiteral("NEW.login_role IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN "
                             "OLD.login_role ELSE '' END) AND NOT debrief_is_admin()"),
              QStringLiteral("only an administrator links a login role to a panelist"));
    statements += guard(QStringLiteral("debrief_guard_reveal"), QStringLiteral("openings"),
                        QStringLiteral("UPDATE"),
                        QStringLiteral("NEW.scores_revealed IS DISTINCT FROM OLD.scores_revealed "
                                       "AND NOT debrief_may_lead(NEW.id)"),
                        QStringLiteral("only the panel lead reveals the scores"));
    // A lead is made by an administrator or a lead of the same opening; a
    // member of debrief_lead may seat the first lead of an opening without
    // one (the opening they have just set up).
    statements += guard(
        QStringLiteral("debrief_guard_lead"), QStringLiteral("opening_panel"),
        QStringLiteral("INSERT OR UPDATE OR DELETE"),
        QStringLiteral(
            "(CASE WHEN TG_OP = 'INSERT' THEN NEW.is_lead WHEN TG_OP = 'DELETE' THEN OLD.is_lead "
            "ELSE NEW.is_lead IS DISTINCT FROM OLD.is_lead END) "
            "AND NOT (debrief_is_admin() "
            "OR debrief_is_lead_of(CASE WHEN TG_OP = 'DELETE' THEN OLD.opening_id "
            "ELSE NEW.opening_id END) "
            "OR (pg_has_role(session_user, 'debrief_lead', 'MEMBER') AND TG_OP = 'INSERT' "
            "AND NOT EXISTS (SELECT 1 FROM opening_panel op WHERE op.opening_id = NEW.opening_id "
            "AND op.is_lead)))"),
        QStringLiteral("only an administrator or the panel lead names a lead"));
    return statements;
}

QStringList grants() {
    QStringList statements{
        // A Debrief database holds Debrief's tables only.
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                       "TO debrief_panelist"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public "
                       "TO debrief_panelist"),
        // The audit trail only grows; the schema is the administrator's.
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM debrief_panelist"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version "
                       "FROM debrief_panelist"),
        // The view behind every count of scorecards (migration 12) is
        // read-only: written through, it would write with its owner's rights.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON scorecard_seats "
                       "FROM debrief_panelist"),
    };
    for (const char* name :
         {"debrief_session_panelist()", "debrief_is_admin()", "debrief_is_lead_of(bigint)",
          "debrief_may_lead(bigint)", "debrief_may_see_scorecard(bigint, bigint, text)",
          "debrief_may_see_scorecard_id(bigint)", "debrief_owns_scorecard(bigint)",
          "debrief_may_schedule(bigint)", "debrief_may_schedule_interview(bigint)",
          "debrief_may_seat(bigint)", "debrief_may_decide(bigint)"}) {
        statements.append(
            QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(name)));
        statements.append(QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO debrief_panelist")
                              .arg(QLatin1String(name)));
    }
    return statements;
}

QStringList policies() {
    QStringList statements;
    for (const char* table :
         {"scorecards", "ratings", "audit_log", "decisions", "decision_criteria",
          "decision_outcomes", "interviews", "interview_panelists", "opening_panel"}) {
        statements.append(
            QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table)));
    }
    const QString scorecards = QStringLiteral("scorecards");
    const QString own =
        QStringLiteral("debrief_is_admin() OR panelist_id = debrief_session_panelist()");
    statements +=
        policy(scorecards, QStringLiteral("scorecards_read"), QStringLiteral("SELECT"),
               QStringLiteral("debrief_is_admin() OR "
                              "debrief_may_see_scorecard(interview_id, panelist_id, status)"));
    statements +=
        policy(scorecards, QStringLiteral("scorecards_insert"), QStringLiteral("INSERT"), {}, own);
    statements +=
        policy(scorecards, QStringLiteral("scorecards_update"), QStringLiteral("UPDATE"), own, own);
    statements +=
        policy(scorecards, QStringLiteral("scorecards_delete"), QStringLiteral("DELETE"), own);

    const QString ratings = QStringLiteral("ratings");
    const QString ownCard =
        QStringLiteral("debrief_is_admin() OR debrief_owns_scorecard(scorecard_id)");
    statements += policy(ratings, QStringLiteral("ratings_read"), QStringLiteral("SELECT"),
                         QStringLiteral("debrief_is_admin() OR "
                                        "debrief_may_see_scorecard_id(scorecard_id)"));
    statements +=
        policy(ratings, QStringLiteral("ratings_insert"), QStringLiteral("INSERT"), {}, ownCard);
    statements += policy(ratings, QStringLiteral("ratings_update"), QStringLiteral("UPDATE"),
                         ownCard, ownCard);
    statements +=
        policy(ratings, QStringLiteral("ratings_delete"), QStringLiteral("DELETE"), ownCard);

    // Insert-only: no policy lets a row be changed or removed, on top of
    // the privileges not granted.
    const QString audit = QStringLiteral("audit_log");
    statements += policy(audit, QStringLiteral("audit_log_read"), QStringLiteral("SELECT"),
                         QStringLiteral("true"));
    statements += policy(audit, QStringLiteral("audit_log_insert"), QStringLiteral("INSERT"), {},
                         QStringLiteral("true"));

    statements +=
        writePolicies(QStringLiteral("decisions"), QStringLiteral("debrief_may_lead(opening_id)"));
    statements += writePolicies(QStringLiteral("decision_criteria"),
                                QStringLiteral("debrief_may_decide(decision_id)"));
    statements += writePolicies(QStringLiteral("decision_outcomes"),
                                QStringLiteral("debrief_may_decide(decision_id)"));
    statements += writePolicies(QStringLiteral("interviews"),
                                QStringLiteral("debrief_may_schedule(application_id)"));
    statements += writePolicies(QStringLiteral("interview_panelists"),
                                QStringLiteral("debrief_may_schedule_interview(interview_id)"));
    statements += writePolicies(QStringLiteral("opening_panel"),
                                QStringLiteral("debrief_may_seat(opening_id)"));
    return statements;
}

} // namespace

const QString& ServerInit::panelistGroup() {
    static const QString name = QStringLiteral("debrief_panelist");
    return name;
}

const QString& ServerInit::leadGroup() {
    static const QString name = QStringLiteral("debrief_lead");
    return name;
}

const QString& ServerInit::adminGroup() {
    static const QString name = QStringLiteral("debrief_admin");
    return name;
}

const QStringList& ServerInit::statements() {
    static const QStringList all =
        roles() + functions() + loginFunctions() + triggers() + grants() + policies();
    return all;
}

Status ServerInit::run(Database& db) {
    if (db.dialect() != SqlDialect::PostgreSql)
        return Error{tr("%1 is a file: only a PostgreSQL server has login roles and row-level "
                        "security.")
                         .arg(db.location())};
    // The same check the set-up makes on the server, with a message of ours.
    auto taken = db.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin AND "
                                        "rolname IN (?, ?, ?) ORDER BY rolname"),
                         {panelistGroup(), leadGroup(), adminGroup()});
    if (!taken)
        return taken.error();
    if (taken->next())
        return Error{tr("The role %1 already exists on %2 and can log in, so it cannot be one of "
                        "Debrief's group roles. Rename or drop it, then run server-init again.")
                         .arg(taken->value(0).toString(), db.location())};
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const QString& statement : statements()) {
        if (auto done = db.exec(statement); !done)
            return done.error();
    }
    return tx.commit();
}

} // namespace debrief
