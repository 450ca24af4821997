#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace debrief {

/// The characters no text a person typed contains: NUL and the other
/// control characters (U+0000–U+001F but tab, line feed and carriage
/// return; U+007F; U+0080–U+009F). They come from files saved in another
/// encoding or put together by a program, and they would reach the
/// terminal, the e-mail headers and the database as they are, so the
/// candidate import refuses a value that holds one (docs/CSV.md).
class DEBRIEF_CORE_EXPORT ControlCharacters {
    Q_DECLARE_TR_FUNCTIONS(ControlCharacters)

public:
    static bool isRefused(QChar c);
    /// Index of the first refused character of `text`; -1 when there is none.
    static qsizetype find(QStringView text);
    /// "U+0000 (NUL)": a refused character as a message names it.
    static QString name(QChar c);
};

} // namespace debrief
