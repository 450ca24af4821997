#include "ScorecardWorkflow.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/TransactionGuard.h"

namespace debrief {
namespace {

const Criterion* findCriterion(const Rubric& rubric, RowId id) {
    for (const Criterion& criterion : rubric.criteria) {
        if (criterion.id == id)
            return &criterion;
    }
    return nullptr;
}

QString scoreText(const CriterionRating* rating) {
    if (!rating || !rating->score)
        return QStringLiteral("not_assessed");
    return QString::number(*rating->score);
}

AuditEntry change(const QString& field, const QString& before, const QString& after) {
    AuditEntry entry;
    entry.entityType = QStringLiteral("scorecard");
    entry.field = field;
    entry.oldValue = before;
    entry.newValue = after;
    return entry;
}

QString recommendationText(const std::optional<Recommendation>& value) {
    return value ? toKey(*value) : QString();
}

} // namespace

QStringList ScorecardWorkflow::problemsBeforeSubmit(const Scorecard& card, const Rubric& rubric) {
    QStringList problems;
    for (const CriterionRating& rating : card.ratings) {
        const Criterion* criterion = findCriterion(rubric, rating.criterionId);
        if (!criterion) {
            problems.append(tr("A rating refers to a criterion that is not in rubric version %1.")
                                .arg(rubric.version));
            continue;
        }
        if (rating.score && (*rating.score < 1 || *rating.score > criterion->scaleSize)) {
            problems.append(tr("%1: %2 is outside the scale 1–%3.")
                                .arg(criterion->name)
                                .arg(*rating.score)
                                .arg(criterion->scaleSize));
        }
    }
    if (!card.recommendation)
        problems.append(tr("Choose an overall recommendation."));
    return problems;
}

QStringList ScorecardWorkflow::unassessedInRound(const Scorecard& card, const Rubric& rubric,
                                                 const QList<RowId>& roundCriteria) {
    QStringList names;
    for (const Criterion& criterion : rubric.criteria) {
        if (!roundCriteria.isEmpty() && !roundCriteria.contains(criterion.id))
            continue;
        const CriterionRating* rating = card.rating(criterion.id);
        if (!rating || !rating->score)
            names.append(criterion.name);
    }
    return names;
}

VersionedSave<Scorecard> ScorecardWorkflow::saveDraft(Scorecard& card, const QDateTime& now) {
    if (card.isSubmitted()) {
        return Error{tr("This scorecard has been submitted; it can only be changed by an "
                        "amendment with a reason.")};
    }
    if (Status allowed = checkNewCard(card); !allowed)
        return allowed;
    Scorecard draft = card;
    draft.updatedAt = now;
    ScorecardRepository repository(m_db);
    // update() refuses a card that was saved or submitted meanwhile (e.g.
    // in another window).
    VersionedSave<Scorecard> stored = draft.id == kNoRow
                                          ? VersionedSave<Scorecard>(repository.insert(draft))
                                          : repository.update(draft);
    if (!stored)
        return stored;
    card = draft;
    return {};
}

VersionedSave<Scorecard> ScorecardWorkflow::submit(Scorecard& card, const Rubric& rubric,
                                                   const QDateTime& now) {
    const QStringList problems = problemsBeforeSubmit(card, rubric);
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    if (Status allowed = checkNewCard(card); !allowed)
        return allowed;
    Scorecard submitted = card;
    submitted.status = ScorecardStatus::Submitted;
    submitted.submittedAt = now;
    submitted.updatedAt = now;
    ScorecardRepository repository(m_db);
    VersionedSave<Scorecard> stored = submitted.id == kNoRow
                                          ? VersionedSave<Scorecard>(repository.insert(submitted))
                                          : repository.update(submitted);
    if (!stored)
        return stored;
    card = submitted;
    return {};
}

Status ScorecardWorkflow::checkNewCard(const Scorecard& card) {
    if (card.id != kNoRow)
        return {};
    auto interview = InterviewRepository(m_db).get(card.interviewId);
    if (!interview)
        return interview.error();
    if (interview->isCancelled())
        return Error{tr("Interview %1 was cancelled: nobody owes a scorecard for it.")
                         .arg(card.interviewId)};
    return {};
}

QList<AuditEntry> ScorecardWorkflow::differences(const Scorecard& before, const Scorecard& after,
                                                 const Rubric& rubric) {
    QList<AuditEntry> entries;
    for (const Criterion& criterion : rubric.criteria) {
        const CriterionRating* old = before.rating(criterion.id);
        const CriterionRating* now = after.rating(criterion.id);
        const QString oldScore = scoreText(old);
        const QString newScore = scoreText(now);
        if (oldScore != newScore)
            entries.append(change(QStringLiteral("score:") + criterion.name, oldScore, newScore));
        const QString oldEvidence = old ? old->evidence : QString();
        const QString newEvidence = now ? now->evidence : QString();
        if (oldEvidence != newEvidence) {
            entries.append(
                change(QStringLiteral("evidence:") + criterion.name, oldEvidence, newEvidence));
        }
    }
    if (before.recommendation != after.recommendation) {
        entries.append(change(QStringLiteral("recommendation"),
                              recommendationText(before.recommendation),
                              recommendationText(after.recommendation)));
    }
    if (before.keyTakeaways != after.keyTakeaways) {
        entries.append(
            change(QStringLiteral("key_takeaways"), before.keyTakeaways, after.keyTakeaways));
    }
    return entries;
}

VersionedSave<Scorecard> ScorecardWorkflow::amend(Scorecard& changed, const Rubric& rubric,
                                                  const QString& actor, const QString& reason,
                                                  const QDateTime& now) {
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why a submitted scorecard is being changed.")};
    if (const QStringList problems = problemsBeforeSubmit(changed, rubric); !problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    ScorecardRepository cards(m_db);
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Read inside the transaction: the audit entries describe the change
    // from this version, which the versioned update below checks is still
    // the stored one.
    auto stored = cards.get(changed.id);
    if (!stored)
        return stored.error();
    if (!stored->isSubmitted())
        return Error{tr("This scorecard is still a draft; edit it directly.")};
    AuditRepository audit(m_db);
    for (AuditEntry entry : differences(*stored, changed, rubric)) {
        entry.entityUuid = stored->uuid;
        entry.actor = actor;
        entry.reason = reason.trimmed();
        entry.occurredAt = now;
        if (auto written = audit.insert(entry); !written)
            return written;
    }
    Scorecard updated = changed;
    updated.status = ScorecardStatus::Submitted;
    updated.submittedAt = stored->submittedAt;
    updated.updatedAt = now;
    VersionedSave<Scorecard> written = cards.update(updated, ScorecardRepository::AmendmentKey());
    if (!written)
        return written;
    if (Status committed = tx.commit(); !committed)
        return committed;
    changed = updated;
    return {};
}

} // namespace debrief
