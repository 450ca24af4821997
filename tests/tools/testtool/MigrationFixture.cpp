#include "MigrationFixture.h"

#include "storage/CandidateSearchKey.h"
#include "storage/Migration.h"
#include "storage/SqlDialect.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <utility>
#include <vector>

namespace debrief::test {
namespace {

struct Value {
    const char* column;
    QVariant value;
};

/// One row of the fixture. It names columns of the newest schema; a
/// fixture of an earlier version leaves out the columns and tables that
/// version did not have yet.
struct FixtureRow {
    const char* table;
    std::vector<Value> values;
};

QVariant t(const char16_t* text) {
    return QString::fromUtf16(text);
}

/// A fixed uuid per table and row, so every run writes the same file.
QVariant uuid(int table, int row) {
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(table, 8, 16, QLatin1Char('0'))
        .arg(row, 12, 10, QLatin1Char('0'));
}

QVariant null() {
    return QVariant(QMetaType::fromType<QString>());
}

void people(std::vector<FixtureRow>& rows) {
    rows.push_back({"panelists",
                    {{"id", 1},
                     {"uuid", uuid(1, 1)},
                     {"name", t(u"Zoë Brandt")},
                     {"email", t(u"zoe.brandt@example.org")},
                     {"role", t(u"Engineering manager")}}});
    rows.push_back({"panelists",
                    {{"id", 2},
                     {"uuid", uuid(1, 2)},
                     {"name", t(u"Malik Okafor")},
                     {"email", t(u"malik.okafor@example.org")},
                     {"role", t(u"Staff engineer")}}});
    rows.push_back({"panelists",
                    {{"id", 3},
                     {"uuid", uuid(1, 3)},
                     {"name", t(u"Sofia Lindqvist")},
                     {"email", t(u"sofia.lindqvist@example.org")},
                     {"role", t(u"Support operations")},
                     {"login_role", t(u"sofia")}}});
    const std::vector<std::pair<const char16_t*, const char16_t*>> candidates = {
        {u"Amélie Dubois", u"amelie.dubois@example.net"},
        {u"Jonas Weber", u"jonas.weber@example.net"},
        {u"Priya Raman", u"priya.raman@example.net"},
        {u"Tomás Ortega", u"tomas.ortega@example.net"},
    };
    for (int i = 0; i < int(candidates.size()); ++i) {
        rows.push_back(
            {"candidates",
             {{"id", i + 1},
              {"uuid", uuid(9, i + 1)},
              {"full_name", t(candidates[i].first)},
              {"preferred_name", i == 2 ? t(u"Priya") : t(u"")},
              {"email", t(candidates[i].second)},
              {"phone", QStringLiteral("+49 30 5550 %1").arg(1200 + i)},
              {"location", i % 2 ? t(u"Berlin") : t(u"Lyon")},
              {"source", i == 3 ? t(u"Referral") : t(u"Careers page")},
              {"notes", i == 0 ? t(u"Asked for a hybrid arrangement.") : t(u"")},
              {"created_at", QStringLiteral("2025-02-0%1T08:00:00.000Z").arg(i + 1)},
              {"search_key", CandidateSearchKey::of(t(candidates[i].first).toString(),
                                                    t(candidates[i].second).toString())}}});
    }
}

void openings(std::vector<FixtureRow>& rows) {
    rows.push_back({"openings",
                    {{"id", 1},
                     {"uuid", uuid(2, 1)},
                     {"title", t(u"Backend Engineer")},
                     {"team", t(u"Platform")},
                     {"hiring_manager", t(u"Zoë Brandt")},
                     {"positions", 1},
                     {"status", t(u"open")},
                     {"description", t(u"Owns the job queue and its storage.")},
                     {"created_at", t(u"2025-01-20T09:00:00.000Z")},
                     {"scores_revealed", true}}});
    rows.push_back({"openings",
                    {{"id", 2},
                     {"uuid", uuid(2, 2)},
                     {"title", t(u"Support Lead")},
                     {"team", t(u"Customer Support")},
                     {"hiring_manager", t(u"Malik Okafor")},
                     {"positions", 2},
                     {"status", t(u"on_hold")},
                     {"created_at", t(u"2025-01-27T09:00:00.000Z")}}});
    const std::vector<std::vector<int>> panel = {
        {1, 1, 1, 0}, {1, 2, 0, 1}, {1, 3, 0, 2}, {2, 2, 1, 0}, {2, 3, 0, 1}};
    for (const auto& seat : panel)
        rows.push_back({"opening_panel",
                        {{"opening_id", seat[0]},
                         {"panelist_id", seat[1]},
                         {"is_lead", seat[2] == 1},
                         {"seat", seat[3]}}});
}

void rubrics(std::vector<FixtureRow>& rows) {
    rows.push_back({"rubrics",
                    {{"id", 1},
                     {"uuid", uuid(3, 1)},
                     {"family_uuid", uuid(3, 101)},
                     {"version", 1},
                     {"opening_id", 1},
                     {"name", t(u"Backend rubric")},
                     {"description", t(u"What the platform team needs.")},
                     {"created_at", t(u"2025-01-20T09:10:00.000Z")}}});
    rows.push_back({"rubrics",
                    {{"id", 2},
                     {"uuid", uuid(3, 2)},
                     {"family_uuid", uuid(3, 102)},
                     {"version", 1},
                     {"opening_id", 2},
                     {"name", t(u"Support lead rubric")},
                     {"created_at", t(u"2025-01-27T09:10:00.000Z")}}});
    struct Criterion {
        int rubric;
        const char16_t* name;
        double weight;
        int scale;
    };
    const std::vector<Criterion> criteria = {{1, u"System design", 2.0, 4},
                                             {1, u"Communication", 1.0, 4},
                                             {1, u"Ownership", 1.5, 4},
                                             {2, u"Empathy", 1.0, 5},
                                             {2, u"De-escalation", 1.0, 5}};
    for (int i = 0; i < int(criteria.size()); ++i) {
        const Criterion& c = criteria[i];
        const QString name = QString::fromUtf16(c.name);
        rows.push_back({"criteria",
                        {{"id", i + 1},
                         {"uuid", uuid(4, i + 1)},
                         {"rubric_id", c.rubric},
                         {"sort_order", c.rubric == 1 ? i : i - 3},
                         {"name", name},
                         {"description",
                          QStringLiteral("How well the candidate shows %1.").arg(name.toLower())},
                         {"weight", c.weight},
                         {"scale_size", c.scale}}});
        for (int level = 1; level <= c.scale; ++level)
            rows.push_back({"criterion_anchors",
                            {{"criterion_id", i + 1},
                             {"anchor_level", level},
                             {"anchor_text", QStringLiteral("%1, level %2: %3")
                                                 .arg(name)
                                                 .arg(level)
                                                 .arg(level == 1 ? QStringLiteral("not shown")
                                                                 : QStringLiteral("shown, with "
                                                                                  "examples"))}}});
    }
    struct Round {
        int opening;
        const char16_t* name;
        int minutes;
        std::vector<int> criteria;
    };
    const std::vector<Round> rounds = {{1, u"Technical interview", 60, {1, 3}},
                                       {1, u"Team conversation", 45, {2, 3}},
                                       {2, u"Support scenario", 45, {4, 5}}};
    for (int i = 0; i < int(rounds.size()); ++i) {
        const Round& r = rounds[i];
        rows.push_back({"rounds",
                        {{"id", i + 1},
                         {"uuid", uuid(5, i + 1)},
                         {"opening_id", r.opening},
                         {"sort_order", r.opening == 1 ? i : 0},
                         {"name", t(r.name)},
                         {"description", t(u"")},
                         {"duration_minutes", r.minutes}}});
        for (int j = 0; j < int(r.criteria.size()); ++j)
            rows.push_back(
                {"round_criteria",
                 {{"round_id", i + 1}, {"criterion_id", r.criteria[j]}, {"sort_order", j}}});
    }
}

void applications(std::vector<FixtureRow>& rows) {
    struct Application {
        int candidate;
        int opening;
        const char16_t* stage;
        const char16_t* furthest;
        QVariant promised;
        bool pool;
        const char16_t* holdReason;
    };
    const std::vector<Application> list = {
        {1, 1, u"offer", u"offer", null(), false, u""},
        {2, 1, u"final", u"final", null(), false, u"Runner-up until the offer is accepted"},
        {3, 1, u"rejected", u"interview", null(), true, u""},
        {4, 2, u"screen", u"screen", t(u"2025-03-10"), false, u""},
        {3, 2, u"applied", u"applied", t(u"2025-03-14"), false, u""},
    };
    for (int i = 0; i < int(list.size()); ++i) {
        const Application& a = list[i];
        rows.push_back({"applications",
                        {{"id", i + 1},
                         {"uuid", uuid(10, i + 1)},
                         {"candidate_id", a.candidate},
                         {"opening_id", a.opening},
                         {"stage", t(a.stage)},
                         {"furthest_stage", t(a.furthest)},
                         {"applied_on", QStringLiteral("2025-02-1%1").arg(i)},
                         {"promised_response_date", a.promised},
                         {"talent_pool", a.pool},
                         {"notes", i == 2 ? t(u"Strong on design; keep in mind for "
                                              u"platform roles.")
                                          : t(u"")},
                         {"updated_at", QStringLiteral("2025-03-0%1T16:00:00.000Z").arg(i + 1)},
                         {"on_hold", !QString::fromUtf16(a.holdReason).isEmpty()},
                         {"hold_reason", t(a.holdReason)}}});
    }
    const std::vector<std::vector<int>> referees = {{1, 0}, {1, 0}, {2, 1}};
    for (int i = 0; i < int(referees.size()); ++i)
        rows.push_back({"referees",
                        {{"id", i + 1},
                         {"uuid", uuid(15, i + 1)},
                         {"application_id", referees[i][0]},
                         {"name", i == 2 ? t(u"Hannah Krüger") : t(u"Daniel Moreau")},
                         {"relation", t(u"Former manager")},
                         {"contact", QStringLiteral("referee%1@example.com").arg(i + 1)},
                         {"contacted_on", QStringLiteral("2025-03-0%1").arg(i + 2)},
                         {"summary", i == 2 ? t(u"Reliable, though slow to delegate.")
                                            : t(u"Would hire again without hesitation.")},
                         {"concern", referees[i][1] == 1}}});
}

void interviews(std::vector<FixtureRow>& rows) {
    struct Interview {
        int application;
        int round;
        std::vector<int> panel;
    };
    const std::vector<Interview> list = {
        {1, 1, {1, 2}}, {2, 1, {1, 2}}, {3, 1, {1, 3}}, {1, 2, {3}}, {4, 3, {2}}};
    for (int i = 0; i < int(list.size()); ++i) {
        const bool cancelled = i == 4;
        rows.push_back(
            {"interviews",
             {{"id", i + 1},
              {"uuid", uuid(11, i + 1)},
              {"application_id", list[i].application},
              {"round_id", list[i].round},
              {"scheduled_at", QStringLiteral("2025-02-2%1T09:30:00.000Z").arg(i)},
              {"duration_minutes", list[i].round == 1 ? 60 : 45},
              {"location", i == 0 ? t(u"") : t(u"Room 4.12")},
              {"video_link", i == 0 ? t(u"https://meet.example.org/backend-1") : t(u"")},
              {"invitation_sequence", i == 0 ? 1 : 0},
              {"cancelled_at", cancelled ? t(u"2025-02-23T08:00:00.000Z") : null()},
              {"cancelled_by", cancelled ? t(u"Malik Okafor") : t(u"")},
              {"cancellation_reason", cancelled ? t(u"Candidate asked to move it") : t(u"")}}});
        for (int seat = 0; seat < int(list[i].panel.size()); ++seat)
            rows.push_back(
                {"interview_panelists",
                 {{"interview_id", i + 1}, {"panelist_id", list[i].panel[seat]}, {"seat", seat}}});
    }
}

void scorecards(std::vector<FixtureRow>& rows) {
    struct Card {
        int interview;
        int panelist;
        QVariant recommendation;
        std::vector<int> scores; // 0: not assessed
    };
    const std::vector<Card> cards = {
        {1, 1, t(u"strong_yes"), {4, 3, 4}}, {1, 2, t(u"yes"), {3, 3, 0}},
        {2, 1, t(u"yes"), {3, 2, 3}},        {2, 2, t(u"no"), {2, 3, 2}},
        {3, 1, t(u"no"), {2, 2, 0}},         {3, 3, null(), {3, 0, 0}},
        {4, 3, t(u"yes"), {0, 4, 3}},
    };
    for (int i = 0; i < int(cards.size()); ++i) {
        const Card& c = cards[i];
        const bool submitted = !c.recommendation.isNull();
        const QString day = QStringLiteral("2025-02-2%1").arg(c.interview - 1);
        rows.push_back(
            {"scorecards",
             {{"id", i + 1},
              {"uuid", uuid(12, i + 1)},
              {"interview_id", c.interview},
              {"panelist_id", c.panelist},
              {"rubric_id", 1},
              {"status", submitted ? t(u"submitted") : t(u"draft")},
              {"recommendation", c.recommendation},
              {"key_takeaways",
               submitted ? t(u"Clear reasoning under questions.") : t(u"Still to write up.")},
              {"updated_at", QString(day + QStringLiteral("T15:00:00.000Z"))},
              {"submitted_at",
               submitted ? QVariant(QString(day + QStringLiteral("T15:00:00.000Z"))) : null()}}});
        for (int criterion = 0; criterion < int(c.scores.size()); ++criterion) {
            const int score = c.scores[criterion];
            rows.push_back(
                {"ratings",
                 {{"scorecard_id", i + 1},
                  {"criterion_id", criterion + 1},
                  {"score", score == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(score)},
                  {"evidence", score == 0 ? t(u"")
                                          : QStringLiteral("Card %1: walked through "
                                                           "an example scoring %2.")
                                                .arg(i + 1)
                                                .arg(score)},
                  {"sort_order", criterion}}});
        }
    }
}

void decisionAndLog(std::vector<FixtureRow>& rows) {
    rows.push_back({"decisions",
                    {{"id", 1},
                     {"uuid", uuid(16, 1)},
                     {"opening_id", 1},
                     {"decided_at", t(u"2025-03-03T10:00:00.000Z")},
                     {"decided_by", 1},
                     {"rationale", t(u"Amélie's queue design settled it; Jonas is a close "
                                     u"second.")},
                     {"share_deciding_factor", true}}});
    for (int i : {0, 1})
        rows.push_back({"decision_criteria",
                        {{"decision_id", 1}, {"criterion_id", i == 0 ? 1 : 3}, {"sort_order", i}}});
    const std::vector<std::pair<const char16_t*, int>> outcomes = {
        {u"chosen", 0}, {u"runner_up", 1}, {u"not_selected", 0}};
    for (int i = 0; i < int(outcomes.size()); ++i)
        rows.push_back({"decision_outcomes",
                        {{"decision_id", 1},
                         {"application_id", i + 1},
                         {"role", t(outcomes[i].first)},
                         {"runner_up_rank", outcomes[i].second},
                         {"sort_order", i}}});
    struct Message {
        int application;
        const char16_t* channel;
        const char16_t* direction;
        const char16_t* summary;
        QVariant promised;
    };
    const std::vector<Message> messages = {
        {1, u"email", u"outbound", u"Invited to the technical interview.", t(u"2025-02-28")},
        {1, u"phone", u"outbound", u"Offered the role; she asked for a week.", t(u"2025-03-10")},
        {2, u"video_call", u"outbound", u"Told him he is our close second.", null()},
        {3, u"email", u"outbound", u"Rejected after the technical interview.", null()},
        {4, u"email", u"inbound", u"Asked to move the scenario interview.", null()},
    };
    for (int i = 0; i < int(messages.size()); ++i)
        rows.push_back({"communications",
                        {{"id", i + 1},
                         {"uuid", uuid(17, i + 1)},
                         {"application_id", messages[i].application},
                         {"occurred_at", QStringLiteral("2025-03-0%1T11:00:00.000Z").arg(i + 1)},
                         {"channel", t(messages[i].channel)},
                         {"direction", t(messages[i].direction)},
                         {"summary", t(messages[i].summary)},
                         {"next_promised_date", messages[i].promised},
                         {"author", t(u"Zoë Brandt")}}});
    rows.push_back({"audit_log",
                    {{"id", 1},
                     {"uuid", uuid(18, 1)},
                     {"occurred_at", t(u"2025-02-21T17:00:00.000Z")},
                     {"actor", t(u"Zoë Brandt")},
                     {"entity_type", t(u"scorecard")},
                     {"entity_uuid", uuid(12, 1)},
                     {"field", t(u"score:System design")},
                     {"old_value", t(u"3")},
                     {"new_value", t(u"4")},
                     {"reason", t(u"Mixed up the two design answers.")}}});
    rows.push_back({"audit_log",
                    {{"id", 2},
                     {"uuid", uuid(18, 2)},
                     {"occurred_at", t(u"2025-03-03T10:00:00.000Z")},
                     {"actor", t(u"Zoë Brandt")},
                     {"entity_type", t(u"opening")},
                     {"entity_uuid", uuid(2, 1)},
                     {"field", t(u"scores_revealed")},
                     {"old_value", t(u"false")},
                     {"new_value", t(u"true")},
                     {"reason", t(u"")}}});
}

void drafts(std::vector<FixtureRow>& rows) {
    for (int version : {1, 2})
        rows.push_back({"message_templates",
                        {{"id", version},
                         {"uuid", uuid(20, version)},
                         {"language", t(u"en")},
                         {"stage", t(u"final")},
                         {"version", version},
                         {"subject", t(u"Your application for {{opening.title}}")},
                         {"body", version == 1 ? t(u"Dear {{candidate.name}},\n\nThank you.")
                                               : t(u"Dear {{candidate.name}},\n\nThank you "
                                                   u"for your time with the panel.")},
                         {"created_at", QStringLiteral("2025-02-0%1T12:00:00.000Z").arg(version)},
                         {"author", t(u"Malik Okafor")}}});
    rows.push_back({"rejection_drafts",
                    {{"id", 1},
                     {"uuid", uuid(21, 1)},
                     {"application_id", 3},
                     {"language", t(u"en")},
                     {"template_id", 2},
                     {"subject", t(u"Your application for Backend Engineer")},
                     {"body", t(u"Dear Priya,\n\nThank you for your time with the panel.")},
                     {"status", t(u"sent")},
                     {"created_at", t(u"2025-03-04T09:00:00.000Z")},
                     {"updated_at", t(u"2025-03-04T09:30:00.000Z")},
                     {"sent_at", t(u"2025-03-04T09:30:00.000Z")},
                     {"sent_channel", t(u"email")}}});
    rows.push_back({"rejection_drafts",
                    {{"id", 2},
                     {"uuid", uuid(21, 2)},
                     {"application_id", 2},
                     {"language", t(u"de")},
                     {"template_id", null()},
                     {"subject", t(u"Ihre Bewerbung")},
                     {"body", t(u"Lieber Jonas,\n\nvielen Dank.")},
                     {"status", t(u"draft")},
                     {"created_at", t(u"2025-03-04T10:00:00.000Z")},
                     {"updated_at", t(u"2025-03-04T10:00:00.000Z")}}});
}

/// The panel's retention period, kept in the file (schema 7).
void dataProtection(std::vector<FixtureRow>& rows) {
    rows.push_back(
        {"database_settings", {{"name", t(u"retention_period")}, {"setting_value", t(u"24m")}}});
}

std::vector<FixtureRow> allRows() {
    std::vector<FixtureRow> rows;
    people(rows);
    openings(rows);
    rubrics(rows);
    applications(rows);
    interviews(rows);
    scorecards(rows);
    decisionAndLog(rows);
    drafts(rows);
    dataProtection(rows);
    return rows;
}

/// The columns of every table in the open database.
QHash<QString, QSet<QString>> columnsOf(const QSqlDatabase& db) {
    QHash<QString, QSet<QString>> columns;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (tables.next()) {
        QSqlQuery info(db);
        info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        info.addBindValue(tables.value(0));
        info.exec();
        while (info.next())
            columns[tables.value(0).toString()].insert(info.value(0).toString());
    }
    return columns;
}

/// Runs the migration chain up to `version` on `db` the way Database does:
/// the schema_version table, then every step with its record. A step's C++
/// part (Migration::complete) only fills in values of rows already stored;
/// the tables are still empty here, so it has nothing to do, and fill()
/// writes those values with the rows.
QString migrateUpTo(QSqlDatabase& db, int version) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER NOT NULL PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return query.lastError().text();
    for (const Migration& step : allMigrations()) {
        if (step.version > version)
            break;
        for (const QString& statement : step.statements) {
            if (!query.exec(adaptSql(statement, SqlDialect::Sqlite)))
                return QStringLiteral("step %1: %2")
                    .arg(step.version)
                    .arg(query.lastError().text());
        }
        query.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(step.version);
        query.addBindValue(step.description);
        query.addBindValue(QStringLiteral("2025-0%1-01T09:00:00.000Z").arg(step.version));
        if (!query.exec())
            return query.lastError().text();
    }
    return {};
}

QString fill(QSqlDatabase& db, const QHash<QString, QSet<QString>>& newest) {
    const QHash<QString, QSet<QString>> present = columnsOf(db);
    for (const FixtureRow& row : allRows()) {
        const QString table = QString::fromLatin1(row.table);
        QStringList names;
        QVariantList values;
        for (const Value& value : row.values) {
            const QString column = QString::fromLatin1(value.column);
            if (!newest.value(table).contains(column))
                return QStringLiteral("the fixture names %1.%2, which no schema has")
                    .arg(table, column);
            if (present.value(table).contains(column)) {
                names.append(column);
                values.append(value.value);
            }
        }
        if (!present.contains(table))
            continue; // a table of a later version
        QSqlQuery insert(db);
        // Test-only: table and column names are the constants above.
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")),
                     QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QVariant& value : std::as_const(values))
            insert.addBindValue(value);
        if (!insert.exec())
            return QStringLiteral("%1: %2").arg(table, insert.lastError().text());
    }
    return {};
}

QString check(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check")) && query.next())
        return QStringLiteral("a row of %1 breaks a foreign key").arg(query.value(0).toString());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("the integrity check fails");
    return {};
}

/// Runs `work` on a new connection to `path` and closes it again.
template <typename Work> QString withConnection(const QString& path, Work work) {
    const QString name = QStringLiteral("fixture-") + QUuid::createUuid().toString();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        failure = db.open() ? work(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace

QString writeMigrationFixture(const QString& path, int version) {
    if (version < 1 || version > latestSchemaVersion())
        return QStringLiteral("there is no schema version %1").arg(version);
    if (QFileInfo::exists(path))
        return QStringLiteral("%1 exists already").arg(path);
    QHash<QString, QSet<QString>> newest;
    QString failure = withConnection(QStringLiteral(":memory:"), [&](QSqlDatabase& db) {
        const QString migrated = migrateUpTo(db, latestSchemaVersion());
        newest = columnsOf(db);
        return migrated;
    });
    if (!failure.isEmpty())
        return failure;
    return withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery setup(db);
        // As Debrief writes its files: WAL, foreign keys checked.
        setup.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        setup.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!db.transaction())
            return db.lastError().text();
        QString failed = migrateUpTo(db, version);
        if (failed.isEmpty())
            failed = fill(db, newest);
        if (failed.isEmpty())
            failed = check(db);
        if (!failed.isEmpty()) {
            db.rollback();
            return failed;
        }
        return db.commit() ? QString() : db.lastError().text();
    });
}

} // namespace debrief::test
