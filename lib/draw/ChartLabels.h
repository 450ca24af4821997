#pragma once

#include "debrief_draw_export.h"

#include <QString>

namespace debrief {

/// Chart labels that show a value as the text it is, and axis labels that
/// fit. Qt Charts renders every label (legend, axis, title) as HTML, so a
/// name such as `<h1>X</h1>` would be drawn as a heading; and it truncates a
/// long category label to "…", so long names are broken onto two lines.
class DEBRIEF_DRAW_EXPORT ChartLabels {
public:
    /// `text` HTML-escaped, for a legend entry (a series' or bar set's name).
    static QString text(const QString& text);
    /// `text` HTML-escaped, with the space nearest its middle replaced by a
    /// line break when it is longer than `maximumLineLength` characters.
    static QString wrapped(const QString& text, int maximumLineLength = 14);
};

} // namespace debrief
