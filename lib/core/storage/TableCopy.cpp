#include "TableCopy.h"

#include "Database.h"

#include <QSqlRecord>

#include <algorithm>

namespace debrief {
namespace {

/// Rows inserted per statement: one round trip to a server per batch
/// instead of per row, far below either engine's limit on bound values
/// (13 columns at most here, 1,300 values).
constexpr int kRowsPerStatement = 100;

CopiedTable numbered(const QString& name, const QStringList& columns,
                     const QStringList& booleans = {}) {
    return {name, columns, booleans, true, QStringLiteral("id")};
}

CopiedTable linking(const QString& name, const QStringList& columns, const QString& key,
                    const QStringList& booleans = {}) {
    return {name, columns, booleans, false, key};
}

QStringList words(const char* text) {
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

/// A refused row's message without PostgreSQL's DETAIL line, which quotes
/// the row's values (an e-mail address in a unique key): errors name ids
/// and tables, never what people wrote.
QString withoutValues(const QString& message) {
    QStringList lines = message.split(QLatin1Char('\n'));
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const QString& line) {
                                   return line.trimmed().startsWith(QLatin1String("DETAIL:"));
                               }),
                lines.end());
    return lines.join(QLatin1Char(' ')).simplified();
}

QString insertStatement(const CopiedTable& table, qsizetype rows) {
    const QString row =
        QLatin1Char('(') +
        QStringList(table.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table.name, table.columns.join(QStringLiteral(", ")),
             QStringList(rows, row).join(QLatin1Char(',')));
}

} // namespace

const QList<CopiedTable>& TableCopy::tables() {
    // The schema of Migration.cpp, parents first. A new column or table
    // there must be added here too: checkColumns and unknownTables refuse
    // to copy a database that has one this list lacks.
    static const QList<CopiedTable> list = {
        numbered(QStringLiteral("panelists"), words("id uuid name email role login_role")),
        numbered(QStringLiteral("openings"),
                 words("id uuid title team hiring_manager positions status description "
                       "created_at scores_revealed row_version"),
                 {QStringLiteral("scores_revealed")}),
        linking(QStringLiteral("opening_panel"), words("opening_id panelist_id is_lead seat"),
                QStringLiteral("opening_id, panelist_id"), {QStringLiteral("is_lead")}),
        numbered(QStringLiteral("rubrics"),
                 words("id uuid family_uuid version opening_id name description created_at")),
        numbered(QStringLiteral("criteria"),
                 words("id uuid rubric_id sort_order name description weight scale_size")),
        linking(QStringLiteral("criterion_anchors"), words("criterion_id anchor_level anchor_text"),
                QStringLiteral("criterion_id, anchor_level")),
        numbered(QStringLiteral("rounds"),
                 words("id uuid opening_id sort_order name description duration_minutes")),
        linking(QStringLiteral("round_criteria"), words("round_id criterion_id sort_order"),
                QStringLiteral("round_id, criterion_id")),
        numbered(QStringLiteral("candidates"),
                 words("id uuid full_name preferred_name email phone location source notes "
                       "created_at email_shared anonymised_at search_key row_version"),
                 {QStringLiteral("email_shared")}),
        numbered(QStringLiteral("applications"),
                 words("id uuid candidate_id opening_id stage furthest_stage applied_on "
                       "promised_response_date talent_pool notes updated_at on_hold hold_reason "
                       "row_version"),
                 {QStringLiteral("talent_pool"), QStringLiteral("on_hold")}),
        numbered(QStringLiteral("interviews"),
                 words("id uuid application_id round_id scheduled_at duration_minutes location "
                       "video_link invitation_sequence cancelled_at cancelled_by "
                       "cancellation_reason row_version")),
        linking(QStringLiteral("interview_panelists"), words("interview_id panelist_id seat"),
                QStringLiteral("interview_id, panelist_id")),
        numbered(QStringLiteral("scorecards"),
                 words("id uuid interview_id panelist_id rubric_id status recommendation "
                       "key_takeaways updated_at submitted_at row_version")),
        linking(QStringLiteral("ratings"),
                words("scorecard_id criterion_id score evidence sort_order"),
                QStringLiteral("scorecard_id, criterion_id")),
        numbered(QStringLiteral("referees"),
                 words("id uuid application_id name relation contact contacted_on summary "
                       "concern row_version"),
                 {QStringLiteral("concern")}),
        numbered(QStringLiteral("decisions"),
                 words("id uuid opening_id decided_at decided_by rationale "
                       "share_deciding_factor row_version"),
                 {QStringLiteral("share_deciding_factor")}),
        linking(QStringLiteral("decision_criteria"), words("decision_id criterion_id sort_order"),
                QStringLiteral("decision_id, criterion_id")),
        linking(QStringLiteral("decision_outcomes"),
                words("decision_id application_id role runner_up_rank sort_order"),
                QStringLiteral("decision_id, application_id")),
        numbered(QStringLiteral("communications"),
                 words("id uuid application_id occurred_at channel direction summary "
                       "next_promised_date author")),
        numbered(QStringLiteral("audit_log"),
                 words("id uuid occurred_at actor entity_type entity_uuid field old_value "
                       "new_value reason")),
        numbered(QStringLiteral("message_templates"),
                 words("id uuid language stage version subject body created_at author")),
        numbered(QStringLiteral("rejection_drafts"),
                 words("id uuid application_id language template_id subject body status "
                       "created_at updated_at sent_at sent_channel row_version")),
        linking(QStringLiteral("database_settings"), words("name setting_value"),
                QStringLiteral("name")),
    };
    return list;
}

Status TableCopy::readOneSnapshot(Database& db) {
    if (db.dialect() != SqlDialect::PostgreSql)
        return {};
    auto set = db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    if (!set)
        return set.error();
    return {};
}

Result<QStringList> TableCopy::unknownTables(Database& db) {
    const QString sql = db.dialect() == SqlDialect::Sqlite
                            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite%' ORDER BY name")
                            : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                             "WHERE table_schema = current_schema() "
                                             "AND table_type = 'BASE TABLE' ORDER BY table_name");
    auto names = db.exec(sql);
    if (!names)
        return names.error();
    QStringList unknown;
    while (names->next()) {
        const QString name = names->value(0).toString();
        const bool known =
            name == QLatin1String("schema_version") ||
            std::any_of(tables().cbegin(), tables().cend(),
                        [&name](const CopiedTable& table) { return table.name == name; });
        if (!known)
            unknown.append(name);
    }
    return unknown;
}

Status TableCopy::checkColumns(Database& db, const CopiedTable& table) {
    auto empty = db.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table.name));
    if (!empty)
        return empty.error();
    const QSqlRecord record = empty->record();
    QStringList present;
    for (int i = 0; i < record.count(); ++i)
        present.append(record.fieldName(i));
    for (const QString& column : std::as_const(present)) {
        if (!table.columns.contains(column))
            return Error{tr("The table \"%1\" in %2 has a column \"%3\" that this version of "
                            "Debrief cannot copy; nothing was copied.")
                             .arg(table.name, db.location(), column)};
    }
    for (const QString& column : table.columns) {
        if (!present.contains(column))
            return Error{tr("The table \"%1\" in %2 lacks the column \"%3\"; nothing was copied.")
                             .arg(table.name, db.location(), column)};
    }
    return {};
}

Result<qint64> TableCopy::rowCount(Database& db, const CopiedTable& table) {
    auto count = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table.name));
    if (!count)
        return count.error();
    return count->next() ? count->value(0).toLongLong() : 0;
}

Status TableCopy::copyRows(Database& source, Database& target, const CopiedTable& table,
                           const std::function<bool()>& copied) {
    auto rows =
        source.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(table.columns.join(QStringLiteral(", ")), table.name, table.key));
    if (!rows)
        return rows.error();
    QList<int> booleans;
    for (const QString& column : table.booleans)
        booleans.append(int(table.columns.indexOf(column)));
    const int width = int(table.columns.size());
    QVariantList batch;
    qsizetype batchRows = 0;
    QString firstKey;
    auto flush = [&]() -> Status {
        if (batchRows == 0)
            return {};
        auto inserted = target.exec(insertStatement(table, batchRows), batch);
        if (!inserted) {
            return Error{tr("%1 refused a row of the table \"%2\" (one of those from key %3 "
                            "on), so nothing was copied: %4")
                             .arg(target.location(), table.name, firstKey,
                                  withoutValues(inserted.errorMessage()))};
        }
        batch.clear();
        batchRows = 0;
        return {};
    };
    while (rows->next()) {
        if (batchRows == 0)
            firstKey = rows->value(0).toString();
        for (int column = 0; column < width; ++column) {
            QVariant value = rows->value(column);
            // SQLite hands booleans back as the numbers it stores.
            if (booleans.contains(column) && !value.isNull())
                value = QVariant(value.toBool());
            batch.append(value);
        }
        if (++batchRows == kRowsPerStatement) {
            if (auto done = flush(); !done)
                return done;
        }
        if (!copied())
            return Error{tr("The copy was cancelled; nothing was copied.")};
    }
    return flush();
}

Result<qint64> TableCopy::counter(Database& db, const QString& table) {
    auto read =
        db.dialect() == SqlDialect::Sqlite
            ? db.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"), {table})
            : db.exec(QStringLiteral("SELECT pg_sequence_last_value(CAST("
                                     "pg_get_serial_sequence(?, 'id') AS regclass))"),
                      {table});
    if (!read)
        return read.error();
    return read->next() ? read->value(0).toLongLong() : 0;
}

Status TableCopy::carryCounter(Database& source, Database& target, const CopiedTable& table) {
    if (!table.numbered)
        return {};
    auto used = counter(source, table.name);
    if (!used)
        return used.error();
    auto highest = target.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(table.name));
    if (!highest)
        return highest.error();
    const qint64 last = std::max(*used, highest->next() ? highest->value(0).toLongLong() : 0);
    highest->finish();
    if (last <= 0)
        return {};
    if (target.dialect() == SqlDialect::PostgreSql) {
        auto set = target.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?)"),
                               {table.name, last});
        if (!set)
            return set.error();
        return {};
    }
    // SQLite raised its counter to the highest id inserted; a source
    // counter past it (rows deleted at the end) is carried over as well.
    auto raised =
        target.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?"),
                    {last, table.name, last});
    if (!raised)
        return raised.error();
    auto added = target.exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? "
                                            "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence "
                                            "WHERE name = ?)"),
                             {table.name, last, table.name});
    if (!added)
        return added.error();
    return {};
}

} // namespace debrief
