#include "MessageTemplateRepository.h"

#include "RecordTable.h"
#include "drafting/DefaultTemplates.h"
#include "drafting/DraftLanguage.h"

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

QString MessageTemplateRepository::builtInAuthor() {
    return QStringLiteral("built-in");
}

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
                            {DraftLanguage::baseLanguage(language), toKey(stage)});
}

Result<QList<MessageTemplate>> MessageTemplateRepository::history(const QString& language,
                                                                  TemplateStage stage) {
    return sql::selectRecords(m_db, table(),
                              kByLanguageAndStage + QStringLiteral("ORDER BY version"),
                              {DraftLanguage::baseLanguage(language), toKey(stage)});
}

Result<MessageTemplate> MessageTemplateRepository::latestOrBuiltIn(const QString& language,
                                                                   TemplateStage stage) {
    auto stored = latest(language, stage);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return **stored;
    // Looked at again inside the transaction that stores version 1, so two
    // callers cannot both store it. (A nested guard that returns without
    // committing would doom the caller's transaction, hence the read above.)
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    stored = latest(language, stage);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return **stored;
    }
    auto shipped = DefaultTemplates::load(language, stage);
    if (!shipped)
        return shipped.error();
    MessageTemplate first;
    first.language = DraftLanguage::baseLanguage(language);
    first.stage = stage;
    first.version = 1;
    first.subject = shipped->subject;
    first.body = shipped->body;
    first.author = builtInAuthor();
    if (auto written = insert(first); !written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return first;
}

Result<MessageTemplate> MessageTemplateRepository::saveNewVersion(const QString& language,
                                                                  TemplateStage stage,
                                                                  const TemplateText& text,
                                                                  const QString& author,
                                                                  const QDateTime& now) {
    if (auto checked = DefaultTemplates::check(text); !checked)
        return checked.error();
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // The shipped text stays in the history as version 1.
    auto current = latestOrBuiltIn(language, stage);
    if (!current)
        return current.error();
    if (current->subject == text.subject && current->body == text.body) {
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return *current;
    }
    MessageTemplate next;
    next.language = current->language;
    next.stage = stage;
    next.version = current->version + 1;
    next.subject = text.subject;
    next.body = text.body;
    next.createdAt = now;
    next.author = author;
    if (auto written = insert(next); !written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return next;
}

} // namespace debrief
