#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "storage/AuditRepository.h"

#include <QString>
#include <QStringList>

namespace debrief {

class Database;
struct PersonRecords;

/// Takes a person's name out of text that belongs to someone else's record:
/// the decision rationale of an opening they applied to ("Łukasz was
/// stronger on technical judgement…") and the audit entries about that
/// decision. Best effort by design: it finds the full and the preferred
/// name as whole words, as written; a nickname or a misspelling stays.
class DEBRIEF_CORE_EXPORT NameRedaction {
public:
    /// `text` with every whole-word occurrence of `names` (longest first,
    /// case as written) replaced by `replacement`.
    static QString replaced(const QString& text, const QStringList& names,
                            const QString& replacement);
    /// The names replaced(): the full and the preferred name, when set.
    static QStringList namesOf(const PersonRecords& person);

    /// Rewrites the rationale of every decision of the openings `person`
    /// applied to, and the audit entries about those decisions. Call it
    /// inside the caller's transaction.
    static Status applyToDecisions(Database& db, const PersonRecords& person,
                                   const QString& replacement, AuditRepository::RedactionKey key);
};

} // namespace debrief
