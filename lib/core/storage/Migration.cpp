#include "Migration.h"

#include "CandidateSearchKey.h"
#include "ChangeNotifications.h"

namespace debrief {
namespace {

// Portable SQL: TEXT for text, UUIDs (canonical form, no braces), dates
// (yyyy-MM-dd) and UTC timestamps (ISO 8601 with milliseconds); BIGINT for
// row ids; BOOLEAN and DOUBLE PRECISION, which SQLite maps to its affinities.
// No column is named after an SQL keyword ("references", "position", "rank",
// "level"…), so a candidate's references live in `referees` and list order
// in `sort_order`. References that must block a removal (a scorecard's
// rubric, a seated panelist) use the default NO ACTION. SQLite checks it at
// the end of the statement, PostgreSQL after each cascaded step, which is why
// OpeningRepository::remove deletes an opening's applications and decision
// before the opening itself.
QStringList initialSchema() {
    return {
        QStringLiteral("CREATE TABLE panelists ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', "
                       "role TEXT NOT NULL DEFAULT '', login_role TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE openings ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "title TEXT NOT NULL, team TEXT NOT NULL DEFAULT '', "
                       "hiring_manager TEXT NOT NULL DEFAULT '', "
                       "positions INTEGER NOT NULL DEFAULT 1 CHECK (positions >= 1), "
                       "status TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE opening_panel ("
                       "opening_id BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE, "
                       "panelist_id BIGINT NOT NULL REFERENCES panelists(id), "
                       "is_lead BOOLEAN NOT NULL DEFAULT FALSE, seat INTEGER NOT NULL, "
                       "PRIMARY KEY (opening_id, panelist_id))"),
        QStringLiteral("CREATE TABLE rubrics ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "family_uuid TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), "
                       "opening_id BIGINT REFERENCES openings(id) ON DELETE CASCADE, "
                       "name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                       "created_at TEXT NOT NULL, UNIQUE (family_uuid, version))"),
        QStringLiteral("CREATE TABLE criteria ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "rubric_id BIGINT NOT NULL REFERENCES rubrics(id) ON DELETE CASCADE, "
                       "sort_order INTEGER NOT NULL, name TEXT NOT NULL, "
                       "description TEXT NOT NULL DEFAULT '', "
                       "weight DOUBLE PRECISION NOT NULL CHECK (weight >= 0), "
                       "scale_size INTEGER NOT NULL CHECK (scale_size BETWEEN 2 AND 10))"),
        QStringLiteral("CREATE TABLE criterion_anchors ("
                       "criterion_id BIGINT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE, "
                       "anchor_level INTEGER NOT NULL CHECK (anchor_level >= 1), "
                       "anchor_text TEXT NOT NULL, PRIMARY KEY (criterion_id, anchor_level))"),
        QStringLiteral("CREATE TABLE rounds ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "opening_id BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE, "
                       "sort_order INTEGER NOT NULL, name TEXT NOT NULL, "
                       "description TEXT NOT NULL DEFAULT '', "
                       "duration_minutes INTEGER NOT NULL DEFAULT 45)"),
        QStringLiteral("CREATE TABLE round_criteria ("
                       "round_id BIGINT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE, "
                       "criterion_id BIGINT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE, "
                       "sort_order INTEGER NOT NULL, PRIMARY KEY (round_id, criterion_id))"),
        QStringLiteral("CREATE TABLE candidates ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "full_name TEXT NOT NULL, preferred_name TEXT NOT NULL DEFAULT '', "
                       "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                       "location TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', "
                       "notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX candidates_email ON candidates (email)"),
        QStringLiteral("CREATE TABLE applications ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, "
                       "opening_id BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE, "
                       "stage TEXT NOT NULL, furthest_stage TEXT NOT NULL, "
                       "applied_on TEXT, promised_response_date TEXT, "
                       "talent_pool BOOLEAN NOT NULL DEFAULT FALSE, "
                       "notes TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, "
                       "UNIQUE (candidate_id, opening_id))"),
        QStringLiteral("CREATE INDEX applications_opening ON applications (opening_id, stage)"),
        QStringLiteral("CREATE TABLE interviews ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "application_id BIGINT NOT NULL REFERENCES applications(id) "
                       "ON DELETE CASCADE, "
                       "round_id BIGINT NOT NULL REFERENCES rounds(id), "
                       "scheduled_at TEXT, duration_minutes INTEGER NOT NULL DEFAULT 45, "
                       "location TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX interviews_application ON interviews (application_id)"),
        QStringLiteral("CREATE TABLE interview_panelists ("
                       "interview_id BIGINT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE, "
                       "panelist_id BIGINT NOT NULL REFERENCES panelists(id), "
                       "seat INTEGER NOT NULL, PRIMARY KEY (interview_id, panelist_id))"),
        QStringLiteral("CREATE TABLE scorecards ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "interview_id BIGINT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE, "
                       "panelist_id BIGINT NOT NULL REFERENCES panelists(id), "
                       "rubric_id BIGINT NOT NULL REFERENCES rubrics(id), "
                       "status TEXT NOT NULL, recommendation TEXT, "
                       "key_takeaways TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, "
                       "submitted_at TEXT, UNIQUE (interview_id, panelist_id))"),
        QStringLiteral("CREATE TABLE ratings ("
                       "scorecard_id BIGINT NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE, "
                       "criterion_id BIGINT NOT NULL REFERENCES criteria(id), "
                       "score INTEGER CHECK (score IS NULL OR score >= 1), "
                       "evidence TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL, "
                       "PRIMARY KEY (scorecard_id, criterion_id))"),
        QStringLiteral("CREATE TABLE referees ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "application_id BIGINT NOT NULL REFERENCES applications(id) "
                       "ON DELETE CASCADE, "
                       "name TEXT NOT NULL, relation TEXT NOT NULL DEFAULT '', "
                       "contact TEXT NOT NULL DEFAULT '', contacted_on TEXT, "
                       "summary TEXT NOT NULL DEFAULT '', concern BOOLEAN NOT NULL DEFAULT FALSE)"),
        QStringLiteral("CREATE TABLE decisions ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "opening_id BIGINT NOT NULL UNIQUE REFERENCES openings(id) "
                       "ON DELETE CASCADE, "
                       "decided_at TEXT NOT NULL, "
                       "decided_by BIGINT REFERENCES panelists(id) ON DELETE SET NULL, "
                       "rationale TEXT NOT NULL DEFAULT '', "
                       "share_deciding_factor BOOLEAN NOT NULL DEFAULT FALSE)"),
        QStringLiteral("CREATE TABLE decision_criteria ("
                       "decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE, "
                       "criterion_id BIGINT NOT NULL REFERENCES criteria(id), "
                       "sort_order INTEGER NOT NULL, PRIMARY KEY (decision_id, criterion_id))"),
        QStringLiteral("CREATE TABLE decision_outcomes ("
                       "decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE, "
                       "application_id BIGINT NOT NULL REFERENCES applications(id) "
                       "ON DELETE CASCADE, "
                       "role TEXT NOT NULL, runner_up_rank INTEGER NOT NULL DEFAULT 0, "
                       "sort_order INTEGER NOT NULL, PRIMARY KEY (decision_id, application_id))"),
        QStringLiteral("CREATE TABLE communications ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "application_id BIGINT NOT NULL REFERENCES applications(id) "
                       "ON DELETE CASCADE, "
                       "occurred_at TEXT NOT NULL, channel TEXT NOT NULL, direction TEXT NOT NULL, "
                       "summary TEXT NOT NULL DEFAULT '', next_promised_date TEXT, "
                       "author TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX communications_application ON communications "
                       "(application_id, occurred_at)"),
        QStringLiteral("CREATE TABLE audit_log ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "occurred_at TEXT NOT NULL, actor TEXT NOT NULL, "
                       "entity_type TEXT NOT NULL, entity_uuid TEXT NOT NULL, "
                       "field TEXT NOT NULL, old_value TEXT, new_value TEXT, "
                       "reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_uuid)"),
    };
}

// Templates are append-only: an edit is a new version, so a draft's
// template_id keeps pointing at the exact text it was rendered from.
QStringList rejectionDraftSchema() {
    return {
        QStringLiteral("CREATE TABLE message_templates ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "language TEXT NOT NULL, stage TEXT NOT NULL, "
                       "version INTEGER NOT NULL CHECK (version >= 1), "
                       "subject TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "author TEXT NOT NULL DEFAULT '', UNIQUE (language, stage, version))"),
        QStringLiteral("CREATE TABLE rejection_drafts ({{id}}, uuid TEXT NOT NULL UNIQUE, "
                       "application_id BIGINT NOT NULL REFERENCES applications(id) "
                       "ON DELETE CASCADE, "
                       "language TEXT NOT NULL, "
                       "template_id BIGINT REFERENCES message_templates(id), "
                       "subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
                       "status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                       "sent_at TEXT, sent_channel TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX rejection_drafts_application ON rejection_drafts "
                       "(application_id, created_at)"),
    };
}

// A cancelled interview keeps its row (history, audit, scorecards already
// written); cancelled_at set is what marks it. The invitation sequence is
// the iCalendar SEQUENCE of its .ics. The indexes serve "My interviews":
// one panelist's seats, and interviews by time.
QStringList interviewSchedulingSchema() {
    return {
        QStringLiteral("ALTER TABLE interviews ADD COLUMN video_link TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN invitation_sequence INTEGER NOT NULL "
                       "DEFAULT 0 CHECK (invitation_sequence >= 0)"),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN cancelled_at TEXT"),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN cancelled_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN cancellation_reason TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("CREATE INDEX interviews_scheduled ON interviews (scheduled_at)"),
        QStringLiteral("CREATE INDEX interview_panelists_panelist ON interview_panelists "
                       "(panelist_id)"),
    };
}

// One person per e-mail address, compared as DuplicateCheck compares them
// (trimmed, without case), as a unique key: the duplicate check inside the
// writing transaction keeps the rule, and the key is there should any path
// ever miss it. Files written before may already hold the same address
// more than once (two imports at once did that): the migration keeps every
// row, since merging people could join two applications to one opening and
// which record is right is the panel's call, and marks all but the first
// holder of an address as `email_shared`, outside the key. SQL's lower()
// folds ASCII only on SQLite; DuplicateCheck folds all of Unicode, so the
// key is the backstop for the common case and the check is the rule.
QStringList candidateEmailKeySchema() {
    return {
        QStringLiteral("ALTER TABLE candidates ADD COLUMN email_shared BOOLEAN NOT NULL "
                       "DEFAULT FALSE"),
        QStringLiteral("UPDATE candidates SET email_shared = TRUE WHERE email <> '' AND id NOT "
                       "IN (SELECT MIN(id) FROM candidates WHERE email <> '' "
                       "GROUP BY lower(trim(email)))"),
        QStringLiteral("CREATE UNIQUE INDEX candidates_email_unique ON candidates "
                       "(lower(trim(email))) WHERE email <> '' AND email_shared = FALSE"),
    };
}

// Data protection (docs/PRIVACY.md): settings that belong to the panel's
// file rather than to one user's computer (the retention period), and when a
// candidate's personal text was removed, so the retention rule passes over
// them from then on.
QStringList dataProtectionSchema() {
    return {
        QStringLiteral("CREATE TABLE database_settings (name TEXT NOT NULL PRIMARY KEY, "
                       "setting_value TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN anonymised_at TEXT"),
    };
}

// Every foreign key that a statement searches by, or that SQLite checks
// when the row it points at is removed or cascades from it, leads an index:
// without one, removing an application scans all referees, outcomes and
// interviews' rows, and a rubric's scorecards are found by a full scan. Keys
// that already lead a primary key, a unique key or an index are left out.
// The search key is the candidates' case-folded name and e-mail
// (CandidateSearchKey), filled in by the step's C++ part. The opening's
// index by stage gains the promised date and the candidate, so that the
// opening list counts and a candidate list finds and orders its page from
// the index (and the candidates) alone, without reading each application's
// row. (An index on the promised date alone would make "Waiting on us"
// slower: most promises are before today, read one by one through it.)
QStringList foreignKeyIndexAndSearchKeySchema() {
    return {
        QStringLiteral("CREATE INDEX opening_panel_panelist ON opening_panel (panelist_id)"),
        QStringLiteral("CREATE INDEX rubrics_opening ON rubrics (opening_id)"),
        QStringLiteral("CREATE INDEX criteria_rubric ON criteria (rubric_id)"),
        QStringLiteral("CREATE INDEX rounds_opening ON rounds (opening_id)"),
        QStringLiteral("CREATE INDEX round_criteria_criterion ON round_criteria (criterion_id)"),
        QStringLiteral("CREATE INDEX interviews_round ON interviews (round_id)"),
        QStringLiteral("CREATE INDEX scorecards_panelist ON scorecards (panelist_id)"),
        QStringLiteral("CREATE INDEX scorecards_rubric ON scorecards (rubric_id)"),
        QStringLiteral("CREATE INDEX ratings_criterion ON ratings (criterion_id)"),
        QStringLiteral("CREATE INDEX referees_application ON referees (application_id)"),
        QStringLiteral("CREATE INDEX decisions_decided_by ON decisions (decided_by)"),
        QStringLiteral("CREATE INDEX decision_criteria_criterion ON decision_criteria "
                       "(criterion_id)"),
        QStringLiteral("CREATE INDEX decision_outcomes_application ON decision_outcomes "
                       "(application_id)"),
        QStringLiteral("CREATE INDEX rejection_drafts_template ON rejection_drafts (template_id)"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("DROP INDEX applications_opening"),
        QStringLiteral("CREATE INDEX applications_opening ON applications "
                       "(opening_id, stage, promised_response_date, candidate_id)"),
    };
}

// Optimistic concurrency (docs/ARCHITECTURE.md, "Row versions"): every row
// a person edits in a form gets a version that each save checks and bumps
// (`sql::updateVersioned`), so a save based on what someone else has since
// changed is refused instead of overwriting it. Which rows, and why:
// - scorecards: drafts autosave while the same panelist may have the card
//   open on a second desktop, and a lead amends submitted ones;
// - candidates, applications: the detail pane's fields (name, contact,
//   notes, stage, promised date, talent pool) are edited by anyone on the
//   panel;
// - openings: the set-up dialog (title, team, positions, status);
// - interviews: scheduling, rescheduling and cancelling;
// - decisions: recorded and amended by the leads of the panel;
// - rejection_drafts: the draft editor's subject and body;
// - referees: the reference dialog.
// Left out: rows that are only ever added or replaced whole as a new
// version (rubrics and criteria, message templates, the audit log,
// communication entries), child rows saved with their parent (ratings,
// anchors, panels), and rows no form edits (panelists, settings).
QStringList rowVersionSchema() {
    QStringList statements;
    for (const char* table : {"scorecards", "candidates", "applications", "openings", "interviews",
                              "decisions", "rejection_drafts", "referees"}) {
        statements.append(QStringLiteral("ALTER TABLE ") + QLatin1String(table) +
                          QStringLiteral(" ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 "
                                         "CHECK (row_version >= 1)"));
    }
    return statements;
}

} // namespace

const QList<Migration>& allMigrations() {
    static const QList<Migration> migrations = {
        {1, QStringLiteral("Initial schema: openings, rubrics, candidates, scorecards, decisions"),
         initialSchema()},
        {2,
         QStringLiteral("Openings remember whether the lead revealed scores to the panel"),
         {QStringLiteral("ALTER TABLE openings ADD COLUMN scores_revealed BOOLEAN NOT NULL "
                         "DEFAULT FALSE")}},
        {3,
         QStringLiteral("Applications can be on hold (runners-up until the offer is accepted)"),
         {QStringLiteral("ALTER TABLE applications ADD COLUMN on_hold BOOLEAN NOT NULL "
                         "DEFAULT FALSE"),
          QStringLiteral("ALTER TABLE applications ADD COLUMN hold_reason TEXT NOT NULL "
                         "DEFAULT ''")}},
        {4, QStringLiteral("Rejection templates (versioned per language and stage) and drafts"),
         rejectionDraftSchema()},
        {5,
         QStringLiteral("Interviews can be cancelled (who, when, why), have a video link and an "
                        "invitation sequence"),
         interviewSchedulingSchema()},
        {6,
         QStringLiteral("One candidate per e-mail address (a unique key; earlier duplicates kept "
                        "and marked)"),
         candidateEmailKeySchema()},
        {7,
         QStringLiteral("Per-database settings (the retention period) and when a candidate "
                        "was anonymised"),
         dataProtectionSchema()},
        {8,
         QStringLiteral("An index on every foreign key that is searched or cascaded; a stored, "
                        "case-folded search key on candidates"),
         foreignKeyIndexAndSearchKeySchema(), CandidateSearchKey::storeForAll},
        // No query compares the address as it is stored (the lookups go
        // through migration 6's key), and every written candidate paid for
        // the index: about a tenth of a large import's time.
        {9,
         QStringLiteral("Drop the plain e-mail index no lookup uses (the unique e-mail key "
                        "answers them)"),
         {QStringLiteral("DROP INDEX IF EXISTS candidates_email")}},
        {10,
         QStringLiteral("A row version on every row a form edits, checked and bumped by each "
                        "save (no lost updates)"),
         rowVersionSchema()},
        // Live updates: on PostgreSQL, triggers NOTIFY every change of the
        // rows the views show (ChangeNotifications); SQLite has no channel
        // to listen on and the step changes nothing there. (10: the row
        // versions against lost updates.)
        {11,
         QStringLiteral("Changes are announced to every client on a server"),
         {},
         ChangeNotifications::install},
        // On a server, row-level security hides others' cards from a
        // panelist who has not scored yet, and so would every count over
        // the table. The view shows every card's existence and status, no
        // content; a view reads with its owner's rights, and the owner is
        // not subject to the table's policies (docs/SERVER.md). Counts read
        // it on both engines; content is read from the table.
        {12,
         QStringLiteral("Which scorecards exist and their status, for counts (no scores or "
                        "evidence)"),
         {QStringLiteral("CREATE VIEW scorecard_seats AS SELECT id, interview_id, panelist_id, "
                         "rubric_id, status, submitted_at, updated_at FROM scorecards")}},
    };
    return migrations;
}

int latestSchemaVersion() {
    return allMigrations().constLast().version;
}

} // namespace debrief
