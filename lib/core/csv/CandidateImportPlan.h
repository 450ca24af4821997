#pragma once

#include "CsvDateReader.h"
#include "CsvTable.h"
#include "domain/Candidate.h"
#include "domain/RowId.h"
#include "domain/RowIdRanges.h"

#include <QDate>
#include <QList>
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
/// the rows, the duplicates, and every problem by line and column. The
/// counts cover the whole file; for a large file read as a stream the rows
/// and issues are the first ones (every problem a digest lists is among
/// them: see CsvIssueText::digest), so a plan's size does not grow with
/// the file.
struct CandidateImportPlan {
    /// Every row, or the first ones of a large file (rowCount says how many
    /// there are).
    QList<CandidateImportRow> rows;
    /// Every issue, or those of the first rows and the first of each kind.
    QList<CsvIssue> issues;

    qint64 rowCount = 0;
    int duplicates = 0;
    int knownPeople = 0;
    int adds = 0;
    int errors = 0;
    int warnings = 0;
    /// The day/month order the file's dates are read in, and the line that
    /// decided it (0: chosen, or nothing decides), so that the write reads
    /// them as the preview did.
    DateOrder dateOrder = DateOrder::Detect;
    int dateDecidingLine = 0;

    bool hasErrors() const { return errors > 0; }
    int duplicateCount() const { return duplicates; }
    /// Rows that add a known candidate to the opening rather than a new one.
    int existingCandidateCount() const { return knownPeople; }
    /// Rows an import adds: not duplicates and without an error of their
    /// own (with any error nothing is added, but the count says how many
    /// rows are fine).
    int addCount() const { return adds; }
    int blockingErrorCount() const { return errors; }
    int issueCount() const { return errors + warnings; }
    /// Whether `rows` holds every row of the file.
    bool hasEveryRow() const { return rows.size() == rowCount; }
};

/// What an import wrote, so that it can be taken back exactly.
struct CandidateImportOutcome {
    /// Candidates the import created (not the known ones it only added).
    RowIdRanges candidateIds;
    /// Every application it created, one per imported row.
    RowIdRanges applicationIds;
    /// Rows skipped as duplicates when written: those of the plan, and any
    /// that someone else (another Debrief, another import) added between
    /// the plan and the write.
    int duplicatesSkipped = 0;
    /// Rows whose person was already stored from another opening.
    int knownPeople = 0;

    int count() const { return static_cast<int>(applicationIds.count()); }
};

} // namespace debrief
