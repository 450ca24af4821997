#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Decision.h"
#include "domain/RejectionDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace debrief {

class Database;

/// Where a candidate's letter stands in Rejection Drafts and the batch export.
enum class DraftGroup {
    /// The chosen candidate's offer is pending: their offer letter.
    Offer,
    /// Not sent, and the application is on hold (a runner-up while the
    /// chosen candidate's offer is pending).
    Held,
    /// Not sent, and nothing holds it back.
    Ready,
    /// The newest draft went out.
    Sent
};

/// One candidate of the queue with their newest draft, if any.
struct DEBRIEF_CORE_EXPORT DraftCandidate {
    Application application;
    Candidate candidate;
    std::optional<RejectionDraft> draft;
    DraftGroup group = DraftGroup::Ready;

    friend bool operator==(const DraftCandidate&, const DraftCandidate&) = default;
};

/// The one rule of who of an opening gets a letter and where it stands,
/// shared by Rejection Drafts, `debrief-cli drafts` and DraftBatchExport:
/// everyone RejectionRecipients names (every rejected application, and the
/// finalists the decision did not choose who still wait), everyone with a
/// draft, and the chosen candidates whose offer is pending. A sent newest
/// draft is Sent; a chosen candidate at Offer is Offer; an application on
/// hold is Held (runners-up until the chosen candidate accepts); everyone
/// else is Ready. So after a decision every rejected application of the
/// opening is Ready unless its draft was sent.
class DEBRIEF_CORE_EXPORT RejectionQueue {
    Q_DECLARE_TR_FUNCTIONS(RejectionQueue)

public:
    /// The opening's queue, in the repository's order of applications.
    static Result<QList<DraftCandidate>> load(Database& db, RowId openingId);
    /// A chosen candidate of `decision` whose offer is pending: the letter
    /// they get is an offer.
    static bool isPendingOffer(const Application& application,
                               const std::optional<Decision>& decision);
    /// The group of an application with its newest draft.
    static DraftGroup groupOf(const Application& application,
                              const std::optional<RejectionDraft>& draft, bool pendingOffer);
    /// The full names of the opening's chosen candidates whose offer is still
    /// pending, for the held banner; empty when none.
    static Result<QStringList> pendingOfferNames(Database& db, RowId openingId);
};

} // namespace debrief
