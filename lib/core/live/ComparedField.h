#pragma once

#include <QList>
#include <QString>

namespace debrief {

/// One field of a record as this user edited it and as someone else saved
/// it meanwhile, in words: what an edit conflict shows row by row, so the
/// user can choose which version to keep. Each record type's comparison
/// (ScorecardComparison, …) lives next to its workflow in lib/core; the
/// window only lays the rows out (EditConflictDialog).
struct ComparedField {
    QString field;
    QString mine;
    QString theirs;

    bool differs() const { return mine != theirs; }
};

using ComparedFields = QList<ComparedField>;

} // namespace debrief
