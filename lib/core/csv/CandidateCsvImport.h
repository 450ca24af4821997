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
    /// already stored. Parse issues of the table are carried over.
    static CandidateImportPlan plan(const CsvTable& table, const CandidateColumnMapping& mapping,
                                    const QStringList& existingEmails, const QDate& today);

    /// Writes the plan's rows as candidates with applications (stage
    /// "applied") to the opening. Refuses a plan with errors; writes nothing
    /// when any row fails. Returns the number of candidates written.
    static Result<int> commit(Database& db, RowId openingId, const CandidateImportPlan& plan,
                              DuplicatePolicy duplicates);

    /// Loose check for an address a mail client would accept.
    static bool isPlausibleEmail(const QString& email);
    /// Accepts ISO dates (2026-03-01) and the common European forms
    /// (01.03.2026, 01/03/2026).
    static QDate parseDate(const QString& text);
};

} // namespace debrief
