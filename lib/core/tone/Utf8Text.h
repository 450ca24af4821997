#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace debrief {

/// Strict UTF-8 decoding of a text file, so that a file in another encoding
/// is refused with the place of its first bad byte instead of being read
/// with replacement characters (which the tone check would then flag or miss).
class DEBRIEF_CORE_EXPORT Utf8Text {
    Q_DECLARE_TR_FUNCTIONS(Utf8Text)

public:
    /// The byte offset of the first byte that is not valid UTF-8 (overlong
    /// forms, surrogates and code points past U+10FFFF included); -1 when
    /// all of it is valid.
    static qsizetype firstInvalidByte(const QByteArray& bytes);
    /// The text without a leading byte-order mark, or an error naming
    /// `sourceName` and the byte offset.
    static Result<QString> decode(const QByteArray& bytes, const QString& sourceName);
};

} // namespace debrief
