#include "ApplicationRefresh.h"

#include "CandidateDetailPane.h"
#include "CandidateTableModel.h"
#include "OpeningListModel.h"

namespace debrief {

void ApplicationRefresh::after(RowId applicationId, OpeningListModel& openings,
                               CandidateTableModel& candidates, CandidateDetailPane* detail,
                               const std::function<void(const QString&)>& report) {
    if (auto refreshed = candidates.refreshApplication(applicationId); !refreshed)
        report(refreshed.errorMessage());
    (void)openings.refreshCounts();
    if (detail->applicationId() == applicationId)
        (void)detail->showApplication(applicationId);
}

} // namespace debrief
