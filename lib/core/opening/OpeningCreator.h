#pragma once

#include "OpeningSetup.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/InterviewRound.h"
#include "domain/Opening.h"
#include "domain/Rubric.h"
#include "rubric/RubricTemplate.h"
#include "rubric/RubricTemplateLibrary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace debrief {

class Database;

/// What OpeningCreator wrote, kept by whoever may take the creation back.
struct CreatedOpening {
    /// The set-up as written, with the opening's uuid, every round's uuid and
    /// the new panelists' ids filled in: writing it again (redo) gives the
    /// same opening, rounds and people.
    OpeningSetup setup;
    /// The records as stored, to tell later whether anything has changed.
    Opening opening;
    std::optional<Rubric> rubric;
    QList<InterviewRound> rounds;
};

/// Creates an opening from a set-up: the opening with its panel (storing
/// new panelists), a rubric of its own copied from the chosen source, and
/// its interview rounds assessing the criteria the source suggests, all in
/// one transaction after the whole set-up was checked.
class DEBRIEF_CORE_EXPORT OpeningCreator {
    Q_DECLARE_TR_FUNCTIONS(OpeningCreator)

public:
    explicit OpeningCreator(Database& db, RubricTemplateLibrary library = RubricTemplateLibrary())
        : m_db(db)
        , m_library(std::move(library)) {}

    /// Writes nothing when the set-up has a problem (all of them are in the
    /// Error) or the source cannot be read. `createdAt` invalid means now.
    Result<CreatedOpening> create(const OpeningSetup& setup, const QDateTime& createdAt = {});
    /// Takes back a creation while nothing has been added to or changed on
    /// the opening since (no candidates, no decision, rubric, rounds and
    /// set-up as written); otherwise an Error says what was added, and
    /// nothing is removed. Panelists stored for it stay: they are people who
    /// may sit on other panels.
    Status remove(const CreatedOpening& created);

private:
    Result<std::optional<Rubric>> writeRubric(const RubricSource& source,
                                              const RubricTemplate& content, RowId openingId);
    Result<QList<InterviewRound>> writeRounds(QList<RoundSetup>& rounds,
                                              const RubricTemplate& content,
                                              const std::optional<Rubric>& rubric, RowId openingId);
    Status checkUntouched(const CreatedOpening& created, RowId openingId);

    Database& m_db;
    RubricTemplateLibrary m_library;
};

} // namespace debrief
