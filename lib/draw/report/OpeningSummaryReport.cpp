#include "OpeningSummaryReport.h"

#include "PipelineChart.h"
#include "ReportFrontMatter.h"

#include <QChart>

#include <algorithm>

namespace debrief::report {
namespace {

/// "12 (3)": a median of days and how many stays it rests on.
QString medianCell(const std::optional<double>& median, int count, const ReportFormat& format) {
    if (!median)
        return ReportFormat::dash();
    return OpeningSummaryReport::tr("%1 (n = %2)").arg(format.number(*median, 1)).arg(count);
}

} // namespace

ReportDocument OpeningSummaryReport::build(const OpeningSummaryData& data,
                                           const ReportRequest& request) {
    const ReportFormat format(request.locale);
    ReportDocument document;
    ReportFrontMatter::apply(
        document, tr("Opening summary"),
        tr("%1 — as of %2")
            .arg(ReportFrontMatter::openingLine(data.opening), format.date(data.today)),
        data.opening, request);
    const Opening& o = data.opening;
    document.addKeyValues(
        {{tr("Opening"), o.title},
         {tr("Team"), o.team},
         {tr("Hiring manager"), o.hiringManager},
         {tr("Status"), toLabel(o.status)},
         {tr("Positions"), QString::number(o.positions)},
         {tr("Opened on"), format.date(o.createdAt.date())},
         {tr("Candidates"), QString::number(data.applications)},
         {tr("Waiting past a promised date"), QString::number(data.waiting.size())}});

    document.addHeading(tr("Pipeline by stage"));
    document.addTable(stageTable(data, format));
    if (data.recordedStageChanges > 0) {
        document.addNote(tr("Days in stage come from the %n stage change(s) Debrief recorded for "
                            "this opening and the day each candidate applied. Median days in "
                            "stage: stays that ended; so far: candidates still in the stage. A "
                            "stage entered before Debrief recorded changes has no known start "
                            "and is left out.",
                            "", data.recordedStageChanges));
    } else {
        document.addNote(tr("Debrief has not recorded any stage change for this opening yet, so "
                            "the time spent in each stage is not known; the last column counts "
                            "from the day each candidate applied."));
    }
    ReportChart chart;
    const QList<StageFigures> stages = data.stages;
    chart.create = [stages] {
        return PipelineChart::build(stages);
    };
    chart.heightMm = 72;
    chart.caption = tr("Candidates in each stage now, and how many got at least that far.");
    document.addChart(chart);

    addPromises(document, data, format);
    addWaiting(document, data, format);
    return document;
}

ReportTable OpeningSummaryReport::stageTable(const OpeningSummaryData& data,
                                             const ReportFormat& format) {
    // Without any recorded stage change every stay's start is unknown but
    // the first; columns of dashes would say nothing.
    const bool history = data.recordedStageChanges > 0;
    ReportTable table;
    table.headers = {tr("Stage"), tr("Now"), tr("Got this far")};
    table.columnWeights = {1.6, 0.8, 1.1};
    if (history) {
        table.headers += {tr("Median days in stage"), tr("Median days so far")};
        table.columnWeights += {1.7, 1.7};
    }
    table.headers.append(tr("Median days since applying"));
    table.columnWeights.append(1.7);
    table.alignments = {Qt::AlignLeft};
    while (table.alignments.size() < table.columnCount())
        table.alignments.append(Qt::AlignRight);
    for (const StageFigures& s : data.stages) {
        const bool terminal = isTerminal(s.stage);
        QStringList row{toLabel(s.stage), QString::number(s.now), QString::number(s.reached)};
        if (history) {
            row.append(terminal ? QString()
                                : medianCell(s.medianDaysFinished, s.finishedStays, format));
            row.append(terminal ? QString()
                                : medianCell(s.medianDaysSoFar, s.currentStays, format));
        }
        row.append(terminal ? QString() : format.number(s.medianDaysSinceApplied, 1));
        table.rows.append(row);
    }
    QStringList total{tr("All candidates"), QString::number(data.applications)};
    while (total.size() < table.columnCount())
        total.append(QString());
    table.emphasisedRows.append(int(table.rows.size()));
    table.rows.append(total);
    table.caption = tr("Where the candidates are");
    return table;
}

void OpeningSummaryReport::addPromises(ReportDocument& document, const OpeningSummaryData& data,
                                       const ReportFormat& format) {
    document.addHeading(tr("Promised dates"));
    const int total = int(data.promises.size());
    if (total == 0) {
        document.addParagraph(tr("No candidate has been promised an answer by a date yet."));
        return;
    }
    document.addParagraph(tr("Of %n date(s) promised to candidates, %1 were kept, %2 were missed "
                             "and %3 are not yet due.",
                             "", total)
                              .arg(data.promisesKept)
                              .arg(data.promisesMissed)
                              .arg(data.promisesPending));
    document.addNote(tr("A promise is kept when we wrote or called the candidate after making it "
                        "and on or before the promised date."));
    ReportTable missed;
    missed.headers = {tr("Candidate"), tr("Promised on"), tr("Answer promised by"),
                      tr("Answered late on")};
    missed.columnWeights = {3.0, 1.5, 1.7, 1.5};
    missed.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const SummaryPromise& p : data.promises) {
        if (p.check.outcome != PromiseCheck::Outcome::Missed)
            continue;
        missed.rows.append(
            {p.candidateName, format.date(p.check.madeAt.date()), format.date(p.check.promisedFor),
             p.check.answeredOn.isValid() ? format.date(p.check.answeredOn) : tr("not yet")});
    }
    if (missed.rows.isEmpty())
        return;
    missed.caption = tr("Promises missed");
    document.addTable(missed);
}

ReportTable OpeningSummaryReport::waitingTable(const OpeningSummaryData& data,
                                               const ReportFormat& format) {
    // The hold column only when someone is on hold: a column of "no" says nothing.
    const bool holds = std::any_of(data.waiting.cbegin(), data.waiting.cend(),
                                   [](const WaitingCandidate& w) { return w.onHold; });
    ReportTable table;
    table.headers = {tr("Candidate"), tr("Stage"), tr("Answer promised by"), tr("Days overdue"),
                     tr("Last contact")};
    table.columnWeights = {2.6, 1.2, 1.9, 1.2, 1.5};
    table.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight,
                        Qt::AlignRight};
    if (holds) {
        table.headers.append(tr("On hold"));
        table.columnWeights.append(2.2);
        table.alignments.append(Qt::AlignLeft);
    }
    for (const WaitingCandidate& w : data.waiting) {
        QStringList row{w.candidateName, toLabel(w.stage), format.date(w.promisedFor),
                        QString::number(w.daysOverdue), format.date(w.lastContactedOn)};
        if (holds)
            row.append(w.onHold
                           ? (w.holdReason.isEmpty() ? ReportFormat::yesNo(true) : w.holdReason)
                           : ReportFormat::yesNo(false));
        table.rows.append(row);
    }
    table.caption = tr("Still waiting for an answer, the longest overdue first");
    return table;
}

void OpeningSummaryReport::addWaiting(ReportDocument& document, const OpeningSummaryData& data,
                                      const ReportFormat& format) {
    document.addHeading(tr("Who is still waiting"));
    if (data.waiting.isEmpty()) {
        document.addParagraph(tr("Nobody is waiting past the date we promised them an answer."));
        return;
    }
    document.addParagraph(tr("%n candidate(s) are past the date we promised them an answer. "
                             "Each deserves a message today, even if only to say when the answer "
                             "will come.",
                             "", int(data.waiting.size())));
    document.addTable(waitingTable(data, format));
}

} // namespace debrief::report
