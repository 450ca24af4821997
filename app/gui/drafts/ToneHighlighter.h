#pragma once

#include "tone/ToneFinding.h"

#include <QColor>
#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace debrief {

/// Marks the tone check's findings in a draft with a wavy underline (and a
/// faint tint) in the category's colour from the colour-blind-safe chart
/// palette. It only paints: the editor runs the check (debounced) and hands
/// the findings over, so typing never waits for the rules.
class ToneHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit ToneHighlighter(QTextDocument* document);

    /// Findings with positions in the document's plain text; rehighlights.
    void setFindings(const QList<ToneFinding>& findings);
    const QList<ToneFinding>& findings() const { return m_findings; }

    /// The colour a category is marked with (the findings list uses it too).
    static QColor colour(const QString& category);
    /// The format a finding of `category` is painted with.
    static QTextCharFormat format(const QString& category);

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<ToneFinding> m_findings;
};

} // namespace debrief
