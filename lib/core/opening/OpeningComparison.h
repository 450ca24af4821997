#pragma once

#include "OpeningSetup.h"
#include "debrief_core_export.h"
#include "live/ComparedField.h"

#include <QCoreApplication>

namespace debrief {

/// An opening's set-up as this user edited it next to the version saved
/// elsewhere, field by field in the set-up dialog's order (title, team,
/// hiring manager, positions, status, description, rounds, panel and its
/// lead): the rows of an opening's edit conflict.
class DEBRIEF_CORE_EXPORT OpeningComparison {
    Q_DECLARE_TR_FUNCTIONS(OpeningComparison)

public:
    static ComparedFields fields(const OpeningSetup& mine, const OpeningSetup& theirs);
};

} // namespace debrief
