#pragma once

#include "RowId.h"

#include <QString>
#include <QUuid>

namespace debrief {

/// Someone who interviews and scores candidates. On a shared server the
/// login role identifies them; on one machine they pick themselves at start.
struct Panelist {
    RowId id = kNoRow;
    QUuid uuid;
    QString name;
    QString email;
    /// Job title or role on the panel ("Engineering manager", "HR").
    QString role;
    /// Database login role on a shared server (empty on one machine).
    QString loginRole;

    friend bool operator==(const Panelist&, const Panelist&) = default;
};

} // namespace debrief
