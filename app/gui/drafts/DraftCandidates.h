#pragma once

#include "Result.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/RejectionDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace debrief {

class Database;

/// Where a not-chosen candidate's rejection stands in the drafts view.
enum class DraftGroup { Held, Ready, Sent };

/// One not-chosen candidate of an opening with their newest draft, if any.
struct DraftCandidate {
    Application application;
    Candidate candidate;
    std::optional<RejectionDraft> draft;
    DraftGroup group = DraftGroup::Ready;
};

/// Every candidate of an opening who was not chosen (rejected, or a
/// finalist the decision passed over who still waits for an answer), grouped
/// by DraftWorkflow's rules: held while the application is on hold, sent
/// once a draft went out, ready otherwise. The same selection as
/// `debrief-cli drafts`.
class DraftCandidates {
    Q_DECLARE_TR_FUNCTIONS(DraftCandidates)

public:
    static Result<QList<DraftCandidate>> load(Database& db, RowId openingId);
    /// The full names of the opening's chosen candidates whose offer is still
    /// pending (at the Offer stage), for the held banner; empty when none.
    static Result<QStringList> pendingOfferNames(Database& db, RowId openingId);
};

} // namespace debrief
