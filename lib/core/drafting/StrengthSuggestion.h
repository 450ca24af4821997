#pragma once

#include "domain/RowId.h"

#include <QString>
#include <QStringList>

namespace debrief {

/// One of a finalist's strongest criteria, from the panel's submitted
/// scorecards: the sentence offered for the message, and the evidence
/// behind it so the sender can check it or make the sentence more specific.
struct StrengthSuggestion {
    RowId criterionId = kNoRow;
    QString criterionName;
    /// Mean of the submitted scores for the criterion (not-assessed left out).
    double meanScore = 0;
    /// The mean on its scale in the draft's language: "3,5 von 4".
    QString scoreText;
    /// In the draft's language; the sender accepts or edits it.
    QString sentence;
    /// Evidence notes of the scores at or above the mean, highest score first.
    QStringList evidence;
    /// The criterion's rating scale (4 for 1–4).
    int scaleSize = 0;
    /// How many submitted scores the mean is over.
    int ratingCount = 0;

    friend bool operator==(const StrengthSuggestion&, const StrengthSuggestion&) = default;
};

} // namespace debrief
