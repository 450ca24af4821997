#include "OpeningSetupUpdater.h"

#include "OpeningSetupValidator.h"
#include "PanelSeatWriter.h"
#include "server/ServerPermissions.h"
#include "storage/Database.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/TransactionGuard.h"
#include "storage/VersionedUpdate.h"

namespace debrief {

Result<OpeningSetup> OpeningSetupUpdater::load(RowId openingId) {
    auto opening = OpeningRepository(m_db).get(openingId);
    if (!opening)
        return opening.error();
    auto rounds = InterviewRoundRepository(m_db).forOpening(openingId);
    if (!rounds)
        return rounds.error();
    OpeningSetup setup;
    setup.uuid = opening->uuid;
    setup.title = opening->title;
    setup.team = opening->team;
    setup.hiringManager = opening->hiringManager;
    setup.positions = opening->positions;
    setup.status = opening->status;
    setup.description = opening->description;
    setup.rubric = RubricSource::empty();
    setup.rowVersion = opening->rowVersion;
    for (const InterviewRound& round : *rounds)
        setup.rounds.append(RoundSetup{round.uuid, round.name, -1});
    PanelistRepository panelists(m_db);
    for (const PanelMember& member : opening->panel) {
        auto person = panelists.get(member.panelistId);
        if (!person)
            return person.error();
        setup.panel.append(
            PanelSeat{member.panelistId, person->name, person->email, member.isLead});
    }
    return setup;
}

VersionedSave<OpeningSetup> OpeningSetupUpdater::save(OpeningSetup& setup) {
    if (Status valid =
            OpeningSetupValidator::validate(setup, OpeningSetupValidator::Purpose::Update);
        !valid)
        return valid.error();
    return write(setup, Base::EditorsVersion, std::nullopt);
}

Result<OpeningSetup> OpeningSetupUpdater::restore(const OpeningSetup& setup,
                                                  const std::optional<OpeningSetup>& expected) {
    OpeningSetup written = setup;
    if (Status done = write(written, Base::StoredVersion, expected); !done)
        return done.error();
    return written;
}

VersionedSave<OpeningSetup>
OpeningSetupUpdater::write(OpeningSetup& setup, Base base,
                           const std::optional<OpeningSetup>& expected) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    OpeningRepository openings(m_db);
    auto found = openings.findByUuid(setup.uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("The opening “%1” is no longer in this database.").arg(setup.title)};
    Opening opening = **found;
    if (Status allowed = ServerPermissions(m_db).maySetUp(opening.id); !allowed)
        return allowed.error();
    const auto changedMeanwhile = [&] {
        return sql::RowVersions::changedMeanwhile(tr("The set-up of opening %1").arg(opening.id),
                                                  m_db.location());
    };
    if (expected) {
        auto stored = load(opening.id);
        if (!stored)
            return stored.error();
        if (*stored != *expected)
            return changedMeanwhile();
    }
    if (base == Base::EditorsVersion && opening.rowVersion != setup.rowVersion) {
        auto stored = load(opening.id);
        if (!stored)
            return stored.error();
        return VersionedSave<OpeningSetup>::stale(std::move(stored).value(), changedMeanwhile());
    }
    auto panel = PanelSeatWriter(m_db).write(setup.panel);
    if (!panel)
        return panel.error();
    opening.title = setup.title.trimmed();
    opening.team = setup.team.trimmed();
    opening.hiringManager = setup.hiringManager.trimmed();
    opening.positions = setup.positions;
    opening.status = setup.status;
    opening.description = setup.description.trimmed();
    opening.panel = *panel;
    if (auto updated = openings.update(opening); !updated) {
        // Saved elsewhere between the read above and this write.
        if (updated.isStale() && base == Base::EditorsVersion) {
            auto stored = load(opening.id);
            if (stored)
                return VersionedSave<OpeningSetup>::stale(std::move(stored).value(),
                                                          updated.error());
        }
        return updated.error();
    }
    // Give back what is stored, so that callers can compare set-ups.
    setup.title = opening.title;
    setup.team = opening.team;
    setup.hiringManager = opening.hiringManager;
    setup.description = opening.description;
    if (Status written = writeRounds(opening.id, setup.rounds); !written)
        return written.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    setup.rowVersion = opening.rowVersion;
    return {};
}

Status OpeningSetupUpdater::writeRounds(RowId openingId, QList<RoundSetup>& rounds) {
    InterviewRoundRepository repository(m_db);
    auto stored = repository.forOpening(openingId);
    if (!stored)
        return stored.error();
    QList<QUuid> listed;
    for (const RoundSetup& round : rounds)
        listed.append(round.uuid);
    for (const InterviewRound& round : *stored) {
        if (listed.contains(round.uuid))
            continue;
        if (Status removed = repository.remove(round.id); !removed) {
            return Error{
                tr("Cannot remove the round “%1”. %2").arg(round.name, removed.errorMessage())};
        }
    }
    for (int i = 0; i < rounds.size(); ++i) {
        RoundSetup& setup = rounds[i];
        InterviewRound round;
        for (const InterviewRound& existing : *stored) {
            if (!setup.uuid.isNull() && existing.uuid == setup.uuid)
                round = existing;
        }
        const bool isNew = round.id == kNoRow;
        // A stored round keeps its description, duration and criteria.
        round.uuid = setup.uuid;
        round.openingId = openingId;
        round.position = i;
        round.name = setup.name.trimmed();
        setup.name = round.name;
        Status written = isNew ? repository.insert(round) : repository.update(round);
        if (!written)
            return written;
        setup.uuid = round.uuid;
    }
    return {};
}

} // namespace debrief
