#pragma once

#include "RowId.h"
#include "debrief_core_export.h"

#include <QList>

namespace debrief {

/// Consecutive row ids first..last.
struct RowIdRange {
    RowId first = kNoRow;
    RowId last = kNoRow;

    qint64 count() const { return last - first + 1; }
    friend bool operator==(const RowIdRange&, const RowIdRange&) = default;
};

/// A set of row ids kept as ranges: what one import creates in one table is
/// consecutive (one writer, one transaction), so a million rows are
/// remembered as a few numbers. Adding the next id extends the last range.
class DEBRIEF_CORE_EXPORT RowIdRanges {
public:
    void append(RowId id);
    qint64 count() const;
    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool contains(RowId id) const;
    const QList<RowIdRange>& ranges() const { return m_ranges; }
    /// Every id, in the order added.
    QList<RowId> ids() const;

private:
    QList<RowIdRange> m_ranges;
};

} // namespace debrief
