#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"
#include "domain/RowIdRanges.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace debrief {

class Database;

/// One stored candidate's e-mail, and whether they applied to an opening.
struct StoredCandidateEmail {
    RowId candidateId = kNoRow;
    QString email;
    bool inOpening = false;
};

/// The reads and writes behind a candidate CSV import that no single
/// repository answers: who holds an e-mail address already (an indexed
/// lookup per address, for DuplicateCheck), and whether the rows an import
/// wrote have gained records of their own since, and removing them, as a
/// few set-based statements however many rows the import wrote.
class DEBRIEF_CORE_EXPORT CandidateImportStore {
    Q_DECLARE_TR_FUNCTIONS(CandidateImportStore)

public:
    explicit CandidateImportStore(Database& db)
        : m_db(db) {}

    /// The candidate who holds `email` under the unique key of migration 6
    /// (`lower(trim(email))`, the first holder of an address stored twice
    /// by an older version), and whether they applied to `openingId`.
    Result<std::optional<StoredCandidateEmail>> holderOf(RowId openingId, const QString& email);
    /// holderOf() for several addresses in one statement; the answers in
    /// the order of `emails`.
    Result<QList<std::optional<StoredCandidateEmail>>> holdersOf(RowId openingId,
                                                                 const QList<QString>& emails);
    /// The addresses of candidates marked `email_shared` (outside the key)
    /// who applied to `openingId`.
    Result<QList<QString>> sharedAddressesIn(RowId openingId);
    /// Every candidate whose address has a character outside ASCII, whose
    /// case SQL's lower() does not fold (few; read once when needed).
    Result<QList<StoredCandidateEmail>> nonAsciiAddresses(RowId openingId);

    /// How many records refer to these applications (interviews, references,
    /// messages, decision outcomes) or to these candidates (applications other
    /// than `applicationIds`). 0 means removing them loses nothing else.
    Result<qint64> attachedRecords(const RowIdRanges& applicationIds,
                                   const RowIdRanges& candidateIds);
    /// Lets SQLite keep up to `kib` KiB of this connection's pages in memory
    /// (a large import's indexes then stay in memory instead of being
    /// written out and read back for every row); gives the previous setting
    /// for restoreCache().
    Result<QVariant> enlargeCache(int kib);
    void restoreCache(const QVariant& previous);
    /// Deletes these applications, then these candidates. The caller holds
    /// the transaction and has checked attachedRecords().
    Status remove(const RowIdRanges& applicationIds, const RowIdRanges& candidateIds);

private:
    Database& m_db;
};

} // namespace debrief
