#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

/// The kinds of problem the tone check reports. Rule files and the lint
/// JSON store the stable text keys; people see the translated names.
class DEBRIEF_CORE_EXPORT ToneCategory {
    Q_DECLARE_TR_FUNCTIONS(ToneCategory)

public:
    /// Form-letter phrasing ("we regret to inform you").
    static QString cold() { return QStringLiteral("cold"); }
    /// A reason that says nothing ("not the right fit").
    static QString vague() { return QStringLiteral("vague"); }
    /// Future contact the panel has not promised (talent pool not set).
    static QString promise() { return QStringLiteral("promise"); }
    /// Protected characteristics and their proxies (age, family, origin…).
    static QString protectedTrait() { return QStringLiteral("protected"); }
    /// Another candidate's identity or private circumstances.
    static QString disclosure() { return QStringLiteral("disclosure"); }
    /// Blaming or belittling the candidate.
    static QString blame() { return QStringLiteral("blame"); }
    /// No personal greeting on the first line.
    static QString greeting() { return QStringLiteral("greeting"); }

    /// Every key, in the order a findings list groups them.
    static QStringList keys();
    static bool isKnown(const QString& key);
    /// The translated name for a findings list; the key itself when unknown.
    static QString displayName(const QString& key);
};

} // namespace debrief
