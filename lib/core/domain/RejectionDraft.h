#pragma once

#include "Enums.h"
#include "RowId.h"
#include "debrief_core_export.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace debrief {

/// Whether a rejection draft has gone out to the candidate.
enum class DraftStatus { Draft, Sent };

/// The message that tells one candidate they were not chosen, as rendered
/// from a template and then edited by the sender.
struct RejectionDraft {
    RowId id = kNoRow;
    QUuid uuid;
    RowId applicationId = kNoRow;
    QString language;
    /// The template version it was rendered from (kNoRow when written by hand).
    RowId templateId = kNoRow;
    QString subject;
    /// Plain text; the HTML form is derived from it (DraftText::toHtml).
    QString body;
    DraftStatus status = DraftStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt;
    /// The CommunicationChannel key it went out by (empty until sent).
    QString sentChannel;

    bool isSent() const { return status == DraftStatus::Sent; }

    /// The stored row's version when this was read (migration 10): a save
    /// passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    friend bool operator==(const RejectionDraft&, const RejectionDraft&) = default;
};

DEBRIEF_CORE_EXPORT QString toKey(DraftStatus value);
DEBRIEF_CORE_EXPORT QString toLabel(DraftStatus value);
template <> DEBRIEF_CORE_EXPORT std::optional<DraftStatus> fromKey<DraftStatus>(const QString& key);
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<DraftStatus>();

} // namespace debrief
