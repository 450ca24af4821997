#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// What blind scoring keeps from one viewer about one candidate (or one
/// interview of theirs): how many submitted scorecards are hidden, out of
/// how many, and why. Views and reports only display text(); the wording
/// lives here so the window, the PDFs and the command line say the same.
struct DEBRIEF_CORE_EXPORT WithheldScorecards {
    Q_DECLARE_TR_FUNCTIONS(WithheldScorecards)

public:
    enum class Reason {
        /// Nothing is hidden.
        None,
        /// The viewer sits on an interview of the candidate and has
        /// submitted none of the scorecards they owe.
        YoursOutstanding,
        /// The viewer has submitted some of the scorecards they owe, not all.
        RestOfYoursOutstanding,
        /// The viewer sits on no interview of the candidate: they see the
        /// cards once every seat has a submitted card or the lead reveals.
        PanelOutstanding,
    };

    /// Submitted scorecards of colleagues the viewer may not see.
    int hidden = 0;
    /// Every submitted scorecard of the candidate (or interview), the
    /// viewer's own included.
    int submitted = 0;
    Reason reason = Reason::None;

    bool any() const { return hidden > 0; }
    /// "2 of 5 scorecards hidden until you submit yours."; empty when
    /// nothing is hidden.
    QString text() const;
    /// The same, naming the candidate: "Zoë Brandt: 2 of 5 scorecards …".
    QString text(const QString& candidateName) const;
    /// The reason as a stable key for machine-readable output: "none",
    /// "yours-outstanding", "rest-of-yours-outstanding", "panel-outstanding".
    QString reasonKey() const;

    friend bool operator==(const WithheldScorecards&, const WithheldScorecards&) = default;
};

} // namespace debrief
