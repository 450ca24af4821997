#include "DraftContext.h"

#include <QRegularExpression>

namespace debrief {

QString DraftContext::firstName() const {
    const QString preferred = candidate.preferredName.trimmed();
    if (!preferred.isEmpty())
        return preferred;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return candidate.fullName.trimmed().section(space, 0, 0);
}

bool DraftContext::offersByDefault(const StrengthSuggestion& strength) const {
    return !shareableDecidingCriteria.contains(strength.criterionName, Qt::CaseInsensitive);
}

} // namespace debrief
