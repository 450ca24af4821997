#include "CalibrationReportData.h"

#include "analytics/PanelCalibration.h"
#include "scoring/ApplicationScorecards.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

namespace debrief {

Result<CalibrationReportData> CalibrationReportData::load(Database& db, RowId openingId,
                                                          const ScoreViewer& viewer,
                                                          const CalibrationOptions& options) {
    CalibrationReportData data;
    auto opening = OpeningRepository(db).get(openingId);
    if (!opening)
        return opening.error();
    data.opening = *opening;
    auto applications = ApplicationRepository(db).forOpening(openingId);
    if (!applications)
        return applications.error();
    // Which candidates were scored at all is no secret; what they were
    // given is, and ComparisonInput reads that as the viewer may see it.
    QList<RowId> scored;
    for (const Application& application : std::as_const(*applications)) {
        auto cards =
            ApplicationScorecards::load(db, application.id, viewer, opening->scoresRevealed);
        if (!cards)
            return cards.error();
        if (cards->withheld.submitted > 0)
            scored.append(application.id);
    }
    if (scored.isEmpty())
        return Error{tr("Nobody has submitted a scorecard for %1 yet, so there is nothing to "
                        "calibrate.")
                         .arg(opening->title)};
    auto input = ComparisonInput::load(db, openingId, viewer, FinalistSet::given(scored));
    if (!input)
        return input.error();
    data.input = std::move(*input);
    data.calibration = PanelCalibration::analyse(data.input.matrix, options);
    return data;
}

} // namespace debrief
