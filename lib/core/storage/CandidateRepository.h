#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/Candidate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores candidates' personal details.
class DEBRIEF_CORE_EXPORT CandidateRepository {
    Q_DECLARE_TR_FUNCTIONS(CandidateRepository)

public:
    explicit CandidateRepository(Database& db)
        : m_db(db) {}

    /// Stores a new record (with its child rows) in one transaction; fills in
    /// id, and uuid when it is null.
    Status insert(Candidate& value);
    /// Stores new records, many to a statement, in one transaction; fills
    /// in ids (and null uuids) only once all are stored. A refused record
    /// stores none; the error then names no record (insert() one by one
    /// to find it).
    Status insertAll(QList<Candidate>& values);
    /// Replaces the stored record and its child rows in one transaction, only when
    /// it is still at `value.rowVersion` (then moved on to the new version);
    /// otherwise nothing is written and the refusal carries the stored row.
    VersionedSave<Candidate> update(Candidate& value);
    Status remove(RowId id);
    Result<Candidate> get(RowId id);
    /// std::nullopt when no record has this uuid.
    Result<std::optional<Candidate>> findByUuid(const QUuid& uuid);
    /// Candidates with this e-mail address (compared case-insensitively).
    Result<QList<Candidate>> findByEmail(const QString& email);
    /// Every candidate, by name.
    Result<QList<Candidate>> list();
    /// The candidates who applied to an opening, by id: one statement for
    /// the whole opening.
    Result<QList<Candidate>> forOpening(RowId openingId);
    /// The names of the candidates who applied to an opening, by candidate
    /// id: one statement of two columns, for reports that show only names
    /// (reading every candidate's details costs several times as much).
    Result<QHash<RowId, QString>> namesForOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
