#pragma once

#include "Result.h"
#include "RubricTemplate.h"
#include "debrief_core_export.h"
#include "domain/Rubric.h"

#include <QByteArray>
#include <QString>

namespace debrief {

/// Writes rubrics to the "debrief-rubric" JSON format (docs/RUBRICS.md) and
/// reads them back with full validation: every problem is reported with its
/// JSON path, all of them in one Error, so a file can be fixed in one go.
/// The built-in templates are read by the same parser.
class DEBRIEF_CORE_EXPORT RubricJson {
public:
    /// The value of the top-level "format" field.
    static QString formatMarker();
    /// The format version this build writes and the newest it reads.
    static constexpr int kFormatVersion = 1;

    /// The rubric with its criteria. Row ids and openingId are not written
    /// (they only mean something inside one database file); criterion keys
    /// are made from the criterion names.
    static QByteArray exportRubric(const Rubric& rubric);
    /// A template: the rubric plus its id, language, keys and rounds.
    static QByteArray exportTemplate(const RubricTemplate& rubricTemplate);

    /// The rubric of a document; `sourceName` (a file name) starts the
    /// error message when given. Row ids of the result are kNoRow.
    static Result<Rubric> importRubric(const QByteArray& json, const QString& sourceName = {});
    /// The whole document, with keys and suggested rounds.
    static Result<RubricTemplate> importTemplate(const QByteArray& json,
                                                 const QString& sourceName = {});
};

} // namespace debrief
