#pragma once

#include "debrief_draw_export.h"
#include "reporting/OpeningSummaryData.h"

#include <QCoreApplication>

class QChart;

namespace debrief::report {

/// The opening summary's pipeline as horizontal bars: per stage, how many
/// candidates are in it now and how many got at least that far.
class DEBRIEF_DRAW_EXPORT PipelineChart {
    Q_DECLARE_TR_FUNCTIONS(PipelineChart)

public:
    /// The caller owns the chart.
    static QChart* build(const QList<StageFigures>& stages);
};

} // namespace debrief::report
