#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace debrief::demo {

/// A panelist of the demo company. Leniency shifts their scores a little,
/// so that calibration views have something to find.
struct DemoPanelistSpec {
    QString name;
    QString role;
    QString email;
    double leniency = 0.0;
};

struct DemoCriterionSpec {
    QString key;
    double weight = 1.0;
};

struct DemoRoundSpec {
    QString name;
    QString description;
    int minutes = 60;
    QStringList criterionKeys;
};

/// `count` applications that are now at `stage` and got as far as `furthest`.
struct DemoStageGroup {
    PipelineStage stage = PipelineStage::Applied;
    PipelineStage furthest = PipelineStage::Applied;
    int count = 0;
};

/// Openings with a hand-written story on top of the generated crowd.
enum class DemoStory { None, Debrief, Filled };

/// One opening of the demo: what it is, how far along, and who applied.
struct DemoOpeningScenario {
    QString title;
    QString team;
    QString hiringManager;
    QString description;
    OpeningStatus status = OpeningStatus::Open;
    int positions = 1;
    int createdDaysAgo = 30;
    /// Nothing happened after this many days ago (on hold, filled, cancelled).
    int activityEndsDaysAgo = 0;
    int scaleSize = 5;
    QList<DemoCriterionSpec> criteria;
    QList<DemoRoundSpec> rounds;
    /// Indices into demoPanelists(); the first one leads the panel.
    QList<int> panel;
    /// Index into demoPanelists() of whoever writes to candidates.
    int recruiter = 0;
    QList<DemoStageGroup> pipeline;
    DemoStory story = DemoStory::None;
    /// When set, the rubric was edited this many days ago: version 2 adds
    /// this criterion and reweights the ones in `reweighted`.
    int rubricEditDaysAgo = 0;
    DemoCriterionSpec addedInVersion2;
    QList<DemoCriterionSpec> reweightedInVersion2;
};

const QList<DemoPanelistSpec>& demoPanelists();
const QList<DemoOpeningScenario>& demoOpenings();

} // namespace debrief::demo
