#pragma once

#include "domain/Criterion.h"

#include <QList>
#include <QString>

#include <array>

namespace debrief::demo {

class DemoRandom;

/// How a rating turned out, for choosing evidence that fits the score.
enum class EvidenceTone { Strong, Middling, Weak };

/// Everything the demo knows about one criterion: its definition with an
/// anchor for each of five levels, and phrase banks for evidence notes.
/// Texts are UTF-8 sample content (stored, not interface text).
struct DemoCriterionText {
    const char* key;
    const char* name;
    const char* description;
    /// Levels 1..5. A four-level scale uses levels 1, 2, 4 and 5, which reads
    /// as poor, developing, strong, exceptional: no neutral middle.
    std::array<const char*, 5> anchors;
    /// What the candidate talked about ("the retry logic of the payment queue").
    std::array<const char*, 3> topics;
    std::array<const char*, 2> strong;
    std::array<const char*, 2> middling;
    std::array<const char*, 2> weak;
};

/// Looks criterion texts up by key and turns them into rubric criteria.
class DemoCriteriaBank {
public:
    /// nullptr for an unknown key (a programming error in the scenarios).
    static const DemoCriterionText* find(const QString& key);
    /// A criterion with `scaleSize` (4 or 5) anchors, ready to store.
    static Criterion makeCriterion(const DemoCriterionText& text, int scaleSize, double weight,
                                   DemoRandom& random);
    /// One evidence note: an observation about a topic and a specific detail.
    static QString evidence(const DemoCriterionText& text, EvidenceTone tone, DemoRandom& random);
    /// What a panelist writes when they did not get to a criterion.
    static QString notAssessedNote(DemoRandom& random);
};

// The tables, split by area so that no file becomes a wall of text.
const QList<DemoCriterionText>& engineeringCriteria();
const QList<DemoCriterionText>& peopleCriteria();

} // namespace debrief::demo
