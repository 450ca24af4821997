#include "CandidateSearchIndex.h"

#include "CandidateSearchKey.h"

#include <algorithm>

namespace debrief {

void CandidateSearchIndex::reset(const Source& source) {
    clear();
    m_source = source;
}

void CandidateSearchIndex::clear() {
    m_source.reset();
    m_ids.clear();
    m_stages.clear();
    m_keys.clear();
    m_keyEnds.clear();
}

void CandidateSearchIndex::reserve(qsizetype applications) {
    // Keys run to a few dozen characters: name and address.
    constexpr qsizetype kKeyLength = 48;
    m_ids.reserve(applications);
    m_stages.reserve(applications);
    m_keyEnds.reserve(applications);
    m_keys.reserve(applications * kKeyLength);
}

void CandidateSearchIndex::append(RowId applicationId, PipelineStage stage, QStringView searchKey) {
    m_ids.append(applicationId);
    m_stages.append(stage);
    m_keys.append(searchKey);
    m_keyEnds.append(m_keys.size());
}

CandidateSearchIndex::Matches CandidateSearchIndex::find(const PipelineFilter& filter, int offset,
                                                         int limit) const {
    const QString needle = CandidateSearchKey::needle(filter.search);
    const qsizetype first = std::max(offset, 0);
    const qsizetype last = first + std::max(limit, 0);
    Matches matches;
    qsizetype found = 0;
    qsizetype keyStart = 0;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const qsizetype keyEnd = m_keyEnds.at(i);
        const QStringView key = QStringView(m_keys).sliced(keyStart, keyEnd - keyStart);
        keyStart = keyEnd;
        if (filter.stage && m_stages.at(i) != *filter.stage)
            continue;
        if (!needle.isEmpty() && !CandidateSearchKey::matches(key, needle))
            continue;
        if (found >= first && found < last)
            matches.page.append(m_ids.at(i));
        ++found;
    }
    matches.total = static_cast<int>(found);
    return matches;
}

} // namespace debrief
