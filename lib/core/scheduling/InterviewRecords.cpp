#include "InterviewRecords.h"

#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"

namespace debrief {

Result<Interview> InterviewRecords::interview(RowId interviewId) {
    return InterviewRepository(m_db).get(interviewId);
}

Result<std::optional<Interview>> InterviewRecords::interviewByUuid(const QUuid& uuid) {
    return InterviewRepository(m_db).findByUuid(uuid);
}

Result<QList<Interview>> InterviewRecords::interviewsOf(RowId applicationId) {
    return InterviewRepository(m_db).forApplication(applicationId);
}

Result<QList<InterviewRound>> InterviewRecords::roundsOf(RowId openingId) {
    return InterviewRoundRepository(m_db).forOpening(openingId);
}

Result<InterviewRound> InterviewRecords::round(RowId roundId) {
    return InterviewRoundRepository(m_db).get(roundId);
}

Result<std::optional<InterviewRound>> InterviewRecords::roundByUuid(const QUuid& uuid) {
    return InterviewRoundRepository(m_db).findByUuid(uuid);
}

} // namespace debrief
