#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/AuditEntry.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"
#include "storage/VersionedSave.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace debrief {

class Database;

/// The rules of a scorecard's life: what must be filled before submitting,
/// that submitting locks it, and that any later change is recorded in the
/// audit log with who, when, old value, new value and why. Every window and
/// command writes scorecards through here (the repository refuses to change
/// a submitted card any other way).
class DEBRIEF_CORE_EXPORT ScorecardWorkflow {
    Q_DECLARE_TR_FUNCTIONS(ScorecardWorkflow)

public:
    explicit ScorecardWorkflow(Database& db)
        : m_db(db) {}

    /// What stops `card` from being submitted against `rubric` (empty when
    /// it can be): scores outside the scale, ratings for unknown criteria, a
    /// missing recommendation.
    static QStringList problemsBeforeSubmit(const Scorecard& card, const Rubric& rubric);

    /// The criteria of the interview's round (`roundCriteria`; empty: the
    /// whole rubric) that `card` leaves "not assessed", by name in rubric
    /// order. Allowed, but worth a question before submitting.
    static QStringList unassessedInRound(const Scorecard& card, const Rubric& rubric,
                                         const QList<RowId>& roundCriteria);

    // Every save below is based on `card.rowVersion`, the version the
    // editor read: when someone saved the card after that (a second window
    // or desktop), nothing is written and the refusal isStale(), carrying
    // the card as stored now. On success `card` is the card as stored.

    /// Stores `card` as a draft stamped `now` (inserted when it is new).
    /// Refused when the card is submitted, here or in the database: a
    /// submitted card changes only through amend().
    VersionedSave<Scorecard> saveDraft(Scorecard& card, const QDateTime& now);

    /// Validates, marks the card submitted at `now` and stores it. Refused
    /// when the stored card is already submitted.
    VersionedSave<Scorecard> submit(Scorecard& card, const Rubric& rubric, const QDateTime& now);

    /// Stores a change to an already submitted card. Needs a reason; writes
    /// one audit entry per changed field, in the same transaction.
    VersionedSave<Scorecard> amend(Scorecard& changed, const Rubric& rubric, const QString& actor,
                                   const QString& reason, const QDateTime& now);

    /// The audit entries that describe the difference between two versions
    /// of one scorecard (uuid and time filled in by the caller).
    static QList<AuditEntry> differences(const Scorecard& before, const Scorecard& after,
                                         const Rubric& rubric);

private:
    /// A new card is refused for a cancelled interview: it owes none.
    Status checkNewCard(const Scorecard& card);

    Database& m_db;
};

} // namespace debrief
