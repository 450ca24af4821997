#include "ComparisonJson.h"

#include "TieDetector.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace debrief {
namespace {

/// Undefined figures are null so that a reader can never mistake them for 0.
template <typename T> QJsonValue optional(const std::optional<T>& value) {
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue rowId(RowId id) {
    return id == kNoRow ? QJsonValue(QJsonValue::Null) : QJsonValue(double(id));
}

QJsonValue uuid(const QUuid& value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(value.toString(QUuid::WithoutBraces));
}

QJsonArray indices(const QList<int>& values) {
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QJsonObject openingObject(const ComparisonContext& context) {
    return {{QStringLiteral("id"), rowId(context.openingId)},
            {QStringLiteral("uuid"), uuid(context.openingUuid)},
            {QStringLiteral("title"), context.openingTitle}};
}

QJsonObject rubricObject(const ComparisonContext& context) {
    return {{QStringLiteral("id"), rowId(context.rubricId)},
            {QStringLiteral("uuid"), uuid(context.rubricUuid)},
            {QStringLiteral("version"), context.rubricVersion}};
}

QJsonObject inputObject(const ComparisonInput& input) {
    return {{QStringLiteral("submittedScorecards"), input.submittedScorecards},
            {QStringLiteral("draftScorecards"), input.draftScorecards},
            {QStringLiteral("withheldScorecards"), input.withheldScorecards()},
            {QStringLiteral("unmatchedRatings"), input.unmatchedRatings},
            {QStringLiteral("supersededRatings"), input.supersededRatings},
            {QStringLiteral("summary"), input.summary()}};
}

QJsonObject viewerObject(const ScoreViewer& viewer) {
    return {{QStringLiteral("basis"), viewer.basisKey()},
            {QStringLiteral("panelistId"), rowId(viewer.panelistId)},
            {QStringLiteral("name"), viewer.isNobody() ? QJsonValue() : QJsonValue(viewer.name)},
            {QStringLiteral("description"), viewer.description()}};
}

QJsonObject finalistSetObject(const FinalistSet& finalists) {
    return {{QStringLiteral("basis"), finalists.basisKey()},
            {QStringLiteral("description"), finalists.description()}};
}

QJsonObject withheldObject(const WithheldScorecards& withheld) {
    return {{QStringLiteral("hidden"), withheld.hidden},
            {QStringLiteral("submitted"), withheld.submitted},
            {QStringLiteral("reason"), withheld.reasonKey()},
            {QStringLiteral("note"), withheld.text()}};
}

QJsonObject optionsObject(const TieOptions& ties, const CalibrationOptions& calibration) {
    return {
        // A string: seeds are 64-bit and JSON numbers are exact to 2^53 only.
        {QStringLiteral("seed"), QString::number(ties.seed)},
        {QStringLiteral("resamples"), ties.resamples},
        {QStringLiteral("threshold"), ties.threshold},
        {QStringLiteral("intervalLevel"), ties.intervalLevel},
        {QStringLiteral("leniencyThreshold"), calibration.leniencyThreshold},
        {QStringLiteral("leniencyMinimumComparisons"), calibration.leniencyMinimumComparisons},
        {QStringLiteral("haloMinimumCriteria"), calibration.haloMinimumCriteria},
        {QStringLiteral("haloMaximumSpread"), calibration.haloMaximumSpread},
        {QStringLiteral("haloMinimumScorecards"), calibration.haloMinimumScorecards},
    };
}

QJsonArray criteriaArray(const RatingMatrix& matrix) {
    QJsonArray array;
    for (const Criterion& c : matrix.criteria()) {
        array.append(QJsonObject{{QStringLiteral("id"), rowId(c.id)},
                                 {QStringLiteral("uuid"), uuid(c.uuid)},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("weight"), c.weight},
                                 {QStringLiteral("scaleSize"), c.scaleSize}});
    }
    return array;
}

QJsonArray panelistsArray(const RatingMatrix& matrix) {
    QJsonArray array;
    for (const Panelist& p : matrix.panelists()) {
        array.append(QJsonObject{{QStringLiteral("id"), rowId(p.id)},
                                 {QStringLiteral("uuid"), uuid(p.uuid)},
                                 {QStringLiteral("name"), p.name}});
    }
    return array;
}

QJsonObject scoreSummaryObject(const ScoreSummary& s) {
    return {{QStringLiteral("count"), s.count},
            {QStringLiteral("notAssessed"), s.notAssessed},
            {QStringLiteral("mean"), optional(s.mean)},
            {QStringLiteral("median"), optional(s.median)},
            {QStringLiteral("minimum"), optional(s.minimum)},
            {QStringLiteral("maximum"), optional(s.maximum)},
            {QStringLiteral("standardDeviation"), optional(s.standardDeviation)}};
}

QJsonObject totalObject(const WeightedTotal& total, const TotalInterval* interval) {
    QJsonObject object{{QStringLiteral("points"), optional(total.points)},
                       {QStringLiteral("assessedWeightShare"), total.assessedWeightShare},
                       {QStringLiteral("criteriaWithoutRating"), total.criteriaWithoutRating},
                       {QStringLiteral("expectedRatings"), total.expectedRatings},
                       {QStringLiteral("missingRatings"), total.missingRatings},
                       {QStringLiteral("missingNote"), total.missingNote()}};
    if (interval) {
        object.insert(
            QStringLiteral("interval"),
            QJsonObject{{QStringLiteral("low"), optional(interval->low)},
                        {QStringLiteral("high"), optional(interval->high)},
                        {QStringLiteral("definedResamples"), interval->definedResamples}});
    }
    return object;
}

QJsonObject recommendationsObject(const RecommendationCounts& r) {
    return {{QStringLiteral("strongNo"), r.count(Recommendation::StrongNo)},
            {QStringLiteral("no"), r.count(Recommendation::No)},
            {QStringLiteral("yes"), r.count(Recommendation::Yes)},
            {QStringLiteral("strongYes"), r.count(Recommendation::StrongYes)},
            {QStringLiteral("missing"), r.missing}};
}

const TotalInterval* intervalOf(const TieReport& ties, int finalist) {
    for (const TotalInterval& interval : ties.intervals) {
        if (interval.finalist == finalist)
            return &interval;
    }
    return nullptr;
}

QJsonArray finalistsArray(const ComparisonInput& input, const ComparisonReport& report) {
    const RatingMatrix& matrix = input.matrix;
    QJsonArray array;
    for (const FinalistSummary& summary : report.finalists) {
        const Finalist& finalist = matrix.finalists().at(summary.finalist);
        QJsonArray criteria;
        for (const ScoreSummary& s : summary.criteria)
            criteria.append(scoreSummaryObject(s));
        array.append(QJsonObject{
            {QStringLiteral("applicationId"), rowId(finalist.applicationId)},
            {QStringLiteral("candidateId"), rowId(finalist.candidateId)},
            {QStringLiteral("name"), finalist.name},
            {QStringLiteral("scorecards"), summary.scorecards},
            {QStringLiteral("total"),
             totalObject(summary.total, intervalOf(report.ties, summary.finalist))},
            {QStringLiteral("recommendations"), recommendationsObject(summary.recommendations)},
            {QStringLiteral("withheld"), withheldObject(input.withheld.value(summary.finalist))},
            {QStringLiteral("criteria"), criteria}});
    }
    return array;
}

QJsonObject pairObject(const RatingMatrix& matrix, const FinalistPair& pair) {
    QJsonArray contributions;
    for (const GapContribution& c : pair.contributions) {
        contributions.append(QJsonObject{{QStringLiteral("criterion"), c.criterion},
                                         {QStringLiteral("points"), c.points},
                                         {QStringLiteral("share"), c.share}});
    }
    return {{QStringLiteral("first"), pair.first},
            {QStringLiteral("second"), pair.second},
            {QStringLiteral("firstTotal"), optional(pair.firstTotal)},
            {QStringLiteral("secondTotal"), optional(pair.secondTotal)},
            {QStringLiteral("gap"), optional(pair.gap)},
            {QStringLiteral("probabilityFirstAhead"), pair.probabilityFirstAhead},
            {QStringLiteral("undecidedResamples"), pair.undecidedResamples},
            {QStringLiteral("verdict"), ComparisonJson::key(pair.verdict)},
            {QStringLiteral("description"), TieDetector::describe(matrix, pair)},
            {QStringLiteral("contributions"), contributions}};
}

QJsonObject panelistCalibrationObject(const PanelistCalibration& p) {
    return {{QStringLiteral("panelist"), p.panelist},
            {QStringLiteral("meanOffset"), optional(p.meanOffset)},
            {QStringLiteral("offsetSpread"), optional(p.offsetSpread)},
            {QStringLiteral("comparisons"), p.comparisons},
            {QStringLiteral("finalists"), p.finalists},
            {QStringLiteral("leniency"), ComparisonJson::key(p.leniency)},
            {QStringLiteral("haloEligibleScorecards"), p.haloEligibleScorecards},
            {QStringLiteral("flatScorecards"), p.flatScorecards},
            {QStringLiteral("halo"), p.halo}};
}

QJsonObject iccObject(const IccResult& icc) {
    return {{QStringLiteral("icc1"), optional(icc.icc1)},
            {QStringLiteral("icc2"), optional(icc.icc2)},
            {QStringLiteral("icc3"), optional(icc.icc3)},
            {QStringLiteral("finalists"), indices(icc.finalists)},
            {QStringLiteral("panelists"), indices(icc.panelists)},
            {QStringLiteral("finalistsLeftOut"), icc.finalistsLeftOut},
            {QStringLiteral("panelistsLeftOut"), icc.panelistsLeftOut},
            {QStringLiteral("basis"), icc.basis}};
}

QJsonObject alphaObject(const AlphaResult& alpha) {
    return {{QStringLiteral("level"), ComparisonJson::key(alpha.level)},
            {QStringLiteral("alpha"), optional(alpha.alpha)},
            {QStringLiteral("units"), alpha.units},
            {QStringLiteral("coders"), alpha.coders},
            {QStringLiteral("pairableValues"), alpha.pairableValues},
            {QStringLiteral("unpairableValues"), alpha.unpairableValues},
            {QStringLiteral("basis"), alpha.basis}};
}

QJsonObject calibrationObject(const CalibrationReport& calibration) {
    QJsonArray panelists;
    for (const PanelistCalibration& p : calibration.panelists)
        panelists.append(panelistCalibrationObject(p));
    QJsonArray criteria;
    for (const CriterionAgreement& c : calibration.criteria) {
        criteria.append(QJsonObject{{QStringLiteral("criterion"), c.criterion},
                                    {QStringLiteral("icc"), iccObject(c.icc)},
                                    {QStringLiteral("alpha"), alphaObject(c.alpha)}});
    }
    return {{QStringLiteral("panelists"), panelists}, {QStringLiteral("criteria"), criteria}};
}

} // namespace

QJsonDocument ComparisonJson::write(const ComparisonContext& context, const ComparisonInput& input,
                                    const ComparisonReport& report) {
    const RatingMatrix& matrix = input.matrix;
    QJsonArray pairs;
    for (const FinalistPair& pair : report.ties.pairs)
        pairs.append(pairObject(matrix, pair));
    return QJsonDocument(QJsonObject{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("opening"), openingObject(context)},
        {QStringLiteral("rubric"), rubricObject(context)},
        {QStringLiteral("viewer"), viewerObject(input.viewer)},
        {QStringLiteral("finalistSet"), finalistSetObject(input.finalists)},
        {QStringLiteral("input"), inputObject(input)},
        {QStringLiteral("options"), optionsObject(report.ties.options, report.calibration.options)},
        {QStringLiteral("criteria"), criteriaArray(matrix)},
        {QStringLiteral("panelists"), panelistsArray(matrix)},
        {QStringLiteral("finalists"), finalistsArray(input, report)},
        {QStringLiteral("pairs"), pairs},
        {QStringLiteral("calibration"), calibrationObject(report.calibration)},
    });
}

QString ComparisonJson::key(TieVerdict verdict) {
    switch (verdict) {
    case TieVerdict::FirstAhead:
        return QStringLiteral("first-ahead");
    case TieVerdict::SecondAhead:
        return QStringLiteral("second-ahead");
    case TieVerdict::TooCloseToCall:
        break;
    }
    return QStringLiteral("too-close-to-call");
}

QString ComparisonJson::key(Leniency leniency) {
    switch (leniency) {
    case Leniency::Typical:
        return QStringLiteral("typical");
    case Leniency::Lenient:
        return QStringLiteral("lenient");
    case Leniency::Severe:
        return QStringLiteral("severe");
    case Leniency::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ComparisonJson::key(MeasurementLevel level) {
    switch (level) {
    case MeasurementLevel::Nominal:
        return QStringLiteral("nominal");
    case MeasurementLevel::Interval:
        return QStringLiteral("interval");
    case MeasurementLevel::Ordinal:
        break;
    }
    return QStringLiteral("ordinal");
}

} // namespace debrief
