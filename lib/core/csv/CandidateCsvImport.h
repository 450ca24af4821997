#pragma once

#include "CandidateColumnMapping.h"
#include "CandidateImportPlan.h"
#include "CsvReader.h"
#include "CsvTable.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"
#include "pipeline/DuplicateCheck.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class QIODevice;

namespace debrief {

class Database;

/// How far a streaming import has come: rows read, bytes of the file read
/// and the file's size.
struct CandidateImportProgress {
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};
/// Told the progress now and then; returns false to cancel (nothing is
/// written then).
using CandidateImportProgressFn = std::function<bool(const CandidateImportProgress&)>;

/// A CSV file as an import reads it: how its bytes are read, which columns
/// fill which field, and the day rows without a date applied.
struct CandidateCsvReading {
    CsvReader::Options options;
    CandidateColumnMapping mapping;
    QDate today;
};

/// Turns a CSV file into candidates for one opening: validates every row
/// against the column mapping (names joined from several columns, dates read
/// by CsvDateReader), flags duplicates by DuplicateCheck's rule, and writes
/// all rows in one transaction or none at all. A file on a device is read as
/// a stream (CsvRecordStream) and written in the same pass, so memory stays
/// the same however large the file; a parsed CsvTable gives a plan of every
/// row, as the tests and small callers use it.
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

    /// How many rows a streamed plan keeps to show.
    static constexpr int kPreviewRows = 1000;
    /// The plan for a whole file read as a stream from `file` (seekable,
    /// read from its start), nothing written: counts for every row, the
    /// first `keptRows` rows and the issues CsvIssueText lists. A failed
    /// read of the stored candidates is an error of the plan.
    static CandidateImportPlan preview(QIODevice& file, const CandidateCsvReading& reading,
                                       DuplicateCheck known, int keptRows = kPreviewRows);
    /// How many rows below the header the file has (blank rows left out).
    static qint64 countRecords(QIODevice& file, const CsvReader::Options& options);
    /// Reads `file` again and writes its rows as write(plan) does, in
    /// batches inside one transaction, checking every row again: any error
    /// (the file changed since the preview) or a cancel through `progress`
    /// writes nothing. `plan` is the preview's, for the order of its dates.
    static Result<CandidateImportOutcome> write(Database& db, RowId openingId, QIODevice& file,
                                                const CandidateCsvReading& reading,
                                                const CandidateImportPlan& plan,
                                                const CandidateImportProgressFn& progress = {});

    /// Checks and writes a file read as a stream (seekable, read from its
    /// start) in one pass, inside one transaction: `plan` gets the counts
    /// and issues preview() would give (no rows kept). With any error, or a
    /// cancel through `progress`, nothing is written and the error says so.
    static Result<CandidateImportOutcome>
    checkAndWrite(Database& db, RowId openingId, QIODevice& file,
                  const CandidateCsvReading& reading, CandidateImportPlan& plan,
                  const CandidateImportProgressFn& progress = {});
    /// Writes the plan's rows, except duplicates, as candidates with
    /// applications (stage "applied") to the opening. Duplicates are
    /// decided again inside the writing transaction, so rows someone else
    /// stored since the plan are skipped too (the outcome counts them).
    /// Refuses a plan with errors or without every row (a streamed one);
    /// writes nothing when any row fails.
    /// Returns what was written so that revert() can take it back.
    static Result<CandidateImportOutcome> write(Database& db, RowId openingId,
                                                const CandidateImportPlan& plan);
    /// Removes exactly what write() wrote, in one transaction of a few
    /// statements per range of ids. Refuses (and removes nothing) once
    /// interviews, references, messages or other applications refer to it,
    /// since those would be lost with it.
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
