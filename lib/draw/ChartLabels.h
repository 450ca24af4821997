#pragma once

#include "debrief_draw_export.h"

#include <QString>

namespace debrief {

/// Axis labels that fit: Qt Charts truncates a long category label to "…"
/// but renders HTML, so long names are broken onto two lines instead.
class DEBRIEF_DRAW_EXPORT ChartLabels {
public:
    /// `text` HTML-escaped, with the space nearest its middle replaced by a
    /// line break when it is longer than `maximumLineLength` characters.
    static QString wrapped(const QString& text, int maximumLineLength = 14);
};

} // namespace debrief
