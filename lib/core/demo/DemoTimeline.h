#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>

namespace debrief::demo {

class DemoRandom;

/// The dates of one application's journey, worked out backwards from its
/// last activity so that every date lies between the opening's creation and
/// today, in order.
struct DemoTimeline {
    QDate appliedOn;
    /// Invalid when the application never reached the screen.
    QDate screenOn;
    /// One date per interview round held.
    QList<QDate> roundDates;
    QDate lastActivity;
    /// The next round already booked (after today), if any.
    QDate nextRoundOn;
    /// The answer date last promised; invalid once the application is closed.
    QDate promised;

    /// Plans a journey ending at most `activityEnd` (and after `openedOn`).
    static DemoTimeline plan(PipelineStage stage, PipelineStage furthest, int roundsDone,
                             const QDate& openedOn, const QDate& activityEnd, DemoRandom& random);
    /// How many days after the last contact the panel promises an answer.
    static int promiseGap(PipelineStage stage);
    /// Interviews and calls happen on weekdays: a weekend day becomes the
    /// Friday before (never later, so the date stays in the past).
    static QDate workdayOnOrBefore(const QDate& day);
    /// Promises name a weekday: a weekend day becomes the Monday after.
    static QDate workdayOnOrAfter(const QDate& day);
};

} // namespace debrief::demo
