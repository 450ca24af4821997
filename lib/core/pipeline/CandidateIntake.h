#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Candidate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace debrief {

class Database;
class DuplicateCheck;

/// What the user typed to add a candidate to an opening by hand.
struct NewCandidate {
    QString fullName;
    QString email;
    QString phone;
    QString source;
    /// When the panel promised an answer; invalid for no promise yet.
    QDate promisedResponseDate;
};

/// The fields of NewCandidate a problem can belong to.
enum class IntakeField { FullName, Email, Phone, Source, PromisedDate };

/// One reason a NewCandidate cannot be added, shown next to its field.
struct IntakeProblem {
    IntakeField field;
    QString message;
};

/// What CandidateIntake::add() stored: enough to take it back and to put it
/// back again with the same uuids.
struct IntakeRecord {
    Candidate candidate;
    Application application;
    /// False when an existing candidate (same e-mail, other opening) was reused.
    bool candidateIsNew = true;
};

/// Adds a candidate to an opening by hand. A name and a valid e-mail address
/// are required; the same e-mail address may apply to an opening only once;
/// a person already known from another opening is reused rather than stored
/// twice (who is the same person: DuplicateCheck). Every write is one
/// transaction.
class DEBRIEF_CORE_EXPORT CandidateIntake {
    Q_DECLARE_TR_FUNCTIONS(CandidateIntake)

public:
    explicit CandidateIntake(Database& db)
        : m_db(db) {}

    /// What is wrong with the input alone (no database needed).
    static QList<IntakeProblem> validate(const NewCandidate& input);
    /// validate() and whether this e-mail already applied to the opening.
    Result<QList<IntakeProblem>> check(RowId openingId, const NewCandidate& input);
    /// Stores the application (stage Applied, applied `today`) and, unless
    /// one with the e-mail exists, the candidate. Refuses with every
    /// problem, each line starting with its field's name.
    Result<IntakeRecord> add(RowId openingId, const NewCandidate& input, const QDate& today);
    /// Removes what add() stored: the application, and the candidate when
    /// add() created them and no other application refers to them.
    Status takeBack(const IntakeRecord& record);
    /// Stores `record` again under the same uuids after takeBack(); fills in
    /// the new row ids.
    Result<IntakeRecord> restore(IntakeRecord record);

    static QString fieldName(IntakeField field);

private:
    Result<QList<IntakeProblem>> duplicates(const DuplicateCheck& known, const QString& email);

    Database& m_db;
};

} // namespace debrief
