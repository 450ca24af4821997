#include "ChartLabels.h"

#include <cstdlib>

namespace debrief {

QString ChartLabels::text(const QString& text) {
    return text.toHtmlEscaped();
}

QString ChartLabels::wrapped(const QString& text, int maximumLineLength) {
    if (text.size() <= maximumLineLength)
        return text.toHtmlEscaped();
    const int middle = int(text.size()) / 2;
    int best = -1;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return text.toHtmlEscaped();
    return text.left(best).toHtmlEscaped() + QStringLiteral("<br>") +
           text.mid(best + 1).toHtmlEscaped();
}

} // namespace debrief
