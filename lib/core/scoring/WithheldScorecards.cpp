#include "WithheldScorecards.h"

namespace debrief {

QString WithheldScorecards::text() const {
    if (!any())
        return {};
    switch (reason) {
    case Reason::YoursOutstanding:
        return tr("%1 of %n scorecard(s) hidden until you submit yours.", "", submitted)
            .arg(hidden);
    case Reason::RestOfYoursOutstanding:
        return tr("%1 of %n scorecard(s) hidden until you have submitted all of yours for this "
                  "candidate.",
                  "", submitted)
            .arg(hidden);
    case Reason::PanelOutstanding:
    case Reason::None:
        break;
    }
    // Someone who sat on no interview has nothing of their own to submit.
    return tr("%1 of %n scorecard(s) hidden until every panelist has submitted or the lead "
              "reveals scores.",
              "", submitted)
        .arg(hidden);
}

QString WithheldScorecards::text(const QString& candidateName) const {
    if (!any())
        return {};
    return tr("%1: %2").arg(candidateName, text());
}

QString WithheldScorecards::reasonKey() const {
    switch (reason) {
    case Reason::YoursOutstanding:
        return QStringLiteral("yours-outstanding");
    case Reason::RestOfYoursOutstanding:
        return QStringLiteral("rest-of-yours-outstanding");
    case Reason::PanelOutstanding:
        return QStringLiteral("panel-outstanding");
    case Reason::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace debrief
