#pragma once

#include "domain/RowId.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace debrief {

/// What a panel decides when it schedules (or reschedules) an interview:
/// which candidate's application, which round, when, for how long, where,
/// and who sits on it. The window's dialog and `debrief-cli schedule` fill
/// it in; InterviewScheduler checks and stores it.
struct ScheduleRequest {
    RowId applicationId = kNoRow;
    RowId roundId = kNoRow;
    /// When it starts, in any time zone (stored in UTC); invalid when no
    /// time was chosen.
    QDateTime start;
    int durationMinutes = 0;
    QString location;
    QString videoLink;
    /// In seat order.
    QList<RowId> panelistIds;

    friend bool operator==(const ScheduleRequest&, const ScheduleRequest&) = default;
};

/// The part of a request (or of a cancellation) a problem belongs to, so
/// that the dialog can show it next to that field and the command line can
/// name the option.
enum class ScheduleField {
    Application,
    Round,
    Start,
    Duration,
    Location,
    VideoLink,
    Panelists,
    Reason
};

/// One reason a request cannot be stored, worded for the person who filled
/// it in ("Panelists: choose at least one panelist.").
struct ScheduleProblem {
    ScheduleField field;
    QString message;
    /// The same with ids where `message` names people ("Panelist 7 is not
    /// on this opening's panel."), for output that must carry no names.
    QString withoutNames;

    friend bool operator==(const ScheduleProblem&, const ScheduleProblem&) = default;
};

} // namespace debrief
