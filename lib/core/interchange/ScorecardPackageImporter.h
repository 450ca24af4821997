#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;

/// What an import of a "debrief-scorecards" file did, or would have done:
/// one line per scorecard in each list, naming the candidate and interview.
struct ScorecardImportSummary {
    QStringList inserted;
    QStringList unchanged;
    /// Each says which interview and candidate, and what differs.
    QStringList conflicts;
    /// False when conflicts refused the import: then nothing was written.
    bool written = false;
};

/// Reads a panelist's "debrief-scorecards" file (docs/INTERCHANGE.md) into
/// the panel's database. Opening, panelist, interviews, rubric versions and
/// criteria are matched by uuid and must exist. New scorecards are inserted,
/// identical ones skipped; one that differs from a stored card is a conflict,
/// and any conflict refuses the whole import, so nothing is ever silently
/// overwritten. Every check runs before the one transaction that writes.
class DEBRIEF_CORE_EXPORT ScorecardPackageImporter {
    Q_DECLARE_TR_FUNCTIONS(ScorecardPackageImporter)

public:
    /// How many errors the Error message lists before "…and N more".
    static constexpr int kListedErrors = 50;

    explicit ScorecardPackageImporter(Database& db)
        : m_db(db) {}

    /// An Error (every problem with its JSON path, each line prefixed with
    /// `sourceName` when given) when the file is invalid or does not match
    /// the database; otherwise the summary, conflicts included.
    Result<ScorecardImportSummary> importJson(const QByteArray& json,
                                              const QString& sourceName = {});
    /// Every error of the last importJson() call, uncapped.
    const QStringList& errors() const { return m_errors; }

private:
    Database& m_db;
    QStringList m_errors;
};

} // namespace debrief
