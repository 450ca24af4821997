#include "ChangeNotifications.h"

#include "Database.h"

#include <QStringList>

namespace debrief {
namespace {

// One function for every watched table: what changed (the table, what was
// done, the row's uuid and, where one join finds them, its application's
// and opening's), and who (session_user: the login role, which SET ROLE
// and SECURITY DEFINER functions do not change). Ids only, so the payload
// stays far below NOTIFY's 8000 bytes and a listener learns nothing it
// could not read anyway. It runs as the writer (SECURITY INVOKER): the rows
// it looks up (interviews, applications, openings) are ones every panelist
// reads. A scorecard is announced once it is or was submitted: a draft
// autosaved every few seconds is no one else's business (blind scoring) and
// would make every client reread its views all the time. NOTIFY is sent
// when the writing transaction commits, and not at all when it rolls back.
const char* const kFunction = R"sql(
CREATE OR REPLACE FUNCTION debrief_announce_change() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    changed record;
    what text := lower(TG_OP);
    application_uuid text;
    opening_uuid text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    IF TG_TABLE_NAME = 'scorecards' THEN
        IF TG_OP = 'INSERT' THEN
            IF NEW.status <> 'submitted' THEN
                RETURN NULL;
            END IF;
            what := 'submit';
        ELSIF TG_OP = 'UPDATE' THEN
            IF NEW.status <> 'submitted' AND OLD.status <> 'submitted' THEN
                RETURN NULL;
            END IF;
            what := CASE WHEN OLD.status = 'submitted' THEN 'amend' ELSE 'submit' END;
        ELSIF OLD.status <> 'submitted' THEN
            RETURN NULL;
        END IF;
        SELECT a.uuid, o.uuid INTO application_uuid, opening_uuid
            FROM interviews i JOIN applications a ON a.id = i.application_id
            JOIN openings o ON o.id = a.opening_id WHERE i.id = changed.interview_id;
    ELSIF TG_TABLE_NAME = 'openings' THEN
        IF TG_OP = 'UPDATE' AND NEW.scores_revealed AND NOT OLD.scores_revealed THEN
            what := 'reveal';
        END IF;
        opening_uuid := changed.uuid;
    ELSIF TG_TABLE_NAME = 'decisions' THEN
        SELECT o.uuid INTO opening_uuid FROM openings o WHERE o.id = changed.opening_id;
    ELSIF TG_TABLE_NAME = 'applications' THEN
        application_uuid := changed.uuid;
        SELECT o.uuid INTO opening_uuid FROM openings o WHERE o.id = changed.opening_id;
    ELSIF TG_TABLE_NAME IN ('interviews', 'rejection_drafts') THEN
        SELECT a.uuid, o.uuid INTO application_uuid, opening_uuid
            FROM applications a JOIN openings o ON o.id = a.opening_id
            WHERE a.id = changed.application_id;
    END IF;
    PERFORM pg_notify('%1', json_build_object(
        'table', TG_TABLE_NAME, 'action', what, 'uuid', changed.uuid,
        'application', application_uuid, 'opening', opening_uuid,
        'actor', session_user::text)::text);
    RETURN NULL;
END
$body$
)sql";

// The rows whose changes the views show: ratings change only with their
// scorecard's row, decision outcomes with their decision's.
const char* const kTables[] = {"scorecards",   "openings",   "decisions",       "candidates",
                               "applications", "interviews", "rejection_drafts"};

} // namespace

QString ChangeNotifications::channel() {
    return QStringLiteral("debrief_changes");
}

Status ChangeNotifications::install(Database& db) {
    if (db.dialect() != SqlDialect::PostgreSql)
        return {};
    QStringList statements{QString::fromUtf8(kFunction).arg(channel())};
    for (const char* table : kTables) {
        // Table names are this file's constants, never data.
        statements.append(QStringLiteral("CREATE OR REPLACE TRIGGER debrief_announce_change "
                                         "AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                         "FOR EACH ROW EXECUTE FUNCTION debrief_announce_change()")
                              .arg(QLatin1String(table)));
    }
    for (const QString& statement : std::as_const(statements)) {
        if (auto done = db.exec(statement); !done)
            return done.error();
    }
    return {};
}

} // namespace debrief
