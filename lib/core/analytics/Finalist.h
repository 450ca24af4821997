#pragma once

#include "domain/RowId.h"

#include <QString>

namespace debrief {

/// One candidate being compared: the application that reached the final
/// rounds and the name the comparison shows for it.
struct Finalist {
    RowId applicationId = kNoRow;
    RowId candidateId = kNoRow;
    QString name;

    friend bool operator==(const Finalist&, const Finalist&) = default;
};

} // namespace debrief
