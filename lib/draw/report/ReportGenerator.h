#pragma once

#include "ReportDocument.h"
#include "ReportPdfWriter.h"
#include "Result.h"
#include "debrief_draw_export.h"
#include "reporting/ReportData.h"
#include "reporting/ReportRequest.h"

#include <QString>

namespace debrief::report {

struct ReportPageSetup;

/// The one entry point behind `debrief-cli report` and File › Export
/// Report…: builds a report's ReportDocument from the data lib/core read for
/// it (ReportDataLoader) and writes the PDF. It never reads the database.
class DEBRIEF_DRAW_EXPORT ReportGenerator {
public:
    /// The report as blocks, ready for ReportPdfWriter.
    static ReportDocument build(const ReportData& data, const ReportRequest& request);
    /// build() and then ReportPdfWriter::write to `path`.
    Status write(const ReportData& data, const ReportRequest& request, const ReportPageSetup& setup,
                 const QString& path, const ReportPdfWriter::Progress& progress = {});

    /// The writer of the last write(): page count and chart frames.
    const ReportPdfWriter& writer() const { return m_writer; }

    /// A file name for the report: "comparison-senior-backend-engineer.pdf".
    static QString suggestedFileName(const ReportRequest& request, const QString& openingTitle,
                                     const QString& candidateName = {});

private:
    ReportPdfWriter m_writer;
};

} // namespace debrief::report
