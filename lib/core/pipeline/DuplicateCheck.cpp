#include "DuplicateCheck.h"

#include "storage/CandidateImportStore.h"

#include <algorithm>

namespace debrief {
namespace {

bool isAscii(const QString& text) {
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

quint64 hashOf(const QString& key) {
    // Two seeds make 64 bits where size_t is 32.
    return (quint64(qHash(key, 0x9e3779b9U)) << 32) ^ quint64(qHash(key, 0x85ebca6bU));
}

} // namespace

Result<DuplicateCheck> DuplicateCheck::forOpening(Database& db, RowId openingId) {
    auto shared = CandidateImportStore(db).sharedAddressesIn(openingId);
    if (!shared)
        return shared.error();
    DuplicateCheck check;
    check.m_db = &db;
    check.m_openingId = openingId;
    for (const QString& email : *shared)
        check.m_sharedInOpening.insert(emailKey(email));
    return check;
}

QString DuplicateCheck::emailKey(const QString& email) {
    return email.trimmed().toCaseFolded();
}

Result<DuplicateCheck::Holder> DuplicateCheck::holderOf(const QString& email,
                                                        const QString& key) const {
    Holder holder;
    if (!m_db)
        return holder;
    CandidateImportStore store(*m_db);
    const QString trimmed = email.trimmed();
    if (const auto known = m_prefetched.constFind(trimmed); known != m_prefetched.constEnd()) {
        holder = known->value_or(Holder{});
    } else {
        auto found = store.holderOf(m_openingId, trimmed);
        if (!found)
            return found.error();
        if (*found)
            holder = {(*found)->candidateId, (*found)->inOpening};
    }
    if (!isAscii(key)) {
        if (!m_nonAscii) {
            auto all = store.nonAsciiAddresses(m_openingId);
            if (!all)
                return all.error();
            QHash<QString, Holder> byKey;
            for (const StoredCandidateEmail& entry : *all) {
                Holder& first = byKey[emailKey(entry.email)];
                if (first.candidateId == kNoRow)
                    first.candidateId = entry.candidateId;
                first.inOpening = first.inOpening || entry.inOpening;
            }
            m_nonAscii = std::move(byKey);
        }
        if (const auto other = m_nonAscii->constFind(key); other != m_nonAscii->constEnd()) {
            // Letters SQL's lower() leaves alone ("Ö"): the first holder by id.
            if (holder.candidateId == kNoRow || other->candidateId < holder.candidateId)
                holder.candidateId = other->candidateId;
            holder.inOpening = holder.inOpening || other->inOpening;
        }
    }
    holder.inOpening = holder.inOpening || m_sharedInOpening.contains(key);
    return holder;
}

Status DuplicateCheck::prefetch(const QList<QString>& emails) {
    m_prefetched.clear();
    if (!m_db)
        return {};
    QList<QString> trimmed;
    trimmed.reserve(emails.size());
    for (const QString& email : emails) {
        if (!email.trimmed().isEmpty())
            trimmed.append(email.trimmed());
    }
    auto found = CandidateImportStore(*m_db).holdersOf(m_openingId, trimmed);
    if (!found)
        return found.error();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const auto& holder = found->at(i);
        m_prefetched.insert(trimmed.at(i), holder ? std::optional<Holder>(Holder{
                                                        holder->candidateId, holder->inOpening})
                                                  : std::optional<Holder>());
    }
    return {};
}

Result<DuplicateMatch> DuplicateCheck::stored(const QString& email) const {
    const QString key = emailKey(email);
    if (key.isEmpty())
        return DuplicateMatch{};
    auto holder = holderOf(email, key);
    if (!holder)
        return holder.error();
    if (holder->inOpening)
        return DuplicateMatch{DuplicateKind::AppliedToOpening, holder->candidateId};
    if (holder->candidateId != kNoRow)
        return DuplicateMatch{DuplicateKind::KnownPerson, holder->candidateId};
    return DuplicateMatch{};
}

Result<DuplicateMatch> DuplicateCheck::admit(const QString& email, int line) {
    auto match = stored(email);
    if (!match)
        return match;
    const QString key = emailKey(email);
    if (key.isEmpty())
        return match;
    const quint64 hash = hashOf(key);
    if (const auto earlier = m_batch.constFind(hash); earlier != m_batch.constEnd()) {
        // Without rows stored, an earlier row that applied already was
        // never listed here, so a hit is a row of this file (up to the
        // hash), even when rows written before the import stopped writing
        // now make the address one that applied.
        if (!m_rowsStored)
            return DuplicateMatch{DuplicateKind::RepeatedRow, kNoRow, earlier.value()};
        if (const auto unwritten = m_unwritten.constFind(key); unwritten != m_unwritten.constEnd())
            return DuplicateMatch{DuplicateKind::RepeatedRow, kNoRow, unwritten.value()};
        // A written row is in the database: the earlier row made this
        // address one that applied to the opening.
        if (match->kind == DuplicateKind::AppliedToOpening)
            return DuplicateMatch{DuplicateKind::RepeatedRow, kNoRow, earlier.value()};
        return match;
    }
    if (match->kind != DuplicateKind::AppliedToOpening) {
        m_batch.insert(hash, line);
        if (m_rowsStored)
            m_unwritten.insert(key, line);
    }
    return match;
}

} // namespace debrief
