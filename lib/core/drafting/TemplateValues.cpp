#include "TemplateValues.h"

#include "TemplateFields.h"

namespace debrief {

bool TemplateValues::setText(const QString& name, const QString& value) {
    if (!TemplateFields::isText(name))
        return false;
    m_texts.insert(name, value);
    return true;
}

bool TemplateValues::setFlag(const QString& name, bool value) {
    if (!TemplateFields::isFlag(name))
        return false;
    m_flags.insert(name, value);
    return true;
}

bool TemplateValues::setFallback(const QString& name, const QString& text) {
    if (!TemplateFields::isText(name))
        return false;
    m_fallbacks.insert(name, text);
    return true;
}

} // namespace debrief
