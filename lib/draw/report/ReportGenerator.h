#pragma once

#include "ReportDocument.h"
#include "ReportPdfWriter.h"
#include "ReportRequest.h"
#include "Result.h"
#include "debrief_draw_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {
class Database;
}

namespace debrief::report {

struct ReportPageSetup;

/// The one entry point behind `debrief-cli report` and File › Export
/// Report…: reads what a report needs from the database (lib/core/reporting),
/// builds its ReportDocument and writes the PDF.
class DEBRIEF_DRAW_EXPORT ReportGenerator {
    Q_DECLARE_TR_FUNCTIONS(ReportGenerator)

public:
    explicit ReportGenerator(Database& db)
        : m_db(db) {}

    /// The report as blocks, ready for ReportPdfWriter; an error says what is
    /// missing (no opening, no finalists with scorecards, no candidate, …).
    Result<ReportDocument> build(const ReportRequest& request);
    /// build() and then ReportPdfWriter::write to `path`.
    Status write(const ReportRequest& request, const ReportPageSetup& setup, const QString& path,
                 const ReportPdfWriter::Progress& progress = {});

    /// The writer of the last write(): page count and chart frames.
    const ReportPdfWriter& writer() const { return m_writer; }

    /// The application of a candidate (row id or uuid, as the CLI takes it)
    /// in an opening; an error naming both when they do not match.
    static Result<RowId> applicationOf(Database& db, RowId openingId, const QString& candidate);
    /// A file name for the report: "comparison-senior-backend-engineer.pdf".
    static QString suggestedFileName(const ReportRequest& request, const QString& openingTitle,
                                     const QString& candidateName = {});

private:
    Result<ReportDocument> comparison(const ReportRequest& request);
    Result<ReportDocument> packet(const ReportRequest& request);
    Result<ReportDocument> calibration(const ReportRequest& request);
    Result<ReportDocument> summary(const ReportRequest& request);

    Database& m_db;
    ReportPdfWriter m_writer;
};

} // namespace debrief::report
