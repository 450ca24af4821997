#pragma once

#include "Result.h"
#include "TemplateText.h"
#include "debrief_core_export.h"
#include "domain/MessageTemplate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace debrief {

class Database;

/// The rejection templates as drafting uses them, versioned per language
/// and stage: the shipped text becomes version 1 the first time a language
/// and stage is needed, and a new version is checked before it is stored
/// (MessageTemplateRepository only stores the rows).
class DEBRIEF_CORE_EXPORT MessageTemplates {
public:
    explicit MessageTemplates(Database& db)
        : m_db(db) {}

    Result<MessageTemplate> get(RowId id);
    /// The newest stored version; std::nullopt when none is stored yet.
    /// "en_GB" asks for "en" (DraftLanguage::baseLanguage).
    Result<std::optional<MessageTemplate>> latest(const QString& language, TemplateStage stage);
    /// The text an editor starts from: the newest stored version, else the
    /// shipped text (nothing is stored).
    Result<TemplateText> current(const QString& language, TemplateStage stage);
    /// latest(), after storing the shipped template as version 1 when
    /// nothing is stored for this language and stage.
    Result<MessageTemplate> latestOrBuiltIn(const QString& language, TemplateStage stage);
    /// Every stored version, oldest first.
    Result<QList<MessageTemplate>> history(const QString& language, TemplateStage stage);
    /// history(), or the shipped text as an unstored version 1 (no text, no
    /// id) when nothing is stored yet.
    Result<QList<MessageTemplate>> historyOrBuiltIn(const QString& language, TemplateStage stage);
    /// Stores `text` as the next version by `author`. A text that does not
    /// parse is refused with its line and column; a text equal to the newest
    /// version stores nothing and returns that version.
    Result<MessageTemplate> saveNewVersion(const QString& language, TemplateStage stage,
                                           const TemplateText& text, const QString& author,
                                           const QDateTime& now);

    /// The author recorded on the shipped version 1.
    static QString builtInAuthor();

private:
    Database& m_db;
};

} // namespace debrief
