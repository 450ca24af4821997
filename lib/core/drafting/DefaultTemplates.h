#pragma once

#include "Result.h"
#include "TemplateText.h"
#include "debrief_core_export.h"
#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// The rejection templates Debrief ships, one file per language and stage
/// (templates/<lang>/<stage>.txt, compiled in under :/debrief/templates).
/// A file's first line is "Subject: …", the second is empty, the body
/// follows. The database keeps these as version 1 of each template.
class DEBRIEF_CORE_EXPORT DefaultTemplates {
    Q_DECLARE_TR_FUNCTIONS(DefaultTemplates)

public:
    /// The line of a template file the body starts on.
    static constexpr int kBodyFirstLine = 3;

    /// "en/final.txt".
    static QString fileName(const QString& language, TemplateStage stage);
    /// Reads and checks a shipped template (or one in `directory`).
    static Result<TemplateText> load(const QString& language, TemplateStage stage,
                                     const QString& directory = {});
    /// Splits a template file into subject and body and checks both parse;
    /// errors name `fileName`, line and column.
    static Result<TemplateText> parse(const QString& contents, const QString& fileName);
    /// Checks that a subject and body parse; errors say which part and where.
    static Status check(const TemplateText& text);
};

} // namespace debrief
