#pragma once

#include <QtGlobal>

namespace debrief {

/// A record's local row number in one database file. Only meaningful inside
/// that file; records are matched across files by their UUID instead.
using RowId = qint64;

/// The row id of a record that has not been stored yet.
inline constexpr RowId kNoRow = 0;

} // namespace debrief
