#pragma once

#include "decision/DecisionRequest.h"
#include "domain/RowId.h"
#include "scoring/ScoreViewer.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <memory>

namespace debrief::test {

/// The demo database as the drafting tests use it: made with a fixed seed
/// and date, with helpers to find the story's people by name and to record
/// the debrief opening's decision.
class DraftingFixture {
public:
    static const QDate kToday;
    static const QDateTime kNow;

    /// Writes the demo into `path`; an empty pointer (and the message in
    /// `error`) when that fails.
    static std::unique_ptr<Database> demo(const QString& path, QString* error);

    /// The application of the candidate with this full name (kNoRow if none).
    static RowId applicationOf(Database& db, const QString& fullName);
    /// The opening an application belongs to.
    static RowId openingOf(Database& db, RowId applicationId);
    /// The criterion of the opening's current rubric with this name.
    static RowId criterionOf(Database& db, RowId openingId, const QString& name);
    /// The first panel lead of the opening.
    static RowId leadOf(Database& db, RowId openingId);
    /// Who composes the drafts in these tests: the debrief opening's panel
    /// lead, who has submitted on every finalist (blind scoring hides none).
    static ScoreViewer composer(Database& db);
    /// One value of a query with bound values (invalid QVariant on error).
    static QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {});

    /// The debrief opening's decision: Aoife chosen, Zoë first runner-up
    /// (in the talent pool), Miguel Ángel second; debugging and production
    /// ownership decided it.
    static DecisionRequest debriefDecision(Database& db, bool shareDecidingFactor);
};

} // namespace debrief::test
