#include "CalibrationReport.h"

#include "ReportFrontMatter.h"
#include "analytics/CalibrationGuide.h"
#include "analytics/CalibrationTables.h"
#include "analytics/PanelCalibration.h"

namespace debrief::report {
namespace {

/// A calibration table as the report lays it out: the text is
/// CalibrationTables', the same as the Calibration tab's.
ReportTable reportTable(const CalibrationTable& source, QList<double> weights) {
    ReportTable table;
    table.headers = source.headers;
    table.rows = source.rows;
    table.columnWeights = std::move(weights);
    for (int c = 0; c < source.headers.size(); ++c)
        table.alignments.append(source.numericColumns.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
    for (const auto& [row, column] : source.highlighted)
        table.highlightedCells.append(row * table.columnCount() + column);
    table.caption = source.caption;
    return table;
}

} // namespace

ReportDocument CalibrationReport::build(const CalibrationReportData& data,
                                        const ReportRequest& request) {
    const ReportFormat format(request.locale);
    ReportDocument document;
    ReportFrontMatter::apply(document, tr("Panel calibration"),
                             ReportFrontMatter::openingLine(data.opening), data.opening, request);
    const RatingMatrix& matrix = data.input.matrix;
    document.addKeyValues(
        {{tr("Opening"), data.opening.title},
         {tr("Candidates scored"), QString::number(matrix.finalistCount())},
         {tr("Panelists who scored"), QString::number(matrix.panelistCount())},
         {tr("Scorecards"), tr("%n submitted scorecard(s); drafts are never counted.", "",
                               data.input.submittedScorecards)},
         ReportFrontMatter::viewerLine(data.input.viewer)});
    for (const QString& note : data.input.withheldNotes())
        document.addNote(note);
    addReadingGuide(document, data, format);

    document.addHeading(tr("Leniency per panelist"));
    document.addTable(leniencyTable(data, format));
    document.addNote(CalibrationGuide::leniencyNote());

    document.addHeading(tr("Agreement per criterion"));
    document.addTable(agreementTable(data, format));
    document.addNote(CalibrationGuide::agreementNote());
    addHalo(document, data);
    return document;
}

void CalibrationReport::addReadingGuide(ReportDocument& document, const CalibrationReportData& data,
                                        const ReportFormat& format) {
    document.addHeading(CalibrationGuide::heading());
    for (const QString& paragraph :
         CalibrationGuide::paragraphs(data.calibration.options, format.locale()))
        document.addParagraph(paragraph);
}

ReportTable CalibrationReport::leniencyTable(const CalibrationReportData& data,
                                             const ReportFormat& format) {
    return reportTable(
        CalibrationTables::leniency(data.input.matrix, data.calibration, format.locale()),
        {2.4, 1.3, 1.0, 1.2, 1.2, 2.4});
}

ReportTable CalibrationReport::agreementTable(const CalibrationReportData& data,
                                              const ReportFormat& format) {
    return reportTable(
        CalibrationTables::agreement(data.input.matrix, data.calibration, format.locale()),
        {2.2, 0.9, 0.9, 0.9, 0.9, 1.6, 2.6});
}

void CalibrationReport::addHalo(ReportDocument& document, const CalibrationReportData& data) {
    document.addHeading(tr("Halo flags"));
    document.addParagraph(CalibrationGuide::haloSummary(
        CalibrationTables::haloFlagged(data.input.matrix, data.calibration)));
    ReportTable table = reportTable(CalibrationTables::halo(data.input.matrix, data.calibration),
                                    {3.0, 1.6, 1.6, 1.4});
    // The sentence above says what the table shows.
    table.caption.clear();
    document.addTable(table);
}

} // namespace debrief::report
