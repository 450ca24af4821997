#pragma once

#include <QString>

namespace debrief {

/// One flagged span of a checked text: where it is (UTF-16 positions in
/// the QString, as QTextCursor and QSyntaxHighlighter count), which
/// category and rule flagged it, and what to do about it, in the language
/// of the rules.
struct ToneFinding {
    qsizetype start = 0;
    qsizetype length = 0;
    QString category;
    QString ruleId;
    QString explanation;
    QString suggestion;

    qsizetype end() const { return start + length; }
    friend bool operator==(const ToneFinding&, const ToneFinding&) = default;
};

} // namespace debrief
