#pragma once

#include "DemoScenarios.h"
#include "Result.h"
#include "domain/Opening.h"
#include "domain/RowId.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace debrief::demo {

struct DemoContext;

/// One stored version of an opening's rubric: criterion row ids by key.
struct DemoRubricVersion {
    RowId rubricId = kNoRow;
    QDate createdOn;
    int scaleSize = 5;
    QMap<QString, RowId> criterionIds;
    QMap<QString, double> weights;
};

/// An opening as stored, with what later steps need to add candidates.
struct DemoOpeningState {
    const DemoOpeningScenario* scenario = nullptr;
    Opening opening;
    /// Oldest version first.
    QList<DemoRubricVersion> rubrics;
    QUuid rubricFamily;
    QList<RowId> roundIds;
    QList<RowId> panelistIds;
    RowId leadId = kNoRow;
    QString recruiterName;
    /// The last day anything happened (today for open openings).
    QDate activityEnd;

    /// The rubric version in force on `day`.
    const DemoRubricVersion& rubricOn(const QDate& day) const;
    /// Every criterion key the opening has ever been scored on.
    QStringList allCriterionKeys() const;
};

/// Stores an opening with its panel, rubric versions and interview rounds.
class DemoOpeningWriter {
public:
    explicit DemoOpeningWriter(DemoContext& context)
        : m_context(context) {}

    Result<DemoOpeningState> write(const DemoOpeningScenario& scenario);

private:
    Status writeOpening(const DemoOpeningScenario& scenario, DemoOpeningState& state);
    Status writeRubric(const DemoOpeningScenario& scenario, int number,
                       const QList<DemoCriterionSpec>& criteria, const QDate& createdOn,
                       DemoOpeningState& state);
    Status writeRounds(const DemoOpeningScenario& scenario, DemoOpeningState& state);

    DemoContext& m_context;
};

} // namespace debrief::demo
