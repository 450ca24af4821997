#pragma once

#include "debrief_core_export.h"

#include <QHash>
#include <QString>

namespace debrief {

/// Everything a template can read while it renders: text values and flags
/// under the names TemplateFields lists, and the neutral words to use when a
/// value is missing. Names outside that list are refused, so nothing else
/// can ever be put within a template's reach.
class DEBRIEF_CORE_EXPORT TemplateValues {
public:
    /// Stores a text value; false (and nothing stored) for a name that is
    /// not a text field.
    bool setText(const QString& name, const QString& value);
    /// Stores a flag; false (and nothing stored) for a name that is not a flag.
    bool setFlag(const QString& name, bool value);
    /// The neutral words used when the text value `name` is empty and the
    /// template gives no fallback of its own (DraftLanguage fills these in).
    bool setFallback(const QString& name, const QString& text);

    /// Empty when not set.
    QString text(const QString& name) const { return m_texts.value(name); }
    /// False when not set.
    bool flag(const QString& name) const { return m_flags.value(name, false); }
    QString fallback(const QString& name) const { return m_fallbacks.value(name); }

private:
    QHash<QString, QString> m_texts;
    QHash<QString, bool> m_flags;
    QHash<QString, QString> m_fallbacks;
};

} // namespace debrief
