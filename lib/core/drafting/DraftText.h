#pragma once

#include "debrief_core_export.h"

#include <QString>

namespace debrief {

/// The text rules every draft follows, whether rendered from a template or
/// edited by hand: tidy plain text, and HTML derived from it.
class DEBRIEF_CORE_EXPORT DraftText {
public:
    /// Unix line breaks, no trailing spaces, no leading or trailing blank
    /// lines, and every run of blank lines folded into one (a section left
    /// out must not leave a hole in the letter).
    static QString tidy(const QString& plain);
    /// Paragraphs (separated by blank lines) as <p> elements, line breaks
    /// inside a paragraph as <br>, every character HTML-escaped.
    static QString toHtml(const QString& plain);
    /// toHtml() inside a small UTF-8 HTML document in `language`.
    static QString toHtmlDocument(const QString& plain, const QString& language);
};

} // namespace debrief
