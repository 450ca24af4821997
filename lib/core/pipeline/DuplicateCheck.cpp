#include "DuplicateCheck.h"

#include "storage/CandidateImportStore.h"

namespace debrief {

Result<DuplicateCheck> DuplicateCheck::forOpening(Database& db, RowId openingId) {
    auto emails = CandidateImportStore(db).emails(openingId);
    if (!emails)
        return emails.error();
    DuplicateCheck check;
    for (const StoredCandidateEmail& entry : *emails) {
        const QString key = emailKey(entry.email);
        if (!check.m_byEmail.contains(key))
            check.m_byEmail.insert(key, entry.candidateId);
        if (entry.inOpening)
            check.m_inOpening.insert(key);
    }
    return check;
}

QString DuplicateCheck::emailKey(const QString& email) {
    return email.trimmed().toCaseFolded();
}

DuplicateMatch DuplicateCheck::stored(const QString& email) const {
    const QString key = emailKey(email);
    if (key.isEmpty())
        return {};
    if (m_inOpening.contains(key))
        return {DuplicateKind::AppliedToOpening, m_byEmail.value(key, kNoRow)};
    if (const RowId id = m_byEmail.value(key, kNoRow); id != kNoRow)
        return {DuplicateKind::KnownPerson, id};
    return {};
}

DuplicateMatch DuplicateCheck::admit(const QString& email, int line) {
    const DuplicateMatch match = stored(email);
    if (match.kind == DuplicateKind::AppliedToOpening)
        return match;
    const QString key = emailKey(email);
    if (key.isEmpty())
        return match;
    if (const auto earlier = m_batch.constFind(key); earlier != m_batch.constEnd())
        return {DuplicateKind::RepeatedRow, kNoRow, earlier.value()};
    m_batch.insert(key, line);
    return match;
}

} // namespace debrief
