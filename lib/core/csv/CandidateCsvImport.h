#pragma once

#include "CandidateColumnMapping.h"
#include "CandidateImportPlan.h"
#include "CsvTable.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"
#include "pipeline/DuplicateCheck.h"

#include <QCoreApplication>
#include <QDate>

namespace debrief {

class Database;

/// Turns a parsed CSV file into candidates for one opening: validates every
/// row against the column mapping (names joined from several columns,
/// dates read by CsvDateReader), flags duplicates by DuplicateCheck's rule,
/// and writes all rows in one transaction or none at all.
class DEBRIEF_CORE_EXPORT CandidateCsvImport {
    Q_DECLARE_TR_FUNCTIONS(CandidateCsvImport)

public:
    /// Checks every row against the stored candidates `known` holds (see
    /// DuplicateCheck::forOpening): an e-mail that already applied to the
    /// opening, or that an earlier row has, is a duplicate and is skipped;
    /// one stored for another opening adds that person to this opening.
    /// Rows without a date applied `today`. Parse and mapping issues of the
    /// table are carried over.
    static CandidateImportPlan plan(const CsvTable& table, const CandidateColumnMapping& mapping,
                                    DuplicateCheck known, const QDate& today);

    /// Writes the plan's rows, except duplicates, as candidates with
    /// applications (stage "applied") to the opening. Duplicates are
    /// decided again inside the writing transaction, so rows someone else
    /// stored since the plan are skipped too (the outcome counts them).
    /// Refuses a plan with errors; writes nothing when any row fails.
    /// Returns what was written so that revert() can take it back.
    static Result<CandidateImportOutcome> write(Database& db, RowId openingId,
                                                const CandidateImportPlan& plan);
    /// Removes exactly what write() wrote, in one transaction. Refuses (and
    /// removes nothing) once interviews, references, messages or other
    /// applications refer to it, since those would be lost with it.
    static Status revert(Database& db, const CandidateImportOutcome& outcome);

    /// Loose check for an address a mail client would accept.
    static bool isPlausibleEmail(const QString& email);
    /// The value of a field in one record: the mapped cells, trimmed; joined
    /// cells (a first and a last name) with single spaces, empty ones left out.
    static QString fieldValue(const CsvRecord& record, const QList<int>& columns);
    /// The text a row stores for a field (empty for the date, which is a date).
    static QString storedText(const CandidateImportRow& row, CandidateField field);
};

} // namespace debrief
