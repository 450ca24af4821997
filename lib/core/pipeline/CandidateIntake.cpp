#include "CandidateIntake.h"

#include "DuplicateCheck.h"
#include "csv/CandidateCsvImport.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

namespace debrief {
namespace {

QStringList describe(const QList<IntakeProblem>& problems) {
    QStringList lines;
    for (const IntakeProblem& problem : problems) {
        lines.append(CandidateIntake::tr("%1: %2").arg(CandidateIntake::fieldName(problem.field),
                                                       problem.message));
    }
    return lines;
}

} // namespace

QString CandidateIntake::fieldName(IntakeField field) {
    switch (field) {
    case IntakeField::FullName:
        return tr("Name");
    case IntakeField::Email:
        return tr("E-mail");
    case IntakeField::Phone:
        return tr("Phone");
    case IntakeField::Source:
        return tr("Source");
    case IntakeField::PromisedDate:
        return tr("Answer promised by");
    }
    return {};
}

QList<IntakeProblem> CandidateIntake::validate(const NewCandidate& input) {
    QList<IntakeProblem> problems;
    if (input.fullName.trimmed().isEmpty())
        problems.append({IntakeField::FullName, tr("Enter the candidate's name.")});
    const QString email = input.email.trimmed();
    if (email.isEmpty()) {
        problems.append({IntakeField::Email, tr("Enter an e-mail address: it is how the panel "
                                                "answers the candidate and spots duplicates.")});
    } else if (!CandidateCsvImport::isPlausibleEmail(email)) {
        // The same rule as the CSV import, so both ways in agree.
        problems.append(
            {IntakeField::Email, tr("\"%1\" is not a valid e-mail address.").arg(email)});
    }
    return problems;
}

Result<QList<IntakeProblem>> CandidateIntake::check(RowId openingId, const NewCandidate& input) {
    QList<IntakeProblem> problems = validate(input);
    if (!problems.isEmpty())
        return problems;
    auto known = DuplicateCheck::forOpening(m_db, openingId);
    if (!known)
        return known.error();
    return duplicates(*known, input.email);
}

Result<QList<IntakeProblem>> CandidateIntake::duplicates(const DuplicateCheck& known,
                                                         const QString& email) {
    const auto match = known.stored(email);
    if (!match)
        return match.error();
    if (match->kind != DuplicateKind::AppliedToOpening)
        return QList<IntakeProblem>{};
    auto candidate = CandidateRepository(m_db).get(match->candidateId);
    if (!candidate)
        return candidate.error();
    return QList<IntakeProblem>{
        {IntakeField::Email, tr("%1 (%2) has already applied to this opening.")
                                 .arg(candidate->fullName, candidate->email)}};
}

Result<IntakeRecord> CandidateIntake::add(RowId openingId, const NewCandidate& input,
                                          const QDate& today) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto known = DuplicateCheck::forOpening(m_db, openingId);
    if (!known)
        return known.error();
    QList<IntakeProblem> problems = validate(input);
    if (problems.isEmpty()) {
        auto found = duplicates(*known, input.email);
        if (!found)
            return found.error();
        problems = *found;
    }
    if (!problems.isEmpty())
        return Error{describe(problems).join(QLatin1Char('\n'))};

    IntakeRecord record;
    const auto match = known->stored(input.email);
    if (!match)
        return match.error();
    if (match->candidateId != kNoRow) {
        // The person is already on file from another opening: one record
        // per person keeps their history together.
        auto candidate = CandidateRepository(m_db).get(match->candidateId);
        if (!candidate)
            return candidate.error();
        record.candidate = *candidate;
        record.candidateIsNew = false;
    } else {
        record.candidate.fullName = input.fullName.trimmed();
        record.candidate.email = input.email.trimmed();
        record.candidate.phone = input.phone.trimmed();
        record.candidate.source = input.source.trimmed();
        if (auto stored = CandidateRepository(m_db).insert(record.candidate); !stored)
            return stored.error();
    }
    record.application.candidateId = record.candidate.id;
    record.application.openingId = openingId;
    record.application.stage = PipelineStage::Applied;
    record.application.furthestStage = PipelineStage::Applied;
    record.application.appliedOn = today;
    record.application.promisedResponseDate = input.promisedResponseDate;
    if (auto stored = ApplicationRepository(m_db).insert(record.application); !stored)
        return stored.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return record;
}

Status CandidateIntake::takeBack(const IntakeRecord& record) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    ApplicationRepository applications(m_db);
    auto application = applications.findByUuid(record.application.uuid);
    if (!application)
        return application.error();
    if (!application->has_value())
        return tx.commit(); // already gone
    const RowId candidateId = (*application)->candidateId;
    if (auto removed = applications.remove((*application)->id); !removed)
        return removed;
    auto others = applications.forCandidate(candidateId);
    if (!others)
        return others.error();
    if (record.candidateIsNew && others->isEmpty()) {
        if (auto removed = CandidateRepository(m_db).remove(candidateId); !removed)
            return removed;
    }
    return tx.commit();
}

Result<IntakeRecord> CandidateIntake::restore(IntakeRecord record) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    CandidateRepository candidates(m_db);
    auto candidate = candidates.findByUuid(record.candidate.uuid);
    if (!candidate)
        return candidate.error();
    if (candidate->has_value()) {
        record.candidate = **candidate;
    } else {
        record.candidate.id = kNoRow;
        if (auto stored = candidates.insert(record.candidate); !stored)
            return stored.error();
    }
    record.application.id = kNoRow;
    record.application.candidateId = record.candidate.id;
    if (auto stored = ApplicationRepository(m_db).insert(record.application); !stored)
        return stored.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return record;
}

} // namespace debrief
