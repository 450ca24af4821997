#include "OpeningDocumentValidator.h"

#include "OpeningFormat.h"
#include "scheduling/InterviewScheduler.h"

#include <QSet>

namespace debrief {
namespace {

QString uuidPath(const QString& recordPath) {
    return recordPath + QStringLiteral(".uuid");
}

} // namespace

void OpeningDocumentValidator::validate(const OpeningDocument& doc) {
    indexRecords(doc);
    checkRubrics(doc);
    checkPanelAndRounds(doc);
    checkApplications(doc);
    checkScorecards(doc);
    if (doc.decision)
        checkDecision(*doc.decision);
    checkAuditLog(doc);
}

void OpeningDocumentValidator::define(Index& index, const QUuid& uuid, const QString& recordPath) {
    if (uuid.isNull())
        return; // already reported by the reader
    const auto existing = index.constFind(uuid);
    if (existing != index.constEnd()) {
        m_errors.add(uuidPath(recordPath),
                     tr("duplicate uuid %1; already used at %2")
                         .arg(openingformat::uuidText(uuid), uuidPath(existing.value())));
        return;
    }
    index.insert(uuid, recordPath);
}

void OpeningDocumentValidator::indexRecords(const OpeningDocument& doc) {
    for (const auto& r : doc.rubrics) {
        define(m_rubrics, r.value.uuid, r.path);
        for (qsizetype i = 0; i < r.value.criteria.size(); ++i) {
            const Criterion& c = r.value.criteria.at(i);
            define(m_criteria, c.uuid, r.path + QStringLiteral(".criteria[%1]").arg(i));
            if (!c.uuid.isNull() && !m_criterionInfo.contains(c.uuid))
                m_criterionInfo.insert(c.uuid, {r.value.uuid, c.scaleSize});
        }
    }
    for (const auto& r : doc.rounds)
        define(m_rounds, r.value.uuid, r.path);
    for (const auto& p : doc.panelists)
        define(m_panelists, p.value.uuid, p.path);
    for (const auto& c : doc.candidates)
        define(m_candidates, c.value.uuid, c.path);
    for (const auto& a : doc.applications)
        define(m_applications, a.value.uuid, a.path);
    for (const auto& i : doc.interviews)
        define(m_interviews, i.value.uuid, i.path);
    for (const auto& s : doc.scorecards)
        define(m_scorecards, s.value.uuid, s.path);
    for (const auto& r : doc.references)
        define(m_references, r.value.uuid, r.path);
    for (const auto& c : doc.communications)
        define(m_communications, c.value.uuid, c.path);
    for (const auto& a : doc.auditLog)
        define(m_auditEntries, a.value.uuid, a.path);
}

void OpeningDocumentValidator::expectRef(const UuidRef& ref, const Index& index,
                                         const QString& what) {
    if (ref.uuid.isNull() || index.contains(ref.uuid))
        return;
    m_errors.add(ref.path, tr("refers to %1 %2, which is not in this file")
                               .arg(what, openingformat::uuidText(ref.uuid)));
}

void OpeningDocumentValidator::expectDistinct(const QList<UuidRef>& refs, const QString& what) {
    QHash<QUuid, QString> seen;
    for (const UuidRef& ref : refs) {
        if (ref.uuid.isNull())
            continue;
        if (seen.contains(ref.uuid)) {
            m_errors.add(ref.path,
                         tr("%1 %2 is listed twice (first at %3)")
                             .arg(what, openingformat::uuidText(ref.uuid), seen.value(ref.uuid)));
            continue;
        }
        seen.insert(ref.uuid, ref.path);
    }
}

void OpeningDocumentValidator::checkRubrics(const OpeningDocument& doc) {
    // The database keeps one record per (family, version).
    QHash<std::pair<QUuid, int>, QString> versions;
    for (const auto& r : doc.rubrics) {
        const auto key = std::make_pair(r.value.familyUuid, r.value.version);
        if (r.value.familyUuid.isNull())
            continue;
        if (versions.contains(key)) {
            m_errors.add(
                r.path + QStringLiteral(".version"),
                tr("version %1 of rubric family %2 appears twice (first at %3)")
                    .arg(r.value.version)
                    .arg(openingformat::uuidText(r.value.familyUuid), versions.value(key)));
            continue;
        }
        versions.insert(key, r.path);
    }
}

void OpeningDocumentValidator::checkPanelAndRounds(const OpeningDocument& doc) {
    QList<UuidRef> seats;
    for (const auto& seat : doc.opening.panel) {
        expectRef(seat.panelist, m_panelists, tr("panelist"));
        seats.append(seat.panelist);
    }
    expectDistinct(seats, tr("panelist"));
    for (const auto& round : doc.rounds) {
        for (const auto& ref : round.criteria)
            expectRef(ref, m_criteria, tr("criterion"));
        expectDistinct(round.criteria, tr("criterion"));
    }
}

void OpeningDocumentValidator::checkApplications(const OpeningDocument& doc) {
    QList<UuidRef> candidates;
    for (const auto& a : doc.applications) {
        expectRef(a.candidate, m_candidates, tr("candidate"));
        candidates.append(a.candidate);
    }
    // One application per candidate and opening.
    expectDistinct(candidates, tr("candidate"));
    for (const auto& i : doc.interviews) {
        expectRef(i.application, m_applications, tr("application"));
        expectRef(i.round, m_rounds, tr("interview round"));
        for (const auto& ref : i.panelists)
            expectRef(ref, m_panelists, tr("panelist"));
        expectDistinct(i.panelists, tr("panelist"));
        checkCancellation(i);
    }
    for (const auto& r : doc.references)
        expectRef(r.application, m_applications, tr("application"));
    for (const auto& c : doc.communications)
        expectRef(c.application, m_applications, tr("application"));
}

void OpeningDocumentValidator::checkCancellation(const DocInterview& interview) {
    // The scheduler's rule: a cancellation says why, and only a cancelled
    // interview has a cancellation.
    const Interview& i = interview.value;
    if (i.isCancelled() && !InterviewScheduler::validateReason(i.cancellationReason).isEmpty())
        m_errors.add(interview.path + QStringLiteral(".cancellationReason"),
                     tr("a cancelled interview needs the reason it was cancelled"));
    if (!i.isCancelled() && !(i.cancelledBy.isEmpty() && i.cancellationReason.isEmpty()))
        m_errors.add(interview.path + QStringLiteral(".cancelledAt"),
                     tr("the interview has who cancelled it or why, but no time it was cancelled"));
}

void OpeningDocumentValidator::checkScorecards(const OpeningDocument& doc) {
    // One scorecard per panelist and interview.
    QHash<std::pair<QUuid, QUuid>, QString> authors;
    for (const auto& card : doc.scorecards) {
        expectRef(card.interview, m_interviews, tr("interview"));
        expectRef(card.panelist, m_panelists, tr("panelist"));
        expectRef(card.rubric, m_rubrics, tr("rubric"));
        const auto key = std::make_pair(card.interview.uuid, card.panelist.uuid);
        if (!key.first.isNull() && !key.second.isNull()) {
            if (authors.contains(key)) {
                m_errors.add(card.panelist.path,
                             tr("this panelist already has a scorecard for this interview (%1)")
                                 .arg(authors.value(key)));
            } else {
                authors.insert(key, card.path);
            }
        }
        checkScorecardRatings(card);
    }
}

void OpeningDocumentValidator::checkScorecardRatings(const DocScorecard& card) {
    QList<UuidRef> criteria;
    for (const auto& rating : card.ratings) {
        criteria.append(rating.criterion);
        if (rating.criterion.uuid.isNull())
            continue;
        const auto info = m_criterionInfo.constFind(rating.criterion.uuid);
        if (info == m_criterionInfo.constEnd()) {
            expectRef(rating.criterion, m_criteria, tr("criterion"));
            continue;
        }
        if (!card.rubric.uuid.isNull() && m_rubrics.contains(card.rubric.uuid) &&
            info->first != card.rubric.uuid) {
            m_errors.add(rating.criterion.path,
                         tr("criterion %1 is not part of the scorecard's rubric %2")
                             .arg(openingformat::uuidText(rating.criterion.uuid),
                                  openingformat::uuidText(card.rubric.uuid)));
        }
        const int scale = info->second;
        if (rating.value.score && (*rating.value.score < 1 || *rating.value.score > scale)) {
            m_errors.add(rating.path + QStringLiteral(".score"),
                         tr("%1 is outside the criterion's scale 1–%2 (use null for "
                            "\"not assessed\")")
                             .arg(*rating.value.score)
                             .arg(scale));
        }
    }
    expectDistinct(criteria, tr("criterion"));
}

void OpeningDocumentValidator::checkDecision(const DocDecision& decision) {
    expectRef(decision.decidedBy, m_panelists, tr("panelist"));
    for (const auto& ref : decision.decidingCriteria)
        expectRef(ref, m_criteria, tr("criterion"));
    expectDistinct(decision.decidingCriteria, tr("criterion"));
    QList<UuidRef> applications;
    for (const auto& outcome : decision.outcomes) {
        expectRef(outcome.application, m_applications, tr("application"));
        applications.append(outcome.application);
    }
    expectDistinct(applications, tr("application"));
}

void OpeningDocumentValidator::checkAuditLog(const OpeningDocument& doc) {
    // Audit entries travel with the records they concern, so each must
    // concern a record of this file.
    QSet<QUuid> records;
    records.insert(doc.opening.value.uuid);
    if (doc.decision)
        records.insert(doc.decision->value.uuid);
    for (const Index* index :
         {&m_rubrics, &m_criteria, &m_rounds, &m_panelists, &m_candidates, &m_applications,
          &m_interviews, &m_scorecards, &m_references, &m_communications}) {
        for (auto it = index->constBegin(); it != index->constEnd(); ++it)
            records.insert(it.key());
    }
    for (const auto& entry : doc.auditLog) {
        if (entry.value.entityUuid.isNull() || records.contains(entry.value.entityUuid))
            continue;
        m_errors.add(entry.path + QStringLiteral(".entityUuid"),
                     tr("refers to record %1, which is not in this file")
                         .arg(openingformat::uuidText(entry.value.entityUuid)));
    }
}

} // namespace debrief
