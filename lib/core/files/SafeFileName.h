#pragma once

#include "debrief_core_export.h"

#include <QString>
#include <QStringList>

namespace debrief {

/// File names made from data (a candidate's name, an opening's title):
/// ASCII letters, digits and dashes only, so no path separator, control
/// character or character some file system refuses can get in, and never
/// longer than kMaxBytes bytes with the extension, well under the 255-byte
/// limit of ext4, APFS and NTFS (a 300-character name once made `drafts`
/// fail with "File name too long"). Unique names come from an id the
/// caller puts first, never from the shortened text.
class DEBRIEF_CORE_EXPORT SafeFileName {
public:
    /// Room for a copy suffix a file manager may add, within 255 bytes.
    static constexpr int kMaxBytes = 120;

    /// "Łukasz Nowak" → "lukasz-nowak": accents dropped, letters of other
    /// scripts left out, runs of spaces and dashes one dash; empty when
    /// nothing is left.
    static QString slug(const QString& text);
    /// The parts' slugs joined with dashes (empty ones left out), cut at a
    /// dash or a character to fit, plus `extension` (".eml"). Put what
    /// makes the name unique (an id) first: the end is what gets cut.
    static QString make(const QStringList& parts, const QString& extension,
                        int maxBytes = kMaxBytes);
};

} // namespace debrief
