#include "CandidateRecords.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/ReferenceRepository.h"

namespace debrief {

Result<Application> CandidateRecords::application(RowId applicationId) {
    return ApplicationRepository(m_db).get(applicationId);
}

Result<std::optional<Application>> CandidateRecords::applicationByUuid(const QUuid& uuid) {
    return ApplicationRepository(m_db).findByUuid(uuid);
}

Result<QList<Application>> CandidateRecords::applicationsOf(RowId openingId) {
    return ApplicationRepository(m_db).forOpening(openingId);
}

Result<Candidate> CandidateRecords::candidate(RowId candidateId) {
    return CandidateRepository(m_db).get(candidateId);
}

Result<std::optional<Candidate>> CandidateRecords::candidateByUuid(const QUuid& uuid) {
    return CandidateRepository(m_db).findByUuid(uuid);
}

Result<Candidate> CandidateRecords::candidateOf(const Application& application) {
    return candidate(application.candidateId);
}

Result<QList<Reference>> CandidateRecords::referencesOf(RowId applicationId) {
    return ReferenceRepository(m_db).forApplication(applicationId);
}

Result<std::optional<Reference>> CandidateRecords::referenceByUuid(const QUuid& uuid) {
    return ReferenceRepository(m_db).findByUuid(uuid);
}

} // namespace debrief
