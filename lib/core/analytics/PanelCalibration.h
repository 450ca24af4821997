#pragma once

#include "CalibrationReport.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class RatingMatrix;

/// Whether the panel scores alike: each panelist's leniency or severity and
/// halo pattern, and per criterion how well panelists agree (ICC and
/// Krippendorff's alpha). Meant to prompt a conversation in the debrief,
/// not to overrule anyone's scores.
class DEBRIEF_CORE_EXPORT PanelCalibration {
    Q_DECLARE_TR_FUNCTIONS(PanelCalibration)

public:
    static CalibrationReport analyse(const RatingMatrix& matrix,
                                     const CalibrationOptions& options = {});
    /// Leniency and halo of one panelist.
    static PanelistCalibration panelist(const RatingMatrix& matrix, int panelist,
                                        const CalibrationOptions& options = {});
    /// A translated label ("lenient", "severe", …).
    static QString label(Leniency value);
};

} // namespace debrief
