#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

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
/// name; one person may change number). Each address is looked up in the
/// database's unique e-mail key (an index, migration 6), so a check costs
/// the same against ten candidates or a million; the few addresses outside
/// that key (held twice since an older version, or with letters whose case
/// SQL does not fold) are read once. Reading can fail, and then nothing is
/// compared: a failed read is never "no duplicates".
class DEBRIEF_CORE_EXPORT DuplicateCheck {
public:
    /// Checks against nobody (an empty database).
    DuplicateCheck() = default;
    /// Checks against the candidates of `db` and who applied to
    /// `openingId`; `db` must stay open while the check is used.
    static Result<DuplicateCheck> forOpening(Database& db, RowId openingId);

    /// The form addresses are compared in: trimmed and case-folded.
    static QString emailKey(const QString& email);

    /// Looks up these addresses in the database in one statement, so that
    /// the stored() and admit() calls for them that follow, until the next
    /// prefetch(), ask nothing more (a batch of an import's rows). Nothing
    /// may be stored meanwhile but the rows admit() is given.
    Status prefetch(const QList<QString>& emails);
    /// How `email` relates to the stored candidates.
    Result<DuplicateMatch> stored(const QString& email) const;
    /// As stored(), for one row of a batch (`line` names it): a later row
    /// with the same address is a RepeatedRow of the first one added. The
    /// batch keeps a 64-bit hash of each address, not the address; see
    /// setRowsStored().
    Result<DuplicateMatch> admit(const QString& email, int line);
    /// The rows admitted are written (an import writing), as they are
    /// admitted or in batches that rowsWritten() ends. A repeat the hash
    /// suggests is then confirmed by the full address for a row not written
    /// yet, and by the database, which holds the earlier row, for one
    /// written before, so two addresses whose hashes collide are never
    /// taken for one. Without it (a preview) a repeat rests on the hash
    /// alone (a chance of about 3 in 100 million for a file of a million
    /// different addresses).
    void setRowsStored(bool stored) { m_rowsStored = stored; }
    /// Every row admitted so far is now in the database: a batch was
    /// written. Only their hashes are kept from here on.
    void rowsWritten() { m_unwritten.clear(); }

private:
    struct Holder {
        RowId candidateId = kNoRow;
        bool inOpening = false;
    };
    Result<Holder> holderOf(const QString& email, const QString& key) const;

    Database* m_db = nullptr;
    RowId m_openingId = kNoRow;
    /// Addresses outside the unique key that applied to the opening.
    QSet<QString> m_sharedInOpening;
    /// Stored addresses with letters outside ASCII, by key; read the first
    /// time such an address is checked.
    mutable std::optional<QHash<QString, Holder>> m_nonAscii;
    /// The rows admitted so far: a hash of the address, and the line.
    QHash<quint64, int> m_batch;
    /// The addresses (keys) of rows admitted since the last rowsWritten(),
    /// and their lines: at most one batch of them.
    QHash<QString, int> m_unwritten;
    /// What prefetch() found, by trimmed address.
    QHash<QString, std::optional<Holder>> m_prefetched;
    bool m_rowsStored = false;
};

} // namespace debrief
