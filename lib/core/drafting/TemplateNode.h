#pragma once

#include <QString>

#include <vector>

// The parsed form of a template. Internal to the drafting code.
namespace debrief::drafting {

/// Literal text, a placeholder, or an {{#if}}/{{#unless}} section.
struct TemplateNode {
    enum class Kind { Text, Value, Section };

    Kind kind = Kind::Text;
    /// Text: the literal text; Value and Section: the field name.
    QString text;
    /// Value: the template's own fallback ({{name|fallback}}), may be empty.
    QString fallback;
    /// Section: true for {{#unless}}.
    bool negated = false;
    /// Section: what renders when the condition holds, and the {{else}} part.
    std::vector<TemplateNode> children;
    std::vector<TemplateNode> otherwise;
};

} // namespace debrief::drafting
