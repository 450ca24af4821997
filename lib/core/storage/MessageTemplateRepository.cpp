#include "MessageTemplateRepository.h"

#include "RecordTable.h"

namespace debrief {
namespace {

QVariantList values(const MessageTemplate& t) {
    return {sql::uuid(t.uuid),
            sql::text(t.language),
            toKey(t.stage),
            t.version,
            sql::text(t.subject),
            sql::text(t.body),
            sql::timestamp(t.createdAt),
            sql::text(t.author)};
}

Result<MessageTemplate> read(sql::SqlRow& row) {
    MessageTemplate t;
    t.id = row.rowId("id");
    t.uuid = row.uuid("uuid");
    t.language = row.text("language");
    t.stage = row.key<TemplateStage>("stage");
    t.version = row.integer("version");
    t.subject = row.text("subject");
    t.body = row.text("body");
    t.createdAt = row.timestamp("created_at");
    t.author = row.text("author");
    return row.finish(std::move(t));
}

Error notFound(RowId id) {
    return Error{MessageTemplateRepository::tr("There is no message template with id %1.").arg(id)};
}

const sql::RecordTable<MessageTemplate>& table() {
    static const sql::RecordTable<MessageTemplate> map{
        .table = QStringLiteral("message_templates"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("language"), QStringLiteral("stage"),
                    QStringLiteral("version"), QStringLiteral("subject"), QStringLiteral("body"),
                    QStringLiteral("created_at"), QStringLiteral("author")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("created_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = [](MessageTemplate& t) { sql::stampIfInvalid(t.createdAt); },
    };
    return map;
}

const QString kByLanguageAndStage = QStringLiteral("WHERE language = ? AND stage = ? ");

} // namespace

Status MessageTemplateRepository::insert(MessageTemplate& value) {
    return sql::insertRecord(m_db, table(), value);
}

Result<MessageTemplate> MessageTemplateRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<MessageTemplate>> MessageTemplateRepository::latest(const QString& language,
                                                                         TemplateStage stage) {
    return sql::selectFirst(m_db, table(),
                            kByLanguageAndStage + QStringLiteral("ORDER BY version DESC"),
                            {language, toKey(stage)});
}

Result<QList<MessageTemplate>> MessageTemplateRepository::history(const QString& language,
                                                                  TemplateStage stage) {
    return sql::selectRecords(m_db, table(),
                              kByLanguageAndStage + QStringLiteral("ORDER BY version"),
                              {language, toKey(stage)});
}

} // namespace debrief
