#pragma once

#include "correspondence/EmailMessage.h"
#include "debrief_core_export.h"
#include "domain/RejectionDraft.h"

#include <QDateTime>
#include <QString>

namespace debrief {

struct DraftContext;

/// The e-mail a rejection draft becomes, the same whether the CLI writes
/// it to a file or the drafts view copies, mails or saves it.
class DEBRIEF_CORE_EXPORT DraftEmail {
public:
    /// From the context's sender to the candidate, dated `now`: the draft's
    /// subject, its body as plain text plus the HTML derived from it.
    static EmailMessage message(const DraftContext& context, const RejectionDraft& draft,
                                const QDateTime& now);
    /// "12-lukasz-nowak.eml": the application id and an ASCII form of the
    /// name (SafeFileName: short enough for any file system), the same for
    /// one file and for a batch.
    static QString fileName(RowId applicationId, const QString& fullName);
};

} // namespace debrief
