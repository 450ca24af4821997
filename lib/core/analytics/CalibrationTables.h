#pragma once

#include "CalibrationReport.h"
#include "RatingMatrix.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QStringList>

namespace debrief {

/// One of PanelCalibration's tables as text: what the calibration report
/// prints and the Calibration tab of Compare Finalists shows, cell for cell.
struct DEBRIEF_CORE_EXPORT CalibrationTable {
    QStringList headers;
    QList<QStringList> rows;
    /// (row, column) cells worth a reader's attention: a lenient or severe
    /// reading, weak agreement, a halo flag. Shown tinted and in words.
    QList<QPair<int, int>> highlighted;
    /// Columns that hold numbers (aligned right).
    QList<int> numericColumns;
    /// One line under the table's title.
    QString caption;

    bool isHighlighted(int row, int column) const { return highlighted.contains({row, column}); }
};

/// PanelCalibration's figures as the tables people read, written once for
/// the calibration report and the Calibration tab: leniency per panelist,
/// agreement per criterion (ICC(1,1), ICC(2,1), ICC(3,1), Krippendorff's
/// alpha) and halo flags. CalibrationGuide has the words around them.
class DEBRIEF_CORE_EXPORT CalibrationTables {
    Q_DECLARE_TR_FUNCTIONS(CalibrationTables)

public:
    /// `calibration` was computed from `matrix`.
    static CalibrationTable leniency(const RatingMatrix& matrix,
                                     const CalibrationReport& calibration, const QLocale& locale);
    static CalibrationTable agreement(const RatingMatrix& matrix,
                                      const CalibrationReport& calibration, const QLocale& locale);
    static CalibrationTable halo(const RatingMatrix& matrix, const CalibrationReport& calibration);
    /// The names of the panelists with the halo flag, in panel order.
    static QStringList haloFlagged(const RatingMatrix& matrix,
                                   const CalibrationReport& calibration);
};

} // namespace debrief
