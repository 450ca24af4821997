#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/MessageTemplate.h"
#include "drafting/TemplateText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace debrief {

class Database;

/// Stores the rejection templates, versioned per language and stage. Rows
/// are never changed: an edit is a new version, so a draft's template id
/// keeps naming the exact text it came from. The shipped text becomes
/// version 1 the first time a language and stage is asked for.
class DEBRIEF_CORE_EXPORT MessageTemplateRepository {
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateRepository)

public:
    explicit MessageTemplateRepository(Database& db)
        : m_db(db) {}

    Result<MessageTemplate> get(RowId id);
    /// The newest stored version; std::nullopt when none is stored yet.
    Result<std::optional<MessageTemplate>> latest(const QString& language, TemplateStage stage);
    /// latest(), after storing the shipped template as version 1 when
    /// nothing is stored for this language and stage.
    Result<MessageTemplate> latestOrBuiltIn(const QString& language, TemplateStage stage);
    /// Every stored version, oldest first.
    Result<QList<MessageTemplate>> history(const QString& language, TemplateStage stage);
    /// Stores `text` as the next version by `author`. A text that does not
    /// parse is refused with its line and column; a text equal to the newest
    /// version stores nothing and returns that version.
    Result<MessageTemplate> saveNewVersion(const QString& language, TemplateStage stage,
                                           const TemplateText& text, const QString& author,
                                           const QDateTime& now);

    /// The author recorded on the shipped version 1.
    static QString builtInAuthor();

private:
    Status insert(MessageTemplate& value);

    Database& m_db;
};

} // namespace debrief
