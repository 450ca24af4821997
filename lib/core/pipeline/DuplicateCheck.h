#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace debrief {

class Database;

/// How a person being added relates to who is already there.
enum class DuplicateKind {
    /// Nobody with this e-mail address.
    None,
    /// Has already applied to this opening: a duplicate, not added again.
    AppliedToOpening,
    /// Stored from another opening only: the same person, added to this
    /// opening without a second record of them.
    KnownPerson,
    /// An earlier row of the same file has the address: a duplicate.
    RepeatedRow
};

struct DuplicateMatch {
    DuplicateKind kind = DuplicateKind::None;
    /// The stored candidate (AppliedToOpening, KnownPerson).
    RowId candidateId = kNoRow;
    /// The earlier row's line (RepeatedRow).
    int earlierLine = 0;

    /// True when the person must not be added (again).
    bool isDuplicate() const {
        return kind == DuplicateKind::AppliedToOpening || kind == DuplicateKind::RepeatedRow;
    }
};

/// The one rule for "is this person already here?", used by the CSV import
/// (window and debrief-cli) and by adding a candidate by hand. A person is
/// their e-mail address, compared without surrounding spaces and without
/// case; names and phone numbers are not compared (two people may share a
/// name; one person may change number). Reading what is stored can fail,
/// and then nothing is compared: a failed read is never "no duplicates".
class DEBRIEF_CORE_EXPORT DuplicateCheck {
public:
    /// Checks against nobody (an empty database).
    DuplicateCheck() = default;
    /// Reads every stored candidate's address and who applied to `openingId`.
    static Result<DuplicateCheck> forOpening(Database& db, RowId openingId);

    /// The form addresses are compared in: trimmed and case-folded.
    static QString emailKey(const QString& email);

    /// How `email` relates to the stored candidates.
    DuplicateMatch stored(const QString& email) const;
    /// As stored(), for one row of a batch (`line` names it): a later row
    /// with the same address is a RepeatedRow of the first one added.
    DuplicateMatch admit(const QString& email, int line);

private:
    /// Every stored address, with the first candidate who has it.
    QHash<QString, RowId> m_byEmail;
    /// The addresses that applied to the opening.
    QSet<QString> m_inOpening;
    /// The rows admitted so far, by address.
    QHash<QString, int> m_batch;
};

} // namespace debrief
