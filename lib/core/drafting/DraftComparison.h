#pragma once

#include "debrief_core_export.h"
#include "domain/RejectionDraft.h"
#include "live/ComparedField.h"

#include <QCoreApplication>

namespace debrief {

/// A rejection or offer draft as this sender edited it next to the version
/// saved elsewhere: language, subject, the whole message and whether it
/// was sent; the rows of a draft's edit conflict.
class DEBRIEF_CORE_EXPORT DraftComparison {
    Q_DECLARE_TR_FUNCTIONS(DraftComparison)

public:
    static ComparedFields fields(const RejectionDraft& mine, const RejectionDraft& theirs);
    /// The draft's status in words: "Draft", or when and how it was sent.
    static QString statusText(const RejectionDraft& draft);
};

} // namespace debrief
