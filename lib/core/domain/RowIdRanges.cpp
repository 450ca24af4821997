#include "RowIdRanges.h"

#include <algorithm>

namespace debrief {

void RowIdRanges::append(RowId id) {
    if (!m_ranges.isEmpty() && m_ranges.last().last + 1 == id)
        m_ranges.last().last = id;
    else
        m_ranges.append({id, id});
}

qint64 RowIdRanges::count() const {
    qint64 total = 0;
    for (const RowIdRange& range : m_ranges)
        total += range.count();
    return total;
}

bool RowIdRanges::contains(RowId id) const {
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(), [id](const RowIdRange& range) {
        return id >= range.first && id <= range.last;
    });
}

QList<RowId> RowIdRanges::ids() const {
    QList<RowId> all;
    all.reserve(count());
    for (const RowIdRange& range : m_ranges) {
        for (RowId id = range.first; id <= range.last; ++id)
            all.append(id);
    }
    return all;
}

} // namespace debrief
