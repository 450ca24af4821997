#pragma once

#include "CsvTable.h"
#include "domain/Candidate.h"

#include <QDate>
#include <QList>

namespace debrief {

/// One CSV row ready to become a candidate and an application.
struct CandidateImportRow {
    int line = 0;
    Candidate candidate;
    QDate appliedOn;
    /// Same e-mail as a candidate already stored, or as an earlier row.
    bool duplicate = false;
    /// The line of the earlier row with the same e-mail; 0 when the match is
    /// a stored candidate.
    int duplicateOfLine = 0;
};

/// What an import would do, shown to the user before anything is written:
/// the rows, the duplicates, and every problem by line and column.
struct CandidateImportPlan {
    QList<CandidateImportRow> rows;
    QList<CsvIssue> issues;

    bool hasErrors() const { return containsErrors(issues); }
    int duplicateCount() const {
        int count = 0;
        for (const auto& row : rows)
            count += row.duplicate ? 1 : 0;
        return count;
    }
};

} // namespace debrief
