#pragma once

#include "debrief_draw_export.h"
#include "domain/Opening.h"
#include "reporting/ReportRequest.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>

namespace debrief::report {

class ReportDocument;

/// What every report sets before its first block: title, subtitle, the
/// running header with the opening, the author and the time it was made.
class DEBRIEF_DRAW_EXPORT ReportFrontMatter {
    Q_DECLARE_TR_FUNCTIONS(ReportFrontMatter)

public:
    static void apply(ReportDocument& document, const QString& title, const QString& subtitle,
                      const Opening& opening, const ReportRequest& request);
    /// "Senior Backend Engineer · Payments Platform".
    static QString openingLine(const Opening& opening);
    /// The key/value pair that says whose view of the scores a report shows.
    static QPair<QString, QString> viewerLine(const ScoreViewer& viewer);
};

} // namespace debrief::report
