#include "ChartPalette.h"

namespace debrief {

QList<QColor> ChartPalette::colours() {
    // Okabe–Ito order, black moved last because it reads as "text" in charts.
    return {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
            QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
            QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x00, 0x00)};
}

QColor ChartPalette::seriesColour(int index) {
    const QList<QColor> all = colours();
    const int n = static_cast<int>(all.size());
    return all.at(((index % n) + n) % n);
}

} // namespace debrief
