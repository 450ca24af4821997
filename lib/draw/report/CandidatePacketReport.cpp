#include "CandidatePacketReport.h"

#include "ReportFrontMatter.h"

namespace debrief::report {
namespace {

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? ReportFormat::dash() : text;
}

QString decisionText(const CandidatePacketData& data) {
    if (!data.decision)
        return CandidatePacketReport::tr("No decision recorded yet");
    const std::optional<DecisionOutcome> outcome = data.outcome();
    if (!outcome)
        return CandidatePacketReport::tr("Not among the finalists of the decision");
    if (outcome->role == DecisionRole::RunnerUp)
        return CandidatePacketReport::tr("Runner-up no. %1").arg(outcome->rank);
    return toLabel(outcome->role);
}

QString recommendationsText(const RecommendationCounts& counts) {
    QStringList parts;
    for (Recommendation r : {Recommendation::StrongYes, Recommendation::Yes, Recommendation::No,
                             Recommendation::StrongNo}) {
        if (counts.count(r) > 0)
            parts.append(CandidatePacketReport::tr("%1 × %2").arg(counts.count(r)).arg(toLabel(r)));
    }
    if (counts.missing > 0)
        parts.append(CandidatePacketReport::tr("%n without a recommendation", "", counts.missing));
    return parts.isEmpty() ? ReportFormat::dash() : parts.join(QStringLiteral(", "));
}

QString cardHeading(const PacketScorecard& entry) {
    const QString recommendation = entry.card.recommendation
                                       ? toLabel(*entry.card.recommendation)
                                       : CandidatePacketReport::tr("no recommendation");
    return CandidatePacketReport::tr("%1 — recommendation: %2")
        .arg(entry.panelistName, recommendation);
}

} // namespace

ReportDocument CandidatePacketReport::build(const CandidatePacketData& data,
                                            const ReportRequest& request) {
    const ReportFormat format(request.locale);
    ReportDocument document;
    ReportFrontMatter::apply(document, tr("Candidate packet: %1").arg(data.candidate.fullName),
                             ReportFrontMatter::openingLine(data.opening), data.opening, request);
    addDetails(document, data, format);
    addGlance(document, data, format);
    addScorecards(document, data, format);
    addReferences(document, data, format);
    addCommunications(document, data, format);
    return document;
}

void CandidatePacketReport::addDetails(ReportDocument& document, const CandidatePacketData& data,
                                       const ReportFormat& format) {
    const Candidate& c = data.candidate;
    const Application& a = data.application;
    document.addHeading(tr("Candidate"));
    QList<QPair<QString, QString>> pairs{{tr("Name"), c.fullName}};
    if (!c.preferredName.isEmpty() && c.preferredName != c.fullName)
        pairs.append({tr("Preferred name"), c.preferredName});
    pairs.append({{tr("E-mail"), orDash(c.email)},
                  {tr("Phone"), orDash(c.phone)},
                  {tr("Location"), orDash(c.location)},
                  {tr("Source"), orDash(c.source)},
                  {tr("Opening"), ReportFrontMatter::openingLine(data.opening)},
                  {tr("Applied on"), format.date(a.appliedOn)},
                  {tr("Stage"), toLabel(a.stage)}});
    if (a.furthestStage != a.stage)
        pairs.append({tr("Furthest stage reached"), toLabel(a.furthestStage)});
    pairs.append({tr("Answer promised by"), format.date(a.promisedResponseDate)});
    if (a.onHold)
        pairs.append({tr("On hold"), orDash(a.holdReason)});
    pairs.append({{tr("Talent pool"), ReportFormat::yesNo(a.talentPool)},
                  {tr("Decision"), decisionText(data)}});
    pairs.append(ReportFrontMatter::viewerLine(data.viewer));
    document.addKeyValues(pairs);
    if (!a.notes.trimmed().isEmpty()) {
        document.addHeading(tr("Notes"), 2);
        document.addParagraph(a.notes);
    }
}

void CandidatePacketReport::addGlance(ReportDocument& document, const CandidatePacketData& data,
                                      const ReportFormat& format) {
    if (!data.summary || !data.scores || data.summary->scorecards == 0)
        return;
    const RatingMatrix& matrix = data.scores->matrix;
    document.addHeading(tr("At a glance"));
    ReportTable table;
    table.headers = {tr("Criterion"), tr("Weight"), tr("Scores"), tr("Mean"), tr("Scale")};
    table.columnWeights = {3.0, 1.0, 2.0, 1.0, 1.0};
    table.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight,
                        Qt::AlignRight};
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        const Criterion& criterion = matrix.criteria().at(c);
        const ScoreSummary& s = data.summary->criteria.at(c);
        QStringList scores;
        for (int score : matrix.scoresFor(0, c))
            scores.append(QString::number(score));
        table.rows.append(
            {criterion.name, format.number(criterion.weight, 1),
             scores.isEmpty() ? tr("not assessed") : scores.join(QStringLiteral(", ")),
             format.number(s.mean, 1), tr("1–%1").arg(criterion.scaleSize)});
    }
    const WeightedTotal& total = data.summary->total;
    table.emphasisedRows.append(int(table.rows.size()));
    table.rows.append(
        {tr("Weighted total"), QString(), QString(),
         total.points ? tr("%1 of 100").arg(format.number(*total.points, 1)) : tr("no total"),
         QString()});
    table.caption = tr("Scores on the current rubric, latest submitted score per panelist");
    document.addTable(table);
    document.addKeyValues(
        {{tr("Recommendations"), recommendationsText(data.summary->recommendations)},
         {tr("Scorecards"), tr("%n submitted scorecard(s); drafts are never counted.", "",
                               data.scores->submittedScorecards)}});
}

ReportTable CandidatePacketReport::scorecardTable(const CandidatePacketData& data,
                                                  const Scorecard& card) {
    ReportTable table;
    table.headers = {tr("Criterion"), tr("Score"), tr("What the score means"), tr("Evidence")};
    table.columnWeights = {1.6, 0.9, 2.6, 3.9};
    table.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft};
    const Rubric rubric = data.rubrics.value(card.rubricId);
    for (const Criterion& criterion : rubric.criteria) {
        const CriterionRating* rating = card.rating(criterion.id);
        if (!rating)
            continue;
        const QString score = rating->score
                                  ? tr("%1 of %2").arg(*rating->score).arg(criterion.scaleSize)
                                  : tr("not assessed");
        const QString anchor = rating->score ? orDash(criterion.anchors.value(*rating->score - 1))
                                             : ReportFormat::dash();
        table.rows.append({criterion.name, score, anchor, orDash(rating->evidence)});
    }
    return table;
}

void CandidatePacketReport::addScorecards(ReportDocument& document, const CandidatePacketData& data,
                                          const ReportFormat& format) {
    document.addHeading(tr("Scorecards"));
    // Hidden cards are submitted ones: the note says so instead.
    if (data.withheld.any())
        document.addNote(data.withheld.text());
    else if (data.submittedScorecards() == 0)
        document.addParagraph(tr("No scorecard has been submitted for this candidate yet."));
    for (const PacketInterview& interview : data.interviews) {
        if (interview.scorecards.isEmpty() && interview.hidden == 0 && interview.notSubmitted == 0)
            continue;
        document.addHeading(tr("%1, %2").arg(orDash(interview.roundName),
                                             format.date(interview.interview.scheduledAt.date())),
                            2);
        if (interview.notSubmitted > 0)
            document.addNote(tr("%n panelist(s) have not submitted a scorecard for this "
                                "interview yet.",
                                "", interview.notSubmitted));
        for (const PacketScorecard& entry : interview.scorecards) {
            document.addHeading(cardHeading(entry), 3);
            ReportTable table = scorecardTable(data, entry.card);
            table.caption = tr("Ratings by %1").arg(entry.panelistName);
            document.addTable(table);
            if (!entry.card.keyTakeaways.trimmed().isEmpty())
                document.addParagraph(tr("Key takeaways: %1").arg(entry.card.keyTakeaways));
            document.addNote(tr("Submitted on %1.").arg(format.dateTime(entry.card.submittedAt)));
        }
    }
}

void CandidatePacketReport::addReferences(ReportDocument& document, const CandidatePacketData& data,
                                          const ReportFormat& format) {
    document.addHeading(tr("References"));
    if (data.references.isEmpty()) {
        document.addParagraph(tr("No references collected (they are asked for finalists only)."));
        return;
    }
    ReportTable table;
    table.headers = {tr("Referee"), tr("Relation"), tr("Contacted"), tr("What they said"),
                     tr("Concern")};
    table.columnWeights = {1.8, 1.6, 1.3, 4.1, 1.1};
    for (const Reference& r : data.references) {
        if (r.concern)
            table.highlightedCells.append(int(table.rows.size()) * table.columnCount() + 4);
        table.rows.append({r.name, orDash(r.relation), format.date(r.contactedOn),
                           orDash(r.summary), ReportFormat::yesNo(r.concern)});
    }
    table.caption = tr("Referees");
    document.addTable(table);
}

void CandidatePacketReport::addCommunications(ReportDocument& document,
                                              const CandidatePacketData& data,
                                              const ReportFormat& format) {
    document.addHeading(tr("Communication log"));
    if (data.communications.isEmpty()) {
        document.addParagraph(tr("Nothing logged yet."));
        return;
    }
    ReportTable table;
    table.headers = {tr("Date"), tr("Channel"), tr("Direction"), tr("Summary"),
                     tr("Answer promised by")};
    table.columnWeights = {1.3, 1.0, 1.8, 4.4, 1.5};
    for (const CommunicationEntry& e : data.communications)
        table.rows.append(
            {format.date(e.occurredAt.date()), toLabel(e.channel), toLabel(e.direction),
             orDash(e.summary),
             e.nextPromisedDate.isValid() ? format.date(e.nextPromisedDate) : QString()});
    table.caption = tr("Messages and calls, oldest first");
    document.addTable(table);
}

} // namespace debrief::report
