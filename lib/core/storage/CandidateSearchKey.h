#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QString>
#include <QStringView>

namespace debrief {

class Database;

/// What a candidate-list search matches: the candidate's name and e-mail
/// address case-folded (all of Unicode, not only ASCII) into one stored
/// column, `candidates.search_key`, and the search folded the same way, so
/// that "ZOË" finds "Zoë". The one rule for what the key holds and what
/// matches it; every writer of a candidate's name or e-mail stores `of()`
/// beside them.
class DEBRIEF_CORE_EXPORT CandidateSearchKey {
public:
    /// The key stored for a candidate: the folded name, a line break (which
    /// neither a name nor an address holds, so no search spans the two), and
    /// the folded e-mail address.
    static QString of(const QString& fullName, const QString& email);
    /// `text` as the key holds it: Unicode case folding (QString::toCaseFolded)
    /// of its composed (NFC) form. A search folds what was typed the same way.
    static QString fold(const QString& text);
    /// What a search for `typed` looks for: the text without the blanks
    /// around it, folded; empty when there is nothing to look for.
    static QString needle(const QString& typed);
    /// Whether a candidate whose key is `key` matches the search `needle`
    /// (from needle()): it is anywhere in the key, character for character.
    static bool matches(QStringView key, QStringView needle) { return key.contains(needle); }
    /// Computes the key of every stored candidate: the step of migration 8
    /// that SQL cannot do (SQLite's lower() folds ASCII only).
    static Status storeForAll(Database& db);
};

} // namespace debrief
