#pragma once

#include "debrief_core_export.h"
#include "domain/Interview.h"
#include "live/ComparedField.h"

#include <QCoreApplication>

namespace debrief {

class Database;

/// An interview as this user moved it next to the version saved elsewhere,
/// in the schedule form's order (round, when, duration, location, video
/// link, panel) and whether it still takes place: the rows of an
/// interview's edit conflict. Rounds and panelists by name, times on the
/// user's clocks.
class DEBRIEF_CORE_EXPORT InterviewComparison {
    Q_DECLARE_TR_FUNCTIONS(InterviewComparison)

public:
    static ComparedFields fields(Database& db, const Interview& mine, const Interview& theirs);
    /// An instant as the comparison writes it, on the user's clocks.
    static QString when(const QDateTime& instant);
};

} // namespace debrief
