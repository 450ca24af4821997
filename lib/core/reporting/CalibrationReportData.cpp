#include "CalibrationReportData.h"

#include "analytics/PanelCalibration.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/ScorecardRepository.h"

#include <algorithm>

namespace debrief {

Result<CalibrationReportData> CalibrationReportData::load(Database& db, RowId openingId,
                                                          const CalibrationOptions& options) {
    CalibrationReportData data;
    auto opening = OpeningRepository(db).get(openingId);
    if (!opening)
        return opening.error();
    data.opening = *opening;
    auto applications = ApplicationRepository(db).forOpening(openingId);
    if (!applications)
        return applications.error();
    QList<RowId> scored;
    ScorecardRepository scorecards(db);
    for (const Application& application : std::as_const(*applications)) {
        auto cards = scorecards.forApplication(application.id);
        if (!cards)
            return cards.error();
        if (std::any_of(cards->cbegin(), cards->cend(),
                        [](const Scorecard& card) { return card.isSubmitted(); }))
            scored.append(application.id);
    }
    if (scored.isEmpty())
        return Error{tr("Nobody has submitted a scorecard for %1 yet, so there is nothing to "
                        "calibrate.")
                         .arg(opening->title)};
    auto input = ComparisonInput::load(db, openingId, scored);
    if (!input)
        return input.error();
    data.input = std::move(*input);
    data.calibration = PanelCalibration::analyse(data.input.matrix, options);
    return data;
}

} // namespace debrief
