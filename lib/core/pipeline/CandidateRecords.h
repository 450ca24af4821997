#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Reference.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// An application, the candidate behind it and their references, as a
/// window, an undo command or a command looks them up: by id, by uuid (an
/// undo command finds its record again after the database was reopened),
/// or all of an opening's.
class DEBRIEF_CORE_EXPORT CandidateRecords {
public:
    explicit CandidateRecords(Database& db)
        : m_db(db) {}

    Result<Application> application(RowId applicationId);
    Result<std::optional<Application>> applicationByUuid(const QUuid& uuid);
    /// The opening's applications in the order they were added.
    Result<QList<Application>> applicationsOf(RowId openingId);
    Result<Candidate> candidate(RowId candidateId);
    Result<std::optional<Candidate>> candidateByUuid(const QUuid& uuid);
    /// The candidate of an application.
    Result<Candidate> candidateOf(const Application& application);
    Result<QList<Reference>> referencesOf(RowId applicationId);
    Result<std::optional<Reference>> referenceByUuid(const QUuid& uuid);

private:
    Database& m_db;
};

} // namespace debrief
