#include "WaitingOnUsBadge.h"

#include "DisplayText.h"

namespace debrief {

WaitingOnUsBadge::WaitingOnUsBadge(QWidget* parent)
    : QToolButton(parent) {
    setObjectName(QStringLiteral("waitingBadge"));
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    setCount(0);
}

void WaitingOnUsBadge::setCount(int count) {
    if (count == m_count)
        return;
    m_count = count;
    setText(tr("Waiting on us: %1").arg(count));
    setAccessibleName(text());
    setToolTip(count == 0 ? tr("Nobody is waiting past a date we promised them an answer.")
                          : tr("%n candidate(s) past the date we promised them an answer. "
                               "Click to see who.",
                               "", count));
    if (count == 0) {
        setStyleSheet({});
        return;
    }
    // The number is in the text too, so the colour is never the only cue.
    const QString colour = DisplayText::overdueColour().name();
    setStyleSheet(
        QStringLiteral("QToolButton#waitingBadge { background: %1; color: white; "
                       "font-weight: bold; border-radius: 9px; padding: 1px 10px; }"
                       "QToolButton#waitingBadge:focus { border: 2px solid palette(highlight); }")
            .arg(colour));
}

} // namespace debrief
