#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace debrief {

/// How dates and answer deadlines read in the views, in one place so that the
/// table, the detail pane and the status bar say the same thing; and how a
/// value that may look like markup (a name, a note) reaches a tooltip or a
/// mnemonic label as the text it is.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    /// A date as "3 May 2024" (the pattern is translatable); an em dash
    /// when unset. Unambiguous where numeric short formats are not.
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& dateTime);
    /// "⚠ 3 days overdue", "today", "in 2 days", or empty when nobody
    /// is waiting for an answer. The symbol and words carry the meaning, so
    /// the warning colour is never the only cue.
    static QString answerDue(const QDate& promised, PipelineStage stage, const QDate& today);
    /// Whole days past the promised date; 0 when not overdue.
    static int daysOverdue(const QDate& promised, PipelineStage stage, const QDate& today);
    /// `text`, or an em dash when it is blank, so an empty field reads as
    /// "nothing recorded" rather than as a layout gap.
    static QString orDash(const QString& text);
    /// The colour that marks an overdue answer (dark enough for text).
    static QColor overdueColour();
    /// The bold font that picks out a person's name in a list, or an
    /// overdue answer next to its colour; `on` false gives no font (the
    /// view's own), for a model's data() to return as it is.
    static QVariant emphasis(bool on = true);
    /// A tooltip showing `text` as it is. Qt renders a tooltip as rich text
    /// whenever it looks like markup, so a name such as
    /// `<h1 style="color:red">X</h1>` would be a red heading; this escapes
    /// it (line breaks kept). Empty for empty text, so no tooltip shows.
    static QString toolTip(const QString& text);
    /// `text` for a label or button whose '&' marks a mnemonic: a value's
    /// own ampersands ("R&D") are doubled so they show and mark nothing.
    static QString withLiteralAmpersands(const QString& text);
    /// `title` for setWindowTitle(): Qt takes "[*]" in a title for the place
    /// of the unsaved-changes mark and hides it, so a value's own "[*]" is
    /// doubled to show. Only for titles without a mark of their own.
    static QString windowTitle(const QString& title);
};

} // namespace debrief
