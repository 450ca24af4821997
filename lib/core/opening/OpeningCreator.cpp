#include "OpeningCreator.h"

#include "OpeningSetupValidator.h"
#include "PanelSeatWriter.h"
#include "RubricSourceLoader.h"
#include "storage/ApplicationRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"
#include "storage/TransactionGuard.h"

namespace debrief {

Result<CreatedOpening> OpeningCreator::create(const OpeningSetup& setup,
                                              const QDateTime& createdAt) {
    if (Status valid =
            OpeningSetupValidator::validate(setup, OpeningSetupValidator::Purpose::Create);
        !valid)
        return valid.error();
    // Read before the transaction: a template that does not load must not
    // leave half an opening behind, and a copy must read its source first.
    auto content = RubricSourceLoader(m_db, m_library).load(setup.rubric);
    if (!content)
        return content.error();

    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    CreatedOpening created;
    created.setup = setup;
    auto panel = PanelSeatWriter(m_db).write(created.setup.panel);
    if (!panel)
        return panel.error();

    Opening& opening = created.opening;
    opening.uuid = setup.uuid;
    opening.title = setup.title.trimmed();
    opening.team = setup.team.trimmed();
    opening.hiringManager = setup.hiringManager.trimmed();
    opening.positions = setup.positions;
    opening.status = setup.status;
    opening.description = setup.description.trimmed();
    opening.createdAt = createdAt;
    opening.panel = *panel;
    OpeningRepository openings(m_db);
    if (Status inserted = openings.insert(opening); !inserted)
        return inserted.error();
    created.setup.uuid = opening.uuid;

    auto rubric = writeRubric(setup.rubric, *content, opening.id);
    if (!rubric)
        return rubric.error();
    created.rubric = *rubric;
    auto rounds = writeRounds(created.setup.rounds, *content, created.rubric, opening.id);
    if (!rounds)
        return rounds.error();
    created.rounds = *rounds;
    // Kept as read back, so that remove() compares like with like.
    auto stored = openings.get(opening.id);
    if (!stored)
        return stored.error();
    opening = *stored;
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

Result<std::optional<Rubric>> OpeningCreator::writeRubric(const RubricSource& source,
                                                          const RubricTemplate& content,
                                                          RowId openingId) {
    if (source.kind == RubricSource::Kind::Empty)
        return std::optional<Rubric>();
    Rubric rubric = content.rubric;
    rubric.openingId = openingId;
    RubricRepository rubrics(m_db);
    if (Status inserted = rubrics.insert(rubric); !inserted)
        return inserted.error();
    auto stored = rubrics.get(rubric.id);
    if (!stored)
        return stored.error();
    return std::optional<Rubric>(*stored);
}

Result<QList<InterviewRound>> OpeningCreator::writeRounds(QList<RoundSetup>& rounds,
                                                          const RubricTemplate& content,
                                                          const std::optional<Rubric>& rubric,
                                                          RowId openingId) {
    InterviewRoundRepository repository(m_db);
    for (int i = 0; i < rounds.size(); ++i) {
        RoundSetup& setup = rounds[i];
        InterviewRound round;
        round.uuid = setup.uuid;
        round.openingId = openingId;
        round.position = i;
        round.name = setup.name.trimmed();
        // A round of the panel's own (or one whose suggestion is gone)
        // starts without criteria; the rubric editor links them later.
        if (setup.sourceRound >= 0 && setup.sourceRound < content.rounds.size()) {
            const SuggestedRound& suggested = content.rounds.at(setup.sourceRound);
            round.description = suggested.description;
            round.durationMinutes = suggested.durationMinutes;
            for (int index : suggested.criterionIndices) {
                if (rubric && index >= 0 && index < rubric->criteria.size())
                    round.criterionIds.append(rubric->criteria.at(index).id);
            }
        }
        if (Status inserted = repository.insert(round); !inserted)
            return inserted.error();
        setup.uuid = round.uuid;
    }
    return repository.forOpening(openingId);
}

Status OpeningCreator::remove(const CreatedOpening& created) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    OpeningRepository openings(m_db);
    auto found = openings.findByUuid(created.setup.uuid);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return Error{tr("“%1” is no longer in this database.").arg(created.opening.title)};
    }
    const RowId id = (*found)->id;
    if (Status untouched = checkUntouched(created, id); !untouched)
        return untouched;
    if (**found != created.opening) {
        return Error{
            tr("The set-up of “%1” has changed since it was created.").arg(created.opening.title)};
    }
    if (Status removed = openings.remove(id); !removed)
        return removed;
    return tx.commit();
}

Status OpeningCreator::checkUntouched(const CreatedOpening& created, RowId openingId) {
    const QString title = created.opening.title;
    auto applications = ApplicationRepository(m_db).forOpening(openingId);
    if (!applications)
        return applications.error();
    if (!applications->isEmpty()) {
        return Error{tr("Candidates have been added to “%1” since it was created.").arg(title)};
    }
    auto decision = DecisionRepository(m_db).forOpening(openingId);
    if (!decision)
        return decision.error();
    if (decision->has_value())
        return Error{tr("A decision has been recorded for “%1” since it was created.").arg(title)};
    auto versions = RubricRepository(m_db).versionsForOpening(openingId);
    if (!versions)
        return versions.error();
    const QList<Rubric> expected =
        created.rubric ? QList<Rubric>{*created.rubric} : QList<Rubric>{};
    if (*versions != expected)
        return Error{tr("The rubric of “%1” has been edited since it was created.").arg(title)};
    auto rounds = InterviewRoundRepository(m_db).forOpening(openingId);
    if (!rounds)
        return rounds.error();
    if (*rounds != created.rounds) {
        return Error{
            tr("The interview rounds of “%1” have changed since it was created.").arg(title)};
    }
    return {};
}

} // namespace debrief
