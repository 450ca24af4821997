#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace debrief {

class Database;

/// Stores the rejection templates' rows, versioned per language and stage.
/// Rows are never changed: an edit is a new row, so a draft's template id
/// keeps naming the exact text it came from. Which version comes next, the
/// shipped version 1 and the check of a text are drafting's
/// (MessageTemplates); the language is stored as given ("en", not "en_GB").
class DEBRIEF_CORE_EXPORT MessageTemplateRepository {
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateRepository)

public:
    explicit MessageTemplateRepository(Database& db)
        : m_db(db) {}

    Result<MessageTemplate> get(RowId id);
    /// The row with the highest version; std::nullopt when there is none.
    Result<std::optional<MessageTemplate>> latest(const QString& language, TemplateStage stage);
    /// Every row of a language and stage, oldest version first.
    Result<QList<MessageTemplate>> history(const QString& language, TemplateStage stage);
    /// Stores a new row; sets its id, uuid and creation time when unset.
    Status insert(MessageTemplate& value);

private:
    Database& m_db;
};

} // namespace debrief
