#include "CalibrationGuide.h"

namespace debrief {

QString CalibrationGuide::heading() {
    return tr("How to read these figures");
}

QStringList CalibrationGuide::paragraphs(const CalibrationOptions& o, const QLocale& locale) {
    return {
        tr("Every panelist scores a little differently. These figures show where the differences "
           "are large enough to talk about, so the panel can agree what a score means before the "
           "next round. They do not change anyone's scores."),
        tr("Leniency: a panelist is called lenient when their scores are on average at least %1 "
           "points above their colleagues' on the same candidates, and severe when at least %1 "
           "points below, after %n shared rating(s) or more. A lenient or severe panelist is not "
           "wrong; the panel should just know it when it reads their scores.",
           "", o.leniencyMinimumComparisons)
            .arg(locale.toString(o.leniencyThreshold, 'f', 0)),
        tr("Agreement: 1 means the panelists rank the candidates on a criterion the same way, 0 "
           "means no more agreement than chance. From 0.8 it is good, from 0.67 fair, below that "
           "weak. Low agreement usually means the criterion or its anchors are read differently; "
           "discuss an example together."),
        tr("Halo: a scorecard is flat when its scores hardly vary across %n or more criteria. A "
           "panelist whose scorecards are mostly flat may be rating an overall impression rather "
           "than each criterion on its own.",
           "", o.haloMinimumCriteria),
    };
}

QString CalibrationGuide::leniencyNote() {
    return tr("Offset: how many points (0–100, as in the weighted total) a panelist's scores lie "
              "above (+) or below (−) the rest of the panel's on the same candidate and "
              "criterion, on average. Spread: how much that varies.");
}

QString CalibrationGuide::agreementNote() {
    return tr("ICC(1,1), ICC(2,1) (absolute agreement) and ICC(3,1) (consistency): intraclass "
              "correlations on the largest group of candidates every included panelist scored. "
              "Alpha: Krippendorff's alpha at the ordinal level, on every candidate scored by at "
              "least two panelists; the reading follows alpha.");
}

QString CalibrationGuide::agreementReading(const std::optional<double>& alpha) {
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

bool CalibrationGuide::isWeak(const std::optional<double>& alpha) {
    return alpha && *alpha < 0.667;
}

QString CalibrationGuide::haloSummary(const QStringList& flaggedNames) {
    if (flaggedNames.isEmpty())
        return tr("No panelist gave nearly the same score on every criterion on most of their "
                  "scorecards.");
    return tr("Most scorecards of %1 score every criterion nearly the same. Worth asking whether "
              "each criterion was judged on its own evidence.")
        .arg(flaggedNames.join(QStringLiteral(", ")));
}

} // namespace debrief
