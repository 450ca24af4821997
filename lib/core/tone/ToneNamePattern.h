#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

/// Regular-expression pieces that match people's names as written in a
/// draft: every word escaped, any run of spaces between words, and both
/// composed and decomposed accents ("Zoë" typed either way).
class ToneNamePattern {
public:
    /// One name; empty for a blank name.
    static QString of(const QString& name);
    /// An alternation of the given names, longest first so that a full name
    /// wins over its first word; "(?!)" (never matches) when all are blank.
    static QString anyOf(const QStringList& names);
    /// The words of a name ("Anne-Marie  Dubois" -> "Anne-Marie", "Dubois").
    static QStringList words(const QString& name);
};

} // namespace debrief
