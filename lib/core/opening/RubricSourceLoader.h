#pragma once

#include "OpeningSetup.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "rubric/RubricTemplate.h"
#include "rubric/RubricTemplateLibrary.h"

#include <QCoreApplication>

namespace debrief {

class Database;

/// Turns a RubricSource into the rubric and suggested rounds a new opening
/// starts from. Another opening's rubric reads as a template whose
/// suggested rounds are that opening's rounds, so both sources are written
/// (and previewed) the same way. Ids are kNoRow and uuids null throughout,
/// so the new opening gets records of its own.
class DEBRIEF_CORE_EXPORT RubricSourceLoader {
    Q_DECLARE_TR_FUNCTIONS(RubricSourceLoader)

public:
    explicit RubricSourceLoader(Database& db,
                                RubricTemplateLibrary library = RubricTemplateLibrary())
        : m_db(db)
        , m_library(std::move(library)) {}

    /// For RubricSource::Kind::Empty a template without criteria or rounds.
    Result<RubricTemplate> load(const RubricSource& source) const;

private:
    Result<RubricTemplate> copyOfOpening(RowId openingId) const;

    Database& m_db;
    RubricTemplateLibrary m_library;
};

} // namespace debrief
