#include "RubricVersioning.h"

#include "storage/Database.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/RecordUuid.h"
#include "storage/RubricRepository.h"
#include "storage/SqlValues.h"
#include "storage/TransactionGuard.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace debrief {

Result<std::optional<Rubric>> RubricVersioning::current(RowId openingId) {
    return RubricRepository(m_db).currentForOpening(openingId);
}

Result<QList<Rubric>> RubricVersioning::versions(RowId openingId) {
    return RubricRepository(m_db).versionsForOpening(openingId);
}

Result<int> RubricVersioning::submittedScorecardCount(RowId rubricId) {
    auto query = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM scorecard_seats WHERE rubric_id = ? AND status = ?"),
        {rubricId, QStringLiteral("submitted")});
    if (!query)
        return query.error();
    if (!query->next())
        return 0;
    return query->value(0).toInt();
}

Status RubricVersioning::validate(const Rubric& rubric) {
    if (rubric.name.trimmed().isEmpty())
        return Error{tr("The rubric needs a name.")};
    if (rubric.criteria.isEmpty())
        return Error{tr("The rubric “%1” has no criteria; add at least one.").arg(rubric.name)};
    for (qsizetype i = 0; i < rubric.criteria.size(); ++i) {
        const Criterion& c = rubric.criteria.at(i);
        const int number = int(i) + 1;
        if (c.name.trimmed().isEmpty())
            return Error{tr("Criterion %1 has no name.").arg(number)};
        if (c.weight < 0)
            return Error{tr("The weight of “%1” must not be negative.").arg(c.name)};
        if (!Criterion::isValidWeight(c.weight)) {
            return Error{tr("The weight of “%1” is %2: it can be at most %3.")
                             .arg(c.name)
                             .arg(c.weight)
                             .arg(Criterion::kMaxWeight)};
        }
        if (c.scaleSize < 2 || c.scaleSize > 10 || c.anchors.size() != c.scaleSize)
            return Error{tr("The rating scale of “%1” is not valid.").arg(c.name)};
        for (int level = 0; level < c.scaleSize; ++level) {
            if (c.anchors.at(level).trimmed().isEmpty())
                return Error{tr("Level %1 of “%2” has no anchor text.").arg(level + 1).arg(c.name)};
        }
    }
    return {};
}

Result<RubricVersioning::Outcome> RubricVersioning::save(const Rubric& edited,
                                                         const std::optional<RoundLinks>& links) {
    if (Status valid = validate(edited); !valid)
        return valid.error();
    TransactionGuard transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun.error();

    RubricRepository rubrics(m_db);
    Outcome outcome;
    int submitted = 0;
    if (edited.id != kNoRow) {
        auto count = submittedScorecardCount(edited.id);
        if (!count)
            return count.error();
        submitted = *count;
    }
    if (edited.id == kNoRow) {
        Rubric fresh = edited;
        if (Status inserted = rubrics.insert(fresh); !inserted)
            return inserted.error();
        outcome.rubric = fresh;
    } else if (submitted > 0) {
        auto created = insertNewVersion(edited);
        if (!created)
            return created.error();
        outcome.rubric = *created;
        outcome.createdNewVersion = true;
    } else {
        if (Status updated = rubrics.update(edited); !updated)
            return updated.error();
    }
    // Read back so that every criterion, old or new, has its row id.
    auto stored = rubrics.get(outcome.createdNewVersion || edited.id == kNoRow ? outcome.rubric.id
                                                                               : edited.id);
    if (!stored)
        return stored.error();
    outcome.rubric = *stored;
    if (Status relinked = relinkRounds(edited, outcome.rubric, links); !relinked)
        return relinked.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<Rubric> RubricVersioning::insertNewVersion(const Rubric& edited) {
    auto query = m_db.exec(
        QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM rubrics WHERE family_uuid = ?"),
        {sql::uuid(edited.familyUuid)});
    if (!query)
        return query.error();
    const int newest = query->next() ? query->value(0).toInt() : edited.version;

    Rubric next = edited;
    next.id = kNoRow;
    next.uuid = RecordUuid::create();
    next.version = std::max(newest, edited.version) + 1;
    next.createdAt = {};
    // Fresh criteria: the old ones stay with the scorecards that rated them.
    for (Criterion& c : next.criteria) {
        c.id = kNoRow;
        c.uuid = RecordUuid::create();
    }
    if (Status inserted = RubricRepository(m_db).insert(next); !inserted)
        return inserted.error();
    return next;
}

Status RubricVersioning::relinkRounds(const Rubric& edited, const Rubric& stored,
                                      const std::optional<RoundLinks>& links) {
    if (stored.openingId == kNoRow)
        return {};
    // Criteria are stored in the edited order, so positions map old to new.
    QHash<RowId, RowId> moved;
    for (qsizetype i = 0; i < edited.criteria.size() && i < stored.criteria.size(); ++i) {
        if (edited.criteria.at(i).id != kNoRow)
            moved.insert(edited.criteria.at(i).id, stored.criteria.at(i).id);
    }
    InterviewRoundRepository roundRepository(m_db);
    auto rounds = roundRepository.forOpening(stored.openingId);
    if (!rounds)
        return rounds.error();
    for (InterviewRound& round : *rounds) {
        QList<RowId> criteria;
        if (links) {
            if (!links->contains(round.id))
                continue;
            for (int index : links->value(round.id)) {
                if (index >= 0 && index < stored.criteria.size())
                    criteria.append(stored.criteria.at(index).id);
            }
        } else {
            for (RowId old : round.criterionIds) {
                // Links to removed criteria are dropped with them.
                if (moved.contains(old))
                    criteria.append(moved.value(old));
            }
        }
        if (criteria == round.criterionIds)
            continue;
        round.criterionIds = criteria;
        if (Status updated = roundRepository.update(round); !updated)
            return updated;
    }
    return {};
}

} // namespace debrief
