#pragma once

#include "debrief_draw_export.h"

#include <QColor>
#include <QList>

namespace debrief {

/// Series colours that stay distinguishable for people with the common
/// forms of colour blindness (Okabe & Ito, "Color Universal Design", 2008).
/// Charts never rely on colour alone: series also differ in marker or label.
class DEBRIEF_DRAW_EXPORT ChartPalette {
public:
    /// The i-th series colour; wraps around after all colours are used.
    static QColor seriesColour(int index);
    /// All colours in order.
    static QList<QColor> colours();
};

} // namespace debrief
