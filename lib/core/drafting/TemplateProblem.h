#pragma once

#include <QString>

namespace debrief {

/// Where a template is broken and why, for an editor to put the cursor on.
struct TemplateProblem {
    /// 1-based, counted in the whole template file (see TemplateRenderer's
    /// firstLine).
    int line = 0;
    /// 1-based, in characters.
    int column = 0;
    /// Offset and length of the offending tag in the text that was parsed.
    qsizetype offset = 0;
    qsizetype length = 0;
    /// The complete message, position included ("final.txt, line 5, column
    /// 12: unknown placeholder “candidate.email” …").
    QString message;

    friend bool operator==(const TemplateProblem&, const TemplateProblem&) = default;
};

} // namespace debrief
