#include "ComparisonReport.h"

#include "ComparisonRadarChart.h"
#include "CriterionBarChart.h"
#include "FinalistChartSeries.h"
#include "ReportFrontMatter.h"
#include "analytics/ComparisonCellText.h"
#include "analytics/Disagreement.h"
#include "analytics/TieVerdictText.h"

#include <QChart>

#include <algorithm>

namespace debrief::report {
namespace {

bool hidden(const ComparisonReportData& data, int finalist) {
    return data.input.withheld.value(finalist).any();
}

QString finalistName(const ComparisonReportData& data, int finalist) {
    return data.input.matrix.finalists().at(finalist).name;
}

QString verdictLabel(const ComparisonReportData& data, const FinalistPair& pair) {
    if (!pair.gap)
        return ComparisonReport::tr("not compared: no total");
    switch (pair.verdict) {
    case TieVerdict::FirstAhead:
        return ComparisonReport::tr("%1 is ahead").arg(finalistName(data, pair.first));
    case TieVerdict::SecondAhead:
        return ComparisonReport::tr("%1 is ahead").arg(finalistName(data, pair.second));
    case TieVerdict::TooCloseToCall:
        break;
    }
    return ComparisonReport::tr("too close to call");
}

/// The (up to) three criteria that make up most of a pair's gap.
QString separatingCriteria(const ComparisonReportData& data, const FinalistPair& pair,
                           const ReportFormat& format) {
    QStringList parts;
    for (const GapContribution& c : pair.contributions.mid(0, 3)) {
        // A criterion that adds nothing to the gap does not separate them.
        if (qAbs(c.points) < 0.05)
            continue;
        const QString sign = c.points >= 0 ? QStringLiteral("+") : QString();
        parts.append(ComparisonReport::tr("%1 %2%3").arg(
            data.input.matrix.criteria().at(c.criterion).name, sign, format.number(c.points, 1)));
    }
    return parts.isEmpty() ? ReportFormat::dash() : parts.join(QStringLiteral("; "));
}

/// "Priya Raman 2, Jonas Lindqvist 5": who gave which score.
QString scoresByPanelist(const RatingMatrix& matrix, int finalist, int criterion) {
    QStringList parts;
    for (int p = 0; p < matrix.panelistCount(); ++p) {
        if (const std::optional<int> score = matrix.score(finalist, p, criterion))
            parts.append(
                ComparisonReport::tr("%1: %2").arg(matrix.panelists().at(p).name).arg(*score));
    }
    return parts.join(QStringLiteral(", "));
}

/// The hiring manager and the panel lead sign; one line when they are the
/// same person.
QStringList signOffRoles(const ComparisonReportData& data) {
    const QString manager = data.opening.hiringManager;
    const QString lead = data.panelLeadName;
    if (!manager.isEmpty() && manager == lead)
        return {ComparisonReport::tr("Hiring manager and panel lead (%1)").arg(manager)};
    return {manager.isEmpty() ? ComparisonReport::tr("Hiring manager")
                              : ComparisonReport::tr("Hiring manager (%1)").arg(manager),
            lead.isEmpty() ? ComparisonReport::tr("Panel lead")
                           : ComparisonReport::tr("Panel lead (%1)").arg(lead)};
}

} // namespace

ReportDocument ComparisonReport::build(const ComparisonReportData& data,
                                       const ReportRequest& request) {
    const ReportFormat format(request.locale);
    ReportDocument document;
    ReportFrontMatter::apply(document, tr("Finalist comparison"),
                             tr("%1 — rubric version %2")
                                 .arg(ReportFrontMatter::openingLine(data.opening))
                                 .arg(data.context.rubricVersion),
                             data.opening, request);
    addOverview(document, data);

    document.addHeading(tr("Side by side"));
    document.addTable(sideBySide(data, format));
    document.addNote(tr("Each cell: the panel's mean score on the criterion's scale, each "
                        "panelist's score in brackets and ± the standard deviation. Tinted "
                        "cells: the panel disagrees (scores two or more points apart, or a "
                        "standard deviation of one point or more). Weighted total: 0–100, with "
                        "the range the total falls in for %1 of resamples of the panel.")
                         .arg(format.percent(data.analytics.ties.options.intervalLevel)));
    for (const FinalistSummary& summary : data.analytics.finalists) {
        // A finalist with no card the viewer may see has a withheld note.
        if (summary.scorecards > 0 &&
            (summary.total.missingRatings > 0 || summary.total.criteriaWithoutRating > 0))
            document.addNote(tr("%1: %2").arg(finalistName(data, summary.finalist),
                                              summary.total.missingNote()));
    }
    addCharts(document, data);

    document.addHeading(tr("Is the lead real?"));
    document.addCallout(TieVerdictText::of(data.input.matrix, data.analytics));
    if (!data.analytics.ties.pairs.isEmpty()) {
        document.addTable(pairs(data, format));
        document.addNote(
            tr("The panel was resampled %n time(s) (seed %1): each resample draws the panelists "
               "again with replacement and recomputes the weighted totals. A lead is real when "
               "one finalist is ahead in at least %2 of them.",
               "", data.analytics.ties.options.resamples)
                .arg(data.analytics.ties.options.seed)
                .arg(format.percent(data.analytics.ties.options.threshold)));
        document.addNote(tr("Gap: the first finalist's weighted total minus the second's, in "
                            "points. First ahead: the share of resamples in which the first "
                            "named is ahead. Criteria behind the gap: the points each criterion "
                            "adds to it (+ favours the first named)."));
    }
    addDisagreement(document, data, format);
    addDecision(document, data, format);

    document.addHeading(tr("Sign-off"));
    document.addSignOff(signOffRoles(data));
    return document;
}

void ComparisonReport::addOverview(ReportDocument& document, const ComparisonReportData& data) {
    QStringList names;
    for (const Finalist& finalist : data.input.matrix.finalists())
        names.append(finalist.name);
    QStringList panel;
    for (const Panelist& panelist : data.input.matrix.panelists())
        panel.append(panelist.name);
    document.addKeyValues({
        {tr("Opening"), data.opening.title},
        {tr("Team"), data.opening.team},
        {tr("Hiring manager"), data.opening.hiringManager},
        {tr("Finalists"), names.join(QStringLiteral(", "))},
        {tr("Panel"), panel.join(QStringLiteral(", "))},
        {tr("Scores"), data.input.summary()},
        ReportFrontMatter::viewerLine(data.input.viewer),
    });
    // Which finalists, in the window's words, so a reader knows the set.
    document.addNote(data.input.finalists.description());
    for (const QString& note : data.input.withheldNotes())
        document.addNote(note);
}

ReportTable ComparisonReport::sideBySide(const ComparisonReportData& data,
                                         const ReportFormat& format) {
    const RatingMatrix& matrix = data.input.matrix;
    ReportTable table;
    table.headers = {tr("Criterion"), tr("Weight")};
    table.columnWeights = {2.3, 1.4};
    table.alignments = {Qt::AlignLeft, Qt::AlignRight};
    for (const Finalist& finalist : matrix.finalists()) {
        table.headers.append(finalist.name);
        table.columnWeights.append(2.0);
        table.alignments.append(Qt::AlignRight);
    }
    const int columns = table.columnCount();
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        const Criterion& criterion = matrix.criteria().at(c);
        QStringList row{criterion.name, format.number(criterion.weight, 1)};
        for (int f = 0; f < matrix.finalistCount(); ++f) {
            const ScoreSummary& summary = data.analytics.finalists.at(f).criteria.at(c);
            row.append(ComparisonCellText::criterion(matrix, data.analytics, f, c, hidden(data, f),
                                                     format.locale()));
            if (Disagreement::among(summary))
                table.highlightedCells.append(c * columns + 2 + f);
        }
        table.rows.append(row);
    }
    QStringList total{tr("Weighted total"), QString()};
    for (const FinalistSummary& summary : data.analytics.finalists)
        total.append(ComparisonCellText::total(data.analytics, summary.finalist,
                                               hidden(data, summary.finalist), format.locale()));
    table.emphasisedRows.append(int(table.rows.size()));
    table.rows.append(total);
    table.caption = tr("Scores per criterion (1–%1 scales)")
                        .arg(matrix.criterionCount() > 0 ? matrix.criteria().first().scaleSize : 0);
    return table;
}

void ComparisonReport::addCharts(ReportDocument& document, const ComparisonReportData& data) {
    const RatingMatrix& matrix = data.input.matrix;
    if (matrix.finalistCount() == 0 || matrix.criterionCount() == 0)
        return;
    const QStringList criteria = FinalistChartSeries::criteria(matrix);
    const QList<ChartSeriesData> series = FinalistChartSeries::of(matrix);
    document.addHeading(tr("Charts"));
    ReportChart radar;
    radar.create = [criteria, series] {
        return ComparisonRadarChart::build(criteria, series);
    };
    radar.heightMm = 100;
    radar.caption = tr("Each finalist's mean per criterion on 0–100 (the lowest level of a scale "
                       "is 0, the highest 100). Further out is stronger.");
    document.addChart(radar);
    ReportChart bars;
    bars.create = [criteria, series] {
        return CriterionBarChart::build(criteria, series);
    };
    // Room for every bar of every finalist, but both charts on one page.
    bars.heightMm = std::clamp(35.0 + 2.0 * double(criteria.size() * series.size()), 70.0, 95.0);
    bars.caption = tr("The same means as bars, one group per criterion.");
    document.addChart(bars);
}

ReportTable ComparisonReport::pairs(const ComparisonReportData& data, const ReportFormat& format) {
    ReportTable table;
    table.headers = {tr("Finalists"), tr("Gap"), tr("First ahead"), tr("Verdict"),
                     tr("Criteria behind the gap")};
    table.columnWeights = {2.6, 0.9, 1.1, 1.8, 3.2};
    table.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft,
                        Qt::AlignLeft};
    for (const FinalistPair& pair : data.analytics.ties.pairs) {
        const QString gap = pair.gap ? (*pair.gap >= 0 ? QStringLiteral("+") : QString()) +
                                           format.number(*pair.gap, 1)
                                     : ReportFormat::dash();
        table.rows.append(
            {tr("%1 vs %2").arg(finalistName(data, pair.first), finalistName(data, pair.second)),
             gap,
             pair.gap ? tr("%1%").arg(format.number(pair.probabilityFirstAhead * 100, 1))
                      : ReportFormat::dash(),
             verdictLabel(data, pair), separatingCriteria(data, pair, format)});
    }
    table.caption = tr("Every pair of finalists");
    return table;
}

void ComparisonReport::addDisagreement(ReportDocument& document, const ComparisonReportData& data,
                                       const ReportFormat& format) {
    const RatingMatrix& matrix = data.input.matrix;
    document.addHeading(tr("Where the panel disagrees"));
    ReportTable table;
    table.headers = {tr("Criterion"), tr("Finalist"), tr("Scores by panelist"), tr("Spread")};
    table.columnWeights = {2.0, 2.0, 4.0, 1.0};
    table.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        for (int f = 0; f < matrix.finalistCount(); ++f) {
            const ScoreSummary& summary = data.analytics.finalists.at(f).criteria.at(c);
            if (!Disagreement::among(summary))
                continue;
            table.rows.append({matrix.criteria().at(c).name, finalistName(data, f),
                               scoresByPanelist(matrix, f, c),
                               tr("±%1").arg(format.number(summary.standardDeviation, 1))});
        }
    }
    if (table.rows.isEmpty()) {
        document.addParagraph(tr("The panel agrees on every criterion for every finalist: no "
                                 "scores two or more points apart."));
        return;
    }
    table.caption = tr("Scores far apart on the same finalist");
    document.addTable(table);
    document.addNote(tr("Worth talking through before the decision is signed: the panel saw the "
                        "same candidate differently here."));
}

void ComparisonReport::addDecision(ReportDocument& document, const ComparisonReportData& data,
                                   const ReportFormat& format) {
    document.addHeading(tr("Decision record"));
    if (!data.decision) {
        document.addParagraph(tr("No decision recorded yet."));
        return;
    }
    const Decision& decision = *data.decision;
    QString chosen;
    QList<DecisionOutcome> runnersUp;
    QStringList notSelected;
    for (const DecisionOutcome& outcome : decision.outcomes) {
        const QString name = data.applicantNames.value(outcome.applicationId);
        if (outcome.role == DecisionRole::Chosen)
            chosen = chosen.isEmpty() ? name : chosen + QStringLiteral(", ") + name;
        else if (outcome.role == DecisionRole::RunnerUp)
            runnersUp.append(outcome);
        else
            notSelected.append(name);
    }
    std::sort(runnersUp.begin(), runnersUp.end(),
              [](const DecisionOutcome& a, const DecisionOutcome& b) { return a.rank < b.rank; });
    QStringList ranked;
    for (const DecisionOutcome& outcome : std::as_const(runnersUp))
        ranked.append(
            tr("%1. %2").arg(outcome.rank).arg(data.applicantNames.value(outcome.applicationId)));
    QList<QPair<QString, QString>> pairs{
        {tr("Decided on"), format.dateTime(decision.decidedAt)},
        {tr("Recorded by"),
         data.decidedByName.isEmpty() ? ReportFormat::dash() : data.decidedByName},
        {tr("Chosen"), chosen.isEmpty() ? ReportFormat::dash() : chosen},
        {tr("Runners-up"),
         ranked.isEmpty() ? ReportFormat::dash() : ranked.join(QStringLiteral("; "))},
    };
    if (!notSelected.isEmpty())
        pairs.append({tr("Not selected"), notSelected.join(QStringLiteral(", "))});
    pairs.append({tr("Deciding factors"), data.decidingCriteria.isEmpty()
                                              ? ReportFormat::dash()
                                              : data.decidingCriteria.join(QStringLiteral(", "))});
    pairs.append(
        {tr("May be shared with candidates"), ReportFormat::yesNo(decision.shareDecidingFactor)});
    document.addKeyValues(pairs);
    document.addHeading(tr("Rationale"), 2);
    document.addParagraph(decision.rationale.isEmpty() ? tr("No rationale was written.")
                                                       : decision.rationale);
}

} // namespace debrief::report
