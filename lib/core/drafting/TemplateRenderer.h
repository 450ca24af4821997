#pragma once

#include "Result.h"
#include "TemplateProblem.h"
#include "debrief_core_export.h"

#include <QString>

#include <memory>
#include <optional>

namespace debrief {

class TemplateValues;

namespace drafting {
struct TemplateNode;
}

/// A rejection template, parsed once and rendered against a TemplateValues.
///
/// Syntax: {{candidate.firstName}}, {{candidate.firstName|there}} (a fallback
/// for an empty value), {{#if flag}}…{{else}}…{{/if}}, {{#unless flag}}…
/// {{/unless}} and {{! comments }}. Names come from TemplateFields only; an
/// unknown name, a stray {{else}} or an unclosed section is an error naming
/// it with its line and column. Values are inserted as they are, never read
/// as template syntax. docs/DRAFTS.md describes it for template authors.
class DEBRIEF_CORE_EXPORT TemplateRenderer {
public:
    /// `firstLine` is where `text` starts in its file (a template file's
    /// body starts on line 3, after the subject line and a blank line);
    /// `sourceName` names the file in error messages.
    explicit TemplateRenderer(const QString& text, int firstLine = 1,
                              const QString& sourceName = {});
    ~TemplateRenderer();
    TemplateRenderer(TemplateRenderer&&) noexcept;
    TemplateRenderer& operator=(TemplateRenderer&&) noexcept;

    /// Whether the text parsed; the error is the problem's message.
    Status check() const;
    /// std::nullopt when the text parsed.
    const std::optional<TemplateProblem>& problem() const { return m_problem; }

    /// Plain text: sections resolved, empty values replaced by their
    /// fallback, runs of blank lines folded into one, no trailing spaces.
    Result<QString> renderPlain(const TemplateValues& values) const;
    /// The plain rendering as HTML paragraphs, every value escaped
    /// (DraftText::toHtml).
    Result<QString> renderHtml(const TemplateValues& values) const;
    /// One line (for a subject): the plain rendering with its white space
    /// folded into single spaces.
    Result<QString> renderLine(const TemplateValues& values) const;

    /// Convenience: parse and render plain text in one go.
    static Result<QString> renderPlain(const QString& text, const TemplateValues& values);

private:
    std::unique_ptr<std::vector<drafting::TemplateNode>> m_nodes;
    std::optional<TemplateProblem> m_problem;
};

} // namespace debrief
