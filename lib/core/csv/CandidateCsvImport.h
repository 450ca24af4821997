#pragma once

#include "CandidateColumnMapping.h"
#include "CandidateImportPlan.h"
#include "CsvTable.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace debrief {

class Database;

/// Turns a parsed CSV file into candidates for one opening: validates every
/// row against the column mapping, flags duplicates by e-mail, and writes
/// all rows in one transaction or none at all.
class DEBRIEF_CORE_EXPORT CandidateCsvImport {
    Q_DECLARE_TR_FUNCTIONS(CandidateCsvImport)

public:
    enum class DuplicatePolicy { Skip, ImportAnyway };

    /// Checks every row; `existingEmails` are the (case-folded) e-mails
    /// already stored, each a duplicate. Parse issues of the table are
    /// carried over.
    static CandidateImportPlan plan(const CsvTable& table, const CandidateColumnMapping& mapping,
                                    const QStringList& existingEmails, const QDate& today);
    /// Checks every row against one opening: an e-mail that already applied
    /// to it is a duplicate; one stored for another opening adds that
    /// person to this opening instead of a second record of them.
    static CandidateImportPlan plan(const CsvTable& table, const CandidateColumnMapping& mapping,
                                    const StoredCandidates& stored, const QDate& today);
    /// The stored candidates as plan() compares rows with them.
    static Result<StoredCandidates> storedCandidates(Database& db, RowId openingId);

    /// Writes the plan's rows as candidates with applications (stage
    /// "applied") to the opening. Refuses a plan with errors; writes nothing
    /// when any row fails. Returns the number of candidates written.
    static Result<int> commit(Database& db, RowId openingId, const CandidateImportPlan& plan,
                              DuplicatePolicy duplicates);
    /// As commit(), returning what was written so that revert() can take it
    /// back.
    static Result<CandidateImportOutcome> write(Database& db, RowId openingId,
                                                const CandidateImportPlan& plan,
                                                DuplicatePolicy duplicates);
    /// Removes exactly what write() wrote, in one transaction. Refuses (and
    /// removes nothing) once interviews, references, messages or other
    /// applications refer to it, since those would be lost with it.
    static Status revert(Database& db, const CandidateImportOutcome& outcome);

    /// Loose check for an address a mail client would accept.
    static bool isPlausibleEmail(const QString& email);
    /// Accepts ISO dates (2026-03-01) and the common European forms
    /// (01.03.2026, 01/03/2026).
    static QDate parseDate(const QString& text);
};

} // namespace debrief
