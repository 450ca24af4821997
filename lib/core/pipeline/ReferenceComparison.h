#pragma once

#include "debrief_core_export.h"
#include "domain/Reference.h"
#include "live/ComparedField.h"

#include <QCoreApplication>

namespace debrief {

/// A reference as this user edited it next to the version saved elsewhere,
/// field by field in the order of the reference dialog: the rows of a
/// reference's edit conflict.
class DEBRIEF_CORE_EXPORT ReferenceComparison {
    Q_DECLARE_TR_FUNCTIONS(ReferenceComparison)

public:
    static ComparedFields fields(const Reference& mine, const Reference& theirs);
};

} // namespace debrief
