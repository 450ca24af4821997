#pragma once

#include "SuggestedRound.h"
#include "domain/Rubric.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

/// A rubric as a reusable starting point: its criteria with the stable keys
/// that identify them across languages, and the interview rounds suggested
/// for assessing them. Also what a rubric JSON document reads into.
struct RubricTemplate {
    /// The template's id ("software-engineer"); empty for a document that is
    /// a plain rubric export rather than a template.
    QString id;
    /// ISO 639-1 code of the texts ("en"); may be empty for a plain export.
    QString language;
    /// Ids are kNoRow; uuids are null for built-in templates.
    Rubric rubric;
    /// One key per criterion, parallel to rubric.criteria.
    QStringList criterionKeys;
    QList<SuggestedRound> rounds;

    friend bool operator==(const RubricTemplate&, const RubricTemplate&) = default;
};

} // namespace debrief
