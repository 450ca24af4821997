#pragma once

#include "CsvTable.h"
#include "domain/Candidate.h"
#include "domain/RowId.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace debrief {

/// One CSV row ready to become a candidate and an application.
struct CandidateImportRow {
    int line = 0;
    Candidate candidate;
    QDate appliedOn;
    /// The date as the file has it (empty when it has none).
    QString appliedOnText;
    /// Same e-mail as a candidate who already applied to the opening, or as
    /// an earlier row (DuplicateCheck says what counts).
    bool duplicate = false;
    /// The line of the earlier row with the same e-mail; 0 when the match is
    /// a stored candidate.
    int duplicateOfLine = 0;
    /// A stored candidate with this e-mail who has not applied to the
    /// opening yet: the row adds an application for that person instead of
    /// a second record of them.
    RowId existingCandidateId = kNoRow;
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
    /// Rows that add a known candidate to the opening rather than a new one.
    int existingCandidateCount() const {
        int count = 0;
        for (const auto& row : rows)
            count += !row.duplicate && row.existingCandidateId != kNoRow ? 1 : 0;
        return count;
    }
    /// Rows an import adds: not duplicates and without an error of their
    /// own (with any error nothing is added, but the count says how many
    /// rows are fine).
    int addCount() const {
        QSet<int> errorLines;
        for (const auto& issue : issues) {
            if (issue.isError())
                errorLines.insert(issue.line);
        }
        int count = 0;
        for (const auto& row : rows)
            count += !row.duplicate && !errorLines.contains(row.line) ? 1 : 0;
        return count;
    }
    int blockingErrorCount() const {
        int count = 0;
        for (const auto& issue : issues)
            count += issue.isError() ? 1 : 0;
        return count;
    }
};

/// What an import wrote, so that it can be taken back exactly.
struct CandidateImportOutcome {
    /// Candidates the import created (not the known ones it only added).
    QList<RowId> candidateIds;
    /// Every application it created, one per imported row.
    QList<RowId> applicationIds;
    /// Rows skipped as duplicates when written: those of the plan, and any
    /// that someone else (another Debrief, another import) added between
    /// the plan and the write.
    int duplicatesSkipped = 0;
    /// Rows whose person was already stored from another opening.
    int knownPeople = 0;

    int count() const { return static_cast<int>(applicationIds.size()); }
};

} // namespace debrief
