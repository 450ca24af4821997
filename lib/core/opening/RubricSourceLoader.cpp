#include "RubricSourceLoader.h"

#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

namespace debrief {

Result<RubricTemplate> RubricSourceLoader::load(const RubricSource& source) const {
    switch (source.kind) {
    case RubricSource::Kind::Template:
        return m_library.load(source.templateId, source.language);
    case RubricSource::Kind::CopyOfOpening:
        return copyOfOpening(source.openingId);
    case RubricSource::Kind::Empty:
        break;
    }
    return RubricTemplate{};
}

Result<RubricTemplate> RubricSourceLoader::copyOfOpening(RowId openingId) const {
    auto opening = OpeningRepository(m_db).get(openingId);
    if (!opening)
        return opening.error();
    auto rubric = RubricRepository(m_db).currentForOpening(openingId);
    if (!rubric)
        return rubric.error();
    if (!rubric->has_value()) {
        return Error{
            tr("“%1” has no rubric to copy yet: choose a template instead.").arg(opening->title)};
    }
    auto rounds = InterviewRoundRepository(m_db).forOpening(openingId);
    if (!rounds)
        return rounds.error();

    RubricTemplate copy;
    copy.rubric = **rubric;
    copy.rubric.id = kNoRow;
    copy.rubric.uuid = QUuid();
    copy.rubric.familyUuid = QUuid();
    copy.rubric.version = 1;
    copy.rubric.openingId = kNoRow;
    copy.rubric.createdAt = QDateTime();
    QList<RowId> criterionIds;
    for (Criterion& criterion : copy.rubric.criteria) {
        criterionIds.append(criterion.id);
        criterion.id = kNoRow;
        criterion.uuid = QUuid();
    }
    for (const InterviewRound& round : *rounds) {
        SuggestedRound suggested{round.name, round.description, round.durationMinutes, {}};
        // A round may still point at criteria of an older rubric version;
        // only links into the copied version carry over.
        for (RowId id : round.criterionIds) {
            if (const qsizetype index = criterionIds.indexOf(id); index >= 0)
                suggested.criterionIndices.append(int(index));
        }
        copy.rounds.append(suggested);
    }
    return copy;
}

} // namespace debrief
