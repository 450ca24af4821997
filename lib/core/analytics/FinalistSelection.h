#pragma once

#include "RatingMatrix.h"
#include "debrief_core_export.h"

#include <QList>

namespace debrief {

/// A RatingMatrix narrowed to some of its finalists, so switching finalists
/// in and out of a comparison needs no new read from storage.
///
/// The result equals what ComparisonInput::load gives for the same
/// applications: panelists keep their order, and those who scored none of
/// the chosen finalists are left out (they would only dilute the resampling).
class DEBRIEF_CORE_EXPORT FinalistSelection {
public:
    /// `finalists` are indices into `matrix`, in the order wanted.
    static RatingMatrix of(const RatingMatrix& matrix, const QList<int>& finalists);
};

} // namespace debrief
