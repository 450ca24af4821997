#pragma once

#include "Result.h"
#include "VersionedSave.h"
#include "debrief_core_export.h"
#include "domain/RejectionDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// Stores rejection drafts, sent ones included (they are the record of
/// what a candidate was told).
class DEBRIEF_CORE_EXPORT RejectionDraftRepository {
    Q_DECLARE_TR_FUNCTIONS(RejectionDraftRepository)

public:
    explicit RejectionDraftRepository(Database& db)
        : m_db(db) {}

    /// Stores a new draft; fills in id, uuid when null, and the timestamps
    /// when invalid.
    Status insert(RejectionDraft& value);
    /// Replaces the stored draft, only when
    /// it is still at `value.rowVersion` (then moved on to the new version);
    /// otherwise nothing is written and the refusal carries the stored row.
    VersionedSave<RejectionDraft> update(RejectionDraft& value);
    /// The words of a refused save of draft `id` that was saved elsewhere
    /// after it was read (what update() says when stale).
    Error changedMeanwhile(RowId id) const;
    Status remove(RowId id);
    Result<RejectionDraft> get(RowId id);
    /// std::nullopt when no draft has this uuid.
    Result<std::optional<RejectionDraft>> findByUuid(const QUuid& uuid);
    /// The application's drafts, oldest first.
    Result<QList<RejectionDraft>> forApplication(RowId applicationId);
    /// The application's newest draft; std::nullopt when it has none.
    Result<std::optional<RejectionDraft>> latestForApplication(RowId applicationId);
    /// The newest draft of every application of the opening that has one,
    /// in application order.
    Result<QList<RejectionDraft>> latestForOpening(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
