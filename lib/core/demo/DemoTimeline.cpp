#include "DemoTimeline.h"

#include "DemoRandom.h"

#include <algorithm>

namespace debrief::demo {
namespace {

/// How long before the end of activity the last step happened, by stage.
/// Ranges are chosen so that some promised dates have passed and some not.
int lastActivityDaysBeforeEnd(PipelineStage stage, DemoRandom& random) {
    switch (stage) {
    case PipelineStage::Applied:
        return random.between(0, 16);
    case PipelineStage::Screen:
        return random.between(1, 9);
    case PipelineStage::Interview:
        return random.between(1, 8);
    case PipelineStage::Final:
        return random.between(2, 6);
    case PipelineStage::Offer:
        return random.between(1, 3);
    case PipelineStage::Hired:
        return random.between(0, 2);
    case PipelineStage::Rejected:
    case PipelineStage::Withdrawn:
        break;
    }
    return random.between(0, 24);
}

bool reachedScreen(PipelineStage furthest) {
    return furthest != PipelineStage::Applied;
}

} // namespace

int DemoTimeline::promiseGap(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Applied:
        return 14;
    case PipelineStage::Screen:
    case PipelineStage::Interview:
        return 7;
    default:
        return 5;
    }
}

QDate DemoTimeline::workdayOnOrBefore(const QDate& day) {
    const int weekday = day.dayOfWeek();
    return weekday > 5 ? day.addDays(5 - weekday) : day;
}

QDate DemoTimeline::workdayOnOrAfter(const QDate& day) {
    const int weekday = day.dayOfWeek();
    return weekday > 5 ? day.addDays(8 - weekday) : day;
}

DemoTimeline DemoTimeline::plan(PipelineStage stage, PipelineStage furthest, int roundsDone,
                                const QDate& openedOn, const QDate& activityEnd,
                                DemoRandom& random) {
    DemoTimeline t;
    t.lastActivity =
        workdayOnOrBefore(activityEnd.addDays(-lastActivityDaysBeforeEnd(stage, random)));
    QDate cursor = t.lastActivity;
    for (int i = 0; i < roundsDone; ++i) {
        t.roundDates.prepend(cursor);
        cursor = workdayOnOrBefore(cursor.addDays(-random.between(5, 8)));
    }
    if (reachedScreen(furthest)) {
        t.screenOn = roundsDone > 0 ? cursor : t.lastActivity;
        cursor = t.screenOn.addDays(-random.between(3, 8));
    } else {
        if (t.lastActivity <= openedOn) {
            // A young opening: spread its applicants over the days it has been open.
            const int span = int(std::max<qint64>(0, openedOn.daysTo(activityEnd) - 1));
            t.lastActivity = openedOn.addDays(1 + random.between(0, span));
        }
        cursor = t.lastActivity;
    }
    // An application cannot predate its opening. In a young opening the
    // steps after it are pushed forward instead, keeping their order.
    t.appliedOn = std::max(cursor, openedOn.addDays(1));
    QDate previous = t.appliedOn;
    if (t.screenOn.isValid()) {
        t.screenOn = std::max(t.screenOn, previous.addDays(1));
        previous = t.screenOn;
    }
    for (QDate& round : t.roundDates) {
        round = std::max(round, previous.addDays(1));
        previous = round;
    }
    t.lastActivity = std::max(t.lastActivity, previous);
    if (!isTerminal(stage))
        t.promised = workdayOnOrAfter(t.lastActivity.addDays(promiseGap(stage)));
    return t;
}

} // namespace debrief::demo
