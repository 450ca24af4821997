#include "PersonEraser.h"

#include "FileScrub.h"
#include "NameRedaction.h"
#include "domain/Enums.h"

#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/TransactionGuard.h"

#include <QSqlQuery>

namespace debrief {

QString PersonEraser::erasedName() {
    return tr("[erased candidate]");
}

Result<ErasurePlan> PersonEraser::plan(RowId candidateId) {
    auto person = PersonRecords::load(m_db, candidateId);
    if (!person)
        return person.error();
    ErasurePlan plan;
    plan.person = *person;
    // Every opening they applied to, with what the decision and the hold
    // say about their application there.
    auto query = m_db.exec(
        QStringLiteral("SELECT o.title, a.on_hold, EXISTS (SELECT 1 FROM decision_outcomes d "
                       "WHERE d.application_id = a.id AND d.role = ?) FROM applications a "
                       "JOIN openings o ON o.id = a.opening_id WHERE a.candidate_id = ? "
                       "ORDER BY o.id"),
        {toKey(DecisionRole::Chosen), sql::rowId(candidateId)});
    if (!query)
        return query.error();
    while (query->next()) {
        const QString title = query->value(0).toString();
        plan.openings.append(title);
        if (!plan.refusal.isEmpty())
            continue;
        if (query->value(2).toBool()) {
            plan.refusal = tr("Candidate #%1 cannot be erased while they are the chosen candidate "
                              "for “%2”: the decision rests on their record. Amend the decision "
                              "(or record that the offer was declined) first.")
                               .arg(candidateId)
                               .arg(title);
        } else if (query->value(1).toBool()) {
            plan.refusal = tr("Candidate #%1 cannot be erased while they are a runner-up on hold "
                              "for “%2”: they may still be offered the position. End the hold "
                              "(Decision › Offer Accepted…) first.")
                               .arg(candidateId)
                               .arg(title);
        }
    }
    return plan;
}

Result<ErasureResult> PersonEraser::erase(RowId candidateId, const QString& actor,
                                          const QDateTime& now) {
    ErasureResult result;
    {
        TransactionGuard tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        auto checked = plan(candidateId);
        if (!checked)
            return checked.error();
        if (!checked->allowed())
            return Error{checked->refusal};
        const PersonRecords& person = checked->person;
        const AuditRepository::RedactionKey key;
        if (Status redacted = NameRedaction::applyToDecisions(m_db, person, erasedName(), key);
            !redacted)
            return redacted.error();
        AuditRepository audit(m_db);
        for (const QUuid& uuid : person.recordUuids()) {
            if (Status removed = audit.removeAbout(uuid, key); !removed)
                return removed.error();
        }
        // Applications, interviews, scorecards, ratings, referees, messages,
        // drafts and decision outcomes go with the candidate (ON DELETE CASCADE).
        if (Status removed = CandidateRepository(m_db).remove(candidateId); !removed)
            return removed.error();
        result.deleted = person.counts();
        const QList<AuditEntry> note{AuditEntry::change(QStringLiteral("candidate"),
                                                        QStringLiteral("erased"), {},
                                                        result.deleted.toRecordText())};
        if (Status audited = audit.insertChanges(note, person.candidateUuid, actor, now); !audited)
            return audited.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
    }
    auto scrubbed = FileScrub::run(m_db);
    if (!scrubbed)
        return scrubbed.error();
    result.fileScrubbed = *scrubbed;
    return result;
}

} // namespace debrief
