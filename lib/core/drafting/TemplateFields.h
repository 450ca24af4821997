#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

/// A placeholder holds text; a flag switches a {{#if}} section on or off.
enum class TemplateFieldKind { Text, Flag };

/// One name a rejection template may use, with what it means.
struct TemplateField {
    QString name;
    TemplateFieldKind kind = TemplateFieldKind::Text;
    /// One line for the editor's help and the docs (translated).
    QString description;
};

/// The closed list of placeholders and flags a rejection template can use.
/// The renderer refuses every other name, so a template can never reach data
/// that the drafting code did not put into its TemplateValues on purpose.
class DEBRIEF_CORE_EXPORT TemplateFields {
    Q_DECLARE_TR_FUNCTIONS(TemplateFields)

public:
    /// Every field, placeholders first, in the order the docs list them.
    static QList<TemplateField> all();
    static QStringList textNames();
    static QStringList flagNames();
    static bool isText(const QString& name);
    static bool isFlag(const QString& name);
    /// Neutral English words for a missing text value, the last resort when
    /// neither the template nor the language data gives a fallback; never
    /// empty, so a greeting can never come out as "Hello ,".
    static QString neutralFallback(const QString& name);
};

} // namespace debrief
