#include "OpeningDocumentWriter.h"

#include "pipeline/DuplicateCheck.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/TransactionGuard.h"

namespace debrief {

Result<RowId> OpeningDocumentWriter::write(const OpeningDocument& doc) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = writePeople(doc); !s)
        return s.error();
    auto openingId = writeOpening(doc.opening);
    if (!openingId)
        return openingId.error();
    for (auto step : {&OpeningDocumentWriter::writeRubrics, &OpeningDocumentWriter::writeRounds,
                      &OpeningDocumentWriter::writeApplications}) {
        if (auto s = (this->*step)(doc, *openingId); !s)
            return s.error();
    }
    for (auto step :
         {&OpeningDocumentWriter::writeInterviews, &OpeningDocumentWriter::writeScorecards,
          &OpeningDocumentWriter::writeApplicationLogs}) {
        if (auto s = (this->*step)(doc); !s)
            return s.error();
    }
    if (doc.decision) {
        if (auto s = writeDecision(*doc.decision, *openingId); !s)
            return s.error();
    }
    if (auto s = writeAuditLog(doc); !s)
        return s.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *openingId;
}

QList<RowId> OpeningDocumentWriter::resolve(const Ids& ids, const QList<UuidRef>& refs) {
    QList<RowId> out;
    for (const UuidRef& ref : refs)
        out.append(ids.value(ref.uuid, kNoRow));
    return out;
}

Status OpeningDocumentWriter::writePeople(const OpeningDocument& doc) {
    // People may already be known to the target from another opening: the
    // stored record wins, so an import never overwrites someone's details.
    PanelistRepository panelists(m_db);
    for (const DocPanelist& p : doc.panelists) {
        auto existing = panelists.findByUuid(p.value.uuid);
        if (!existing)
            return existing.error();
        Panelist value = existing->value_or(p.value);
        if (!existing->has_value()) {
            if (auto s = panelists.insert(value); !s)
                return s;
        }
        m_panelists.insert(p.value.uuid, value.id);
    }
    // A candidate is also known by their e-mail address (DuplicateCheck's
    // rule, which the database's unique key backs): someone who applied
    // here before under another uuid is the same person, not a second record.
    auto known = DuplicateCheck::forOpening(m_db, kNoRow);
    if (!known)
        return known.error();
    QHash<QString, RowId> added; // by DuplicateCheck::emailKey
    CandidateRepository candidates(m_db);
    for (const DocCandidate& c : doc.candidates) {
        auto existing = candidates.findByUuid(c.value.uuid);
        if (!existing)
            return existing.error();
        Candidate value = existing->value_or(c.value);
        const QString key = DuplicateCheck::emailKey(value.email);
        // Stored under this uuid, or under this address: the stored record wins.
        RowId storedId = value.id;
        if (!existing->has_value()) {
            const auto match = known->stored(value.email);
            if (!match)
                return match.error();
            storedId = match->candidateId;
        }
        if (storedId != kNoRow) {
            value.id = storedId;
        } else if (!key.isEmpty() && added.contains(key)) {
            value.id = added.value(key);
        } else {
            if (auto s = candidates.insert(value); !s)
                return s;
            if (!key.isEmpty())
                added.insert(key, value.id);
        }
        m_candidates.insert(c.value.uuid, value.id);
    }
    return {};
}

Result<RowId> OpeningDocumentWriter::writeOpening(const DocOpening& doc) {
    Opening opening = doc.value;
    opening.panel.clear();
    for (const DocPanelSeat& seat : doc.panel)
        opening.panel.append({m_panelists.value(seat.panelist.uuid), seat.isLead});
    if (auto s = OpeningRepository(m_db).insert(opening); !s)
        return s.error();
    return opening.id;
}

Status OpeningDocumentWriter::writeRubrics(const OpeningDocument& doc, RowId openingId) {
    RubricRepository rubrics(m_db);
    for (const DocRubric& r : doc.rubrics) {
        Rubric rubric = r.value;
        rubric.openingId = openingId;
        if (auto s = rubrics.insert(rubric); !s)
            return s;
        // Read back rather than trusting insert() to fill in criterion ids.
        auto stored = rubrics.get(rubric.id);
        if (!stored)
            return stored.error();
        m_rubrics.insert(rubric.uuid, rubric.id);
        for (const Criterion& c : std::as_const(stored->criteria))
            m_criteria.insert(c.uuid, c.id);
    }
    return {};
}

Status OpeningDocumentWriter::writeRounds(const OpeningDocument& doc, RowId openingId) {
    InterviewRoundRepository rounds(m_db);
    for (const DocRound& r : doc.rounds) {
        InterviewRound round = r.value;
        round.openingId = openingId;
        round.criterionIds = resolve(m_criteria, r.criteria);
        if (auto s = rounds.insert(round); !s)
            return s;
        m_rounds.insert(round.uuid, round.id);
    }
    return {};
}

Status OpeningDocumentWriter::writeApplications(const OpeningDocument& doc, RowId openingId) {
    ApplicationRepository applications(m_db);
    for (const DocApplication& a : doc.applications) {
        Application application = a.value;
        application.openingId = openingId;
        application.candidateId = m_candidates.value(a.candidate.uuid);
        if (auto s = applications.insert(application); !s)
            return s;
        m_applications.insert(application.uuid, application.id);
    }
    return {};
}

Status OpeningDocumentWriter::writeInterviews(const OpeningDocument& doc) {
    InterviewRepository interviews(m_db);
    for (const DocInterview& i : doc.interviews) {
        Interview interview = i.value;
        interview.applicationId = m_applications.value(i.application.uuid);
        interview.roundId = m_rounds.value(i.round.uuid);
        interview.panelistIds = resolve(m_panelists, i.panelists);
        if (auto s = interviews.insert(interview); !s)
            return s;
        m_interviews.insert(interview.uuid, interview.id);
    }
    return {};
}

Status OpeningDocumentWriter::writeScorecards(const OpeningDocument& doc) {
    ScorecardRepository scorecards(m_db);
    for (const DocScorecard& s : doc.scorecards) {
        Scorecard card = s.value;
        card.interviewId = m_interviews.value(s.interview.uuid);
        card.panelistId = m_panelists.value(s.panelist.uuid);
        card.rubricId = m_rubrics.value(s.rubric.uuid);
        card.ratings.clear();
        for (const DocRating& r : s.ratings) {
            CriterionRating rating = r.value;
            rating.criterionId = m_criteria.value(r.criterion.uuid);
            card.ratings.append(rating);
        }
        if (auto stored = scorecards.insert(card); !stored)
            return stored;
    }
    return {};
}

Status OpeningDocumentWriter::writeApplicationLogs(const OpeningDocument& doc) {
    ReferenceRepository references(m_db);
    for (const DocReference& r : doc.references) {
        Reference reference = r.value;
        reference.applicationId = m_applications.value(r.application.uuid);
        if (auto s = references.insert(reference); !s)
            return s;
    }
    CommunicationRepository communications(m_db);
    for (const DocCommunication& c : doc.communications) {
        CommunicationEntry entry = c.value;
        entry.applicationId = m_applications.value(c.application.uuid);
        if (auto s = communications.insert(entry); !s)
            return s;
    }
    return {};
}

Status OpeningDocumentWriter::writeDecision(const DocDecision& doc, RowId openingId) {
    Decision decision = doc.value;
    decision.openingId = openingId;
    decision.decidedBy =
        doc.decidedBy.uuid.isNull() ? kNoRow : m_panelists.value(doc.decidedBy.uuid);
    decision.decidingCriterionIds = resolve(m_criteria, doc.decidingCriteria);
    decision.outcomes.clear();
    for (const DocOutcome& o : doc.outcomes) {
        DecisionOutcome outcome = o.value;
        outcome.applicationId = m_applications.value(o.application.uuid);
        decision.outcomes.append(outcome);
    }
    return DecisionRepository(m_db).insert(decision);
}

Status OpeningDocumentWriter::writeAuditLog(const OpeningDocument& doc) {
    AuditRepository audit(m_db);
    for (const DocAuditEntry& a : doc.auditLog) {
        // Entries are immutable: one with this uuid is already this entry.
        auto existing = audit.findByUuid(a.value.uuid);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        AuditEntry entry = a.value;
        if (auto s = audit.insert(entry); !s)
            return s;
    }
    return {};
}

} // namespace debrief
