#include "MessageTemplates.h"

#include "DefaultTemplates.h"
#include "DraftLanguage.h"
#include "storage/MessageTemplateRepository.h"
#include "storage/TransactionGuard.h"

namespace debrief {

QString MessageTemplates::builtInAuthor() {
    return QStringLiteral("built-in");
}

Result<MessageTemplate> MessageTemplates::get(RowId id) {
    return MessageTemplateRepository(m_db).get(id);
}

Result<std::optional<MessageTemplate>> MessageTemplates::latest(const QString& language,
                                                                TemplateStage stage) {
    return MessageTemplateRepository(m_db).latest(DraftLanguage::baseLanguage(language), stage);
}

Result<TemplateText> MessageTemplates::current(const QString& language, TemplateStage stage) {
    auto stored = latest(language, stage);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return TemplateText{(*stored)->subject, (*stored)->body};
    return DefaultTemplates::load(DraftLanguage::baseLanguage(language), stage);
}

Result<QList<MessageTemplate>> MessageTemplates::history(const QString& language,
                                                         TemplateStage stage) {
    return MessageTemplateRepository(m_db).history(DraftLanguage::baseLanguage(language), stage);
}

Result<QList<MessageTemplate>> MessageTemplates::historyOrBuiltIn(const QString& language,
                                                                  TemplateStage stage) {
    auto versions = history(language, stage);
    if (!versions || !versions->isEmpty())
        return versions;
    // Nothing stored yet: the shipped text is version 1 all the same.
    MessageTemplate shipped;
    shipped.language = DraftLanguage::baseLanguage(language);
    shipped.stage = stage;
    shipped.version = 1;
    shipped.author = builtInAuthor();
    versions->append(shipped);
    return versions;
}

Result<MessageTemplate> MessageTemplates::latestOrBuiltIn(const QString& language,
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
    if (auto written = MessageTemplateRepository(m_db).insert(first); !written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return first;
}

Result<MessageTemplate> MessageTemplates::saveNewVersion(const QString& language,
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
    if (auto written = MessageTemplateRepository(m_db).insert(next); !written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return next;
}

} // namespace debrief
