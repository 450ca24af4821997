#include "CalibrationReport.h"

#include "ReportFrontMatter.h"
#include "analytics/PanelCalibration.h"

namespace debrief::report {
namespace {

QString signedNumber(const std::optional<double>& value, const ReportFormat& format) {
    if (!value)
        return ReportFormat::dash();
    return (*value > 0 ? QStringLiteral("+") : QString()) + format.number(*value, 1);
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
    document.addNote(tr("Offset: how many points (0–100, as in the weighted total) a panelist's "
                        "scores lie above (+) or below (−) the rest of the panel's on the same "
                        "candidate and criterion, on average. Spread: how much that varies."));

    document.addHeading(tr("Agreement per criterion"));
    document.addTable(agreementTable(data, format));
    document.addNote(tr("ICC(2,1): intraclass correlation, absolute agreement, on the largest "
                        "group of candidates every included panelist scored. Alpha: "
                        "Krippendorff's alpha at the ordinal level, on every candidate scored by "
                        "at least two panelists."));
    addHalo(document, data);
    return document;
}

void CalibrationReport::addReadingGuide(ReportDocument& document, const CalibrationReportData& data,
                                        const ReportFormat& format) {
    const CalibrationOptions& o = data.calibration.options;
    document.addHeading(tr("How to read this report"));
    document.addParagraph(
        tr("Every panelist scores a little differently. This report shows where the differences "
           "are large enough to talk about, so the panel can agree what a score means before the "
           "next round. It does not change anyone's scores."));
    document.addParagraph(
        tr("Leniency: a panelist is called lenient when their scores are on average at least %1 "
           "points above their colleagues' on the same candidates, and severe when at least %1 "
           "points below, after %n shared rating(s) or more. A lenient or severe panelist is not "
           "wrong; the panel should just know it when it reads their scores.",
           "", o.leniencyMinimumComparisons)
            .arg(format.number(o.leniencyThreshold, 0)));
    document.addParagraph(
        tr("Agreement: 1 means the panelists rank the candidates on a criterion the same way, 0 "
           "means no more agreement than chance. From 0.8 it is good, from 0.67 fair, below that "
           "weak. Low agreement usually means the criterion or its anchors are read differently; "
           "discuss an example together."));
    document.addParagraph(
        tr("Halo: a scorecard is flat when its scores hardly vary across %n or more criteria. A "
           "panelist whose scorecards are mostly flat may be rating an overall impression rather "
           "than each criterion on its own.",
           "", o.haloMinimumCriteria));
}

ReportTable CalibrationReport::leniencyTable(const CalibrationReportData& data,
                                             const ReportFormat& format) {
    const RatingMatrix& matrix = data.input.matrix;
    ReportTable table;
    table.headers = {tr("Panelist"),       tr("Offset (points)"), tr("Spread"),
                     tr("Shared ratings"), tr("Candidates"),      tr("Reading")};
    table.columnWeights = {2.4, 1.3, 1.0, 1.2, 1.2, 2.4};
    table.alignments = {Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                        Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    for (const PanelistCalibration& p : data.calibration.panelists) {
        table.rows.append({matrix.panelists().at(p.panelist).name,
                           signedNumber(p.meanOffset, format), format.number(p.offsetSpread, 1),
                           QString::number(p.comparisons), QString::number(p.finalists),
                           PanelCalibration::label(p.leniency)});
        if (p.leniency == Leniency::Lenient || p.leniency == Leniency::Severe)
            table.highlightedCells.append(int(table.rows.size() - 1) * table.columnCount() + 5);
    }
    table.caption = tr("How each panelist scores compared with the rest of the panel");
    return table;
}

QString CalibrationReport::agreementReading(const std::optional<double>& alpha) {
    if (!alpha)
        return tr("not enough shared ratings");
    if (*alpha >= 0.8)
        return tr("good");
    if (*alpha >= 0.667)
        return tr("fair");
    if (*alpha > 0.0)
        return tr("weak");
    return tr("none beyond chance");
}

ReportTable CalibrationReport::agreementTable(const CalibrationReportData& data,
                                              const ReportFormat& format) {
    const RatingMatrix& matrix = data.input.matrix;
    ReportTable table;
    table.headers = {tr("Criterion"), tr("ICC(2,1)"), tr("Alpha"), tr("Reading"), tr("Based on")};
    table.columnWeights = {2.4, 1.0, 1.0, 1.8, 3.0};
    table.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft,
                        Qt::AlignLeft};
    for (const CriterionAgreement& a : data.calibration.criteria) {
        const QString basis = a.alpha.alpha ? tr("%1 candidates, %2 panelists, %3 scores")
                                                  .arg(a.alpha.units)
                                                  .arg(a.alpha.coders)
                                                  .arg(a.alpha.pairableValues)
                                            : ReportFormat::dash();
        table.rows.append({matrix.criteria().at(a.criterion).name, format.number(a.icc.icc2, 2),
                           format.number(a.alpha.alpha, 2), agreementReading(a.alpha.alpha),
                           basis});
        if (a.alpha.alpha && *a.alpha.alpha < 0.667)
            table.highlightedCells.append(int(table.rows.size() - 1) * table.columnCount() + 3);
    }
    table.caption = tr("How well the panel agrees on each criterion");
    return table;
}

void CalibrationReport::addHalo(ReportDocument& document, const CalibrationReportData& data) {
    const RatingMatrix& matrix = data.input.matrix;
    document.addHeading(tr("Halo flags"));
    ReportTable table;
    table.headers = {tr("Panelist"), tr("Scorecards checked"), tr("Flat scorecards"),
                     tr("Halo flag")};
    table.columnWeights = {3.0, 1.6, 1.6, 1.4};
    table.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    QStringList flagged;
    for (const PanelistCalibration& p : data.calibration.panelists) {
        const QString name = matrix.panelists().at(p.panelist).name;
        table.rows.append({name, QString::number(p.haloEligibleScorecards),
                           QString::number(p.flatScorecards), ReportFormat::yesNo(p.halo)});
        if (p.halo) {
            flagged.append(name);
            table.highlightedCells.append(int(table.rows.size() - 1) * table.columnCount() + 3);
        }
    }
    document.addParagraph(
        flagged.isEmpty()
            ? tr("No panelist gave nearly the same score on every criterion on most of their "
                 "scorecards.")
            : tr("Most scorecards of %1 score every criterion nearly the same. Worth asking "
                 "whether each criterion was judged on its own evidence.")
                  .arg(flagged.join(QStringLiteral(", "))));
    document.addTable(table);
}

} // namespace debrief::report
