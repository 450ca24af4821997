#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace debrief {

class Database;

/// One stored candidate's e-mail, and whether they applied to an opening.
struct StoredCandidateEmail {
    RowId candidateId = kNoRow;
    QString email;
    bool inOpening = false;
};

/// The reads behind a candidate CSV import that no single repository
/// answers: what is stored already (for duplicates) and whether the rows an
/// import wrote have gained records of their own since (before undoing it).
class DEBRIEF_CORE_EXPORT CandidateImportStore {
    Q_DECLARE_TR_FUNCTIONS(CandidateImportStore)

public:
    explicit CandidateImportStore(Database& db)
        : m_db(db) {}

    /// Every candidate with an e-mail address, flagged when they have an
    /// application to `openingId`.
    Result<QList<StoredCandidateEmail>> emails(RowId openingId);

    /// How many records refer to these applications (interviews, references,
    /// messages, decision outcomes) or to these candidates (applications other
    /// than `applicationIds`). 0 means removing them loses nothing else.
    Result<int> attachedRecords(const QList<RowId>& applicationIds,
                                const QList<RowId>& candidateIds);

private:
    Database& m_db;
};

} // namespace debrief
