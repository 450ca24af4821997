#pragma once

#include "domain/RowId.h"

#include <QString>

#include <functional>

namespace debrief {

class CandidateDetailPane;
class CandidateTableModel;
class OpeningListModel;

/// What the window shows again after an edit of one application (a stage,
/// a logged message, an interview): its row in the candidate list (one row,
/// so the user keeps their place among thousands), the openings' counts,
/// and the detail pane when it shows that application.
class ApplicationRefresh {
public:
    /// `report` is told what could not be read.
    static void after(RowId applicationId, OpeningListModel& openings,
                      CandidateTableModel& candidates, CandidateDetailPane* detail,
                      const std::function<void(const QString&)>& report);
};

} // namespace debrief
