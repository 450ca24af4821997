#pragma once

#include <QList>
#include <QString>

namespace debrief {

/// An interview round that a rubric template proposes, with the criteria it
/// is meant to assess; the opening turns it into a real InterviewRound once
/// the criteria have been stored and have row ids.
struct SuggestedRound {
    QString name;
    QString description;
    int durationMinutes = 45;
    /// Indices into the template's rubric.criteria, in the order written.
    QList<int> criterionIndices;

    friend bool operator==(const SuggestedRound&, const SuggestedRound&) = default;
};

} // namespace debrief
