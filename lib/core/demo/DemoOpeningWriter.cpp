#include "DemoOpeningWriter.h"

#include "DemoContext.h"
#include "DemoCriteriaBank.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

namespace debrief::demo {

const DemoRubricVersion& DemoOpeningState::rubricOn(const QDate& day) const {
    const DemoRubricVersion* current = &rubrics.constFirst();
    for (const DemoRubricVersion& version : rubrics) {
        if (version.createdOn <= day)
            current = &version;
    }
    return *current;
}

QStringList DemoOpeningState::allCriterionKeys() const {
    return rubrics.constLast().criterionIds.keys();
}

Result<DemoOpeningState> DemoOpeningWriter::write(const DemoOpeningScenario& scenario) {
    DemoOpeningState state;
    state.scenario = &scenario;
    state.activityEnd = m_context.today.addDays(-scenario.activityEndsDaysAgo);
    if (auto done = writeOpening(scenario, state); !done)
        return done.error();
    const QDate opened = m_context.today.addDays(-scenario.createdDaysAgo);
    if (auto done = writeRubric(scenario, 1, scenario.criteria, opened, state); !done)
        return done.error();
    if (scenario.rubricEditDaysAgo > 0) {
        QList<DemoCriterionSpec> edited = scenario.criteria;
        for (DemoCriterionSpec& spec : edited) {
            for (const DemoCriterionSpec& change : scenario.reweightedInVersion2) {
                if (change.key == spec.key)
                    spec.weight = change.weight;
            }
        }
        edited.append(scenario.addedInVersion2);
        const QDate editedOn = m_context.today.addDays(-scenario.rubricEditDaysAgo);
        if (auto done = writeRubric(scenario, 2, edited, editedOn, state); !done)
            return done.error();
    }
    if (auto done = writeRounds(scenario, state); !done)
        return done.error();
    return state;
}

Status DemoOpeningWriter::writeOpening(const DemoOpeningScenario& scenario,
                                       DemoOpeningState& state) {
    Opening& o = state.opening;
    o.uuid = m_context.random.uuid();
    o.title = scenario.title;
    o.team = scenario.team;
    o.hiringManager = scenario.hiringManager;
    o.positions = scenario.positions;
    o.status = scenario.status;
    o.description = scenario.description;
    o.createdAt = DemoContext::at(m_context.today.addDays(-scenario.createdDaysAgo), 9, 30);
    for (int i = 0; i < scenario.panel.size(); ++i) {
        const RowId id = m_context.panelistIds.at(scenario.panel.at(i));
        o.panel.append(PanelMember{id, i == 0});
        state.panelistIds.append(id);
    }
    state.leadId = state.panelistIds.constFirst();
    state.recruiterName = demoPanelists().at(scenario.recruiter).name;
    if (auto done = OpeningRepository(m_context.db).insert(o); !done)
        return done;
    ++m_context.summary.openings;
    return {};
}

Status DemoOpeningWriter::writeRubric(const DemoOpeningScenario& scenario, int number,
                                      const QList<DemoCriterionSpec>& criteria,
                                      const QDate& createdOn, DemoOpeningState& state) {
    Rubric rubric;
    rubric.uuid = m_context.random.uuid();
    if (state.rubricFamily.isNull())
        state.rubricFamily = m_context.random.uuid();
    rubric.familyUuid = state.rubricFamily;
    rubric.version = number;
    rubric.openingId = state.opening.id;
    rubric.name = scenario.title + QStringLiteral(" rubric");
    rubric.description = number == 1
                             ? QStringLiteral("Agreed by the panel before the first interview.")
                             : QStringLiteral("Version 2: added %1 after the first interviews "
                                              "showed we were not assessing it.")
                                   .arg(QString::fromUtf8(
                                       DemoCriteriaBank::find(scenario.addedInVersion2.key)->name));
    rubric.createdAt = DemoContext::at(createdOn, 10, 15);
    for (const DemoCriterionSpec& spec : criteria) {
        const DemoCriterionText* text = DemoCriteriaBank::find(spec.key);
        Q_ASSERT(text);
        rubric.criteria.append(DemoCriteriaBank::makeCriterion(*text, scenario.scaleSize,
                                                               spec.weight, m_context.random));
    }
    RubricRepository repository(m_context.db);
    if (auto done = repository.insert(rubric); !done)
        return done;
    ++m_context.summary.rubrics;
    // Criterion row ids come from storage; match them by the UUIDs we chose.
    auto stored = repository.get(rubric.id);
    if (!stored)
        return stored.error();
    DemoRubricVersion version{rubric.id, createdOn, scenario.scaleSize, {}, {}};
    for (int i = 0; i < criteria.size(); ++i) {
        for (const Criterion& c : stored->criteria) {
            if (c.uuid == rubric.criteria.at(i).uuid)
                version.criterionIds.insert(criteria.at(i).key, c.id);
        }
        version.weights.insert(criteria.at(i).key, criteria.at(i).weight);
    }
    state.rubrics.append(version);
    return {};
}

Status DemoOpeningWriter::writeRounds(const DemoOpeningScenario& scenario,
                                      DemoOpeningState& state) {
    // Rounds point at the criteria of the current rubric version.
    const DemoRubricVersion& current = state.rubrics.constLast();
    for (int i = 0; i < scenario.rounds.size(); ++i) {
        const DemoRoundSpec& spec = scenario.rounds.at(i);
        InterviewRound round;
        round.uuid = m_context.random.uuid();
        round.openingId = state.opening.id;
        round.position = i;
        round.name = spec.name;
        round.description = spec.description;
        round.durationMinutes = spec.minutes;
        for (const QString& key : spec.criterionKeys) {
            if (current.criterionIds.contains(key))
                round.criterionIds.append(current.criterionIds.value(key));
        }
        if (auto done = InterviewRoundRepository(m_context.db).insert(round); !done)
            return done;
        state.roundIds.append(round.id);
    }
    return {};
}

} // namespace debrief::demo
