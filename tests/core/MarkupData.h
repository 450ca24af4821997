#pragma once

#include <QString>

namespace debrief {
class Database;
}

namespace debrief::test {

/// Data that looks like markup, for the tests that every window, tooltip,
/// chart and report shows a value as the text it is (issue #12: a candidate
/// named `<h1 style="color:red">X</h1>` was drawn as a red heading).
class MarkupData {
public:
    /// What every free-text value of a marked database starts with: a
    /// heading in red and a link, which a rich-text view would render, and
    /// "[*]", which a window title would take for its unsaved-changes mark.
    static QString marker();
    /// The first characters of marker(): what a view that shows the value as
    /// text shows, and a view that renders it never does.
    static QString literal();
    /// Puts marker() before every free-text column of every row of `db`
    /// (names, titles, notes, evidence, takeaways, anchors, rounds,
    /// criteria, panelists, references, messages, rationale, drafts and
    /// templates; e-mail addresses, keys and dates stay as they are, since
    /// the rules refuse markup there). Returns what failed, empty on success.
    static QString mark(Database& db);
};

} // namespace debrief::test
