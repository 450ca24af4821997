#pragma once

#include "PersonRecords.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;

/// What erasing one person would delete, or why it may not happen now.
struct ErasurePlan {
    PersonRecords person;
    /// The titles of the openings they applied to, by opening id.
    QStringList openings;
    /// Empty when the erasure may go ahead; else why not, naming the
    /// candidate by id only (it is printed by the command line too).
    QString refusal;

    bool allowed() const { return refusal.isEmpty(); }
};

/// What an erasure did.
struct ErasureResult {
    PersonRecordCounts deleted;
    /// False when another connection kept part of the write-ahead log.
    bool fileScrubbed = true;
};

/// "Erase this person" (a data subject's request to have their data
/// deleted): the candidate and every record about them, in every opening,
/// are deleted in one transaction, with the audit entries about them; their
/// name leaves decision rationales; one audit entry records that a person
/// was erased, with counts and the candidate's uuid only. Refused while
/// they are the chosen candidate of a decision or a runner-up on hold:
/// the decision rests on their record. Cannot be undone.
class DEBRIEF_CORE_EXPORT PersonEraser {
    Q_DECLARE_TR_FUNCTIONS(PersonEraser)

public:
    explicit PersonEraser(Database& db)
        : m_db(db) {}

    Result<ErasurePlan> plan(RowId candidateId);
    /// Checks the plan again inside the transaction, erases, then scrubs
    /// the file (FileScrub). `actor` goes to the audit log.
    Result<ErasureResult> erase(RowId candidateId, const QString& actor, const QDateTime& now);

    /// What decision rationales say instead of an erased person's name.
    static QString erasedName();

private:
    Database& m_db;
};

} // namespace debrief
