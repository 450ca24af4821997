#pragma once

#include "RowId.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace debrief {

/// One thing the panel agreed in advance to judge, with what each level of
/// its rating scale looks like in behaviour (the anchors), so that a 3 means
/// the same to every panelist.
struct Criterion {
    RowId id = kNoRow;
    QUuid uuid;
    QString name;
    QString description;
    double weight = 1.0;
    int scaleSize = 4;
    /// anchors[i] describes level i + 1; always scaleSize entries.
    QStringList anchors;

    friend bool operator==(const Criterion&, const Criterion&) = default;
};

} // namespace debrief
