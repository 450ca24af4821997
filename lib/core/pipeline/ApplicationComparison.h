#pragma once

#include "ApplicationChange.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "live/ComparedField.h"

#include <QCoreApplication>

namespace debrief {

/// An application as this user would store it next to the version saved
/// elsewhere: stage, furthest stage, promised answer date, hold and notes,
/// the rows of an application's edit conflict.
class DEBRIEF_CORE_EXPORT ApplicationComparison {
    Q_DECLARE_TR_FUNCTIONS(ApplicationComparison)

public:
    static ComparedFields fields(const Application& mine, const Application& theirs);
    /// `mine` is what keeping it would store: the saved version with the
    /// fields the change names, the only ones the user touched.
    static ComparedFields fields(const ApplicationChange& mine, const Application& theirs);
};

} // namespace debrief
