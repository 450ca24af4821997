#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Decision.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace debrief {

class Database;

/// Which applications a comparison shows, decided once so that Compare
/// Finalists, the comparison report and `debrief-cli compare` show the
/// same finalists in the same order, and each says which set it is.
///
/// Before a decision: ComparisonInput's default rule (every application at
/// the interview stage or later with a submitted scorecard, oldest first).
/// Once the panel has decided: the applications the decision names (chosen,
/// then runners-up by rank, then the others), because runners-up may have
/// been rejected since and would otherwise drop out.
struct DEBRIEF_CORE_EXPORT FinalistSet {
    Q_DECLARE_TR_FUNCTIONS(FinalistSet)

public:
    enum class Basis {
        /// ComparisonInput's default rule; applicationIds is empty.
        Stage,
        /// The applications the recorded decision names.
        Decision,
        /// Applications someone asked for by id (`compare --finalists`).
        Given,
    };

    Basis basis = Basis::Stage;
    /// The applications for ComparisonInput::load, in order; empty for Stage.
    QList<RowId> applicationIds;

    /// The default set of `openingId`.
    static Result<FinalistSet> forOpening(Database& db, RowId openingId);
    /// The given applications, in the given order.
    static FinalistSet given(const QList<RowId>& applicationIds);
    /// The applications `decision` names, in the order above.
    static QList<RowId> decidedFinalists(const Decision& decision);

    /// One sentence naming the set, for every output that shows it:
    /// "Finalists: everyone at the interview stage or later with a submitted
    /// scorecard, oldest application first."
    QString description() const;
    /// The basis as a stable key for machine-readable output: "stage",
    /// "decision" or "given".
    QString basisKey() const;
};

} // namespace debrief
