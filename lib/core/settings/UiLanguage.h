#pragma once

#include "debrief_core_export.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace debrief {

/// Picks the user interface language and installs Qt's and Debrief's
/// translations for it; shared by the desktop app and debrief-cli.
class DEBRIEF_CORE_EXPORT UiLanguage {
public:
    /// The languages Debrief ships.
    static QStringList supported();
    /// `requested` ("de", "fr", "en"; empty follows the system locale) mapped
    /// to a shipped language; English when the system's is not shipped.
    static QString resolve(const QString& requested);
    /// Installs qtbase_xx and :/i18n/debrief_xx.qm (either may be missing)
    /// and makes `language` the default locale for dates and numbers.
    static void install(QCoreApplication& app, const QString& language);
};

} // namespace debrief
