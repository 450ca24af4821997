#pragma once

#include "DecisionRequest.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Decision.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

/// What a decision does to one application of the opening: its values
/// before and after, and the part the decision gives it.
struct DEBRIEF_CORE_EXPORT PlannedChange {
    Application before;
    Application after;
    /// The candidate's full name, for a list a person reads (plain text).
    QString candidateName;
    /// Chosen, RunnerUp, or NotSelected for everyone the decision closes.
    DecisionRole role = DecisionRole::NotSelected;
    /// The runner-up's place in line (0 otherwise).
    int rank = 0;
    /// One of the finalists the decision names (chosen, runner-up or not
    /// selected), rather than someone else still in process.
    bool finalist = false;
    friend bool operator==(const PlannedChange&, const PlannedChange&) = default;
};

/// Everything recording (or amending) a decision does to the opening's
/// applications, computed before anything is written, so the decision
/// dialog can list it and `record()` can write exactly this:
///
/// - the chosen candidates move to Offer, any hold released;
/// - the runners-up go on hold with their rank (a runner-up who was at Offer
///   or already rejected by this decision goes back to the final round);
/// - every other application still in process (not hired, rejected or
///   withdrawn), the finalists not selected included, moves to Rejected,
///   any hold released, so each gets an answer from Rejection Drafts;
/// - applications already closed are left alone.
///
/// Applications that do not change are not listed. Order: chosen, runners-up
/// by rank, then the rejected by name.
class DEBRIEF_CORE_EXPORT DecisionPlan {
    Q_DECLARE_TR_FUNCTIONS(DecisionPlan)

public:
    /// The plan for `request` over `applications` (all of the opening's);
    /// `names` maps candidate ids to full names.
    static DecisionPlan make(const DecisionRequest& request, const QList<Application>& applications,
                             const QHash<RowId, QString>& names);

    const QList<PlannedChange>& changes() const { return m_changes; }
    /// The changes that move an application to Rejected.
    QList<PlannedChange> rejections() const;
    /// The hold reason a runner-up of `rank` gets.
    static QString holdReason(int rank);
    /// One line per change for a person: "Zoë Brandt: runner-up 1, on hold
    /// (stays in Final)". Plain text, never markup.
    static QString describe(const PlannedChange& change);

    friend bool operator==(const DecisionPlan&, const DecisionPlan&) = default;

private:
    QList<PlannedChange> m_changes;
};

} // namespace debrief
