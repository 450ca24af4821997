#pragma once

#include "debrief_core_export.h"

#include <QUuid>

namespace debrief {

/// The uuid a new record is stored under: a version 7 uuid (RFC 9562), the
/// milliseconds since 1970 in its first 48 bits, then a counter, then 62
/// random bits. Uuids made one after another sort in the order they were
/// made (as text and as bytes), so the unique index on a table's uuid grows
/// at its end, as its id does, instead of at a random place per row: a
/// large import then touches a few pages of that index, not one per row.
/// The time in it is the record's creation time, which the record keeps
/// anyway.
class DEBRIEF_CORE_EXPORT RecordUuid {
public:
    /// A new uuid, greater than every one made before in this process,
    /// from any thread.
    static QUuid create();
    /// The uuid of `msecsSinceEpoch` with `counter` (12 bits) and the
    /// random bits `random` (the low 62 are used); create() draws these.
    static QUuid fromParts(qint64 msecsSinceEpoch, quint16 counter, quint64 random);
};

} // namespace debrief
