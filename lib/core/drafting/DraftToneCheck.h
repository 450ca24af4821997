#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "tone/ToneContext.h"
#include "tone/ToneFinding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

struct DraftContext;

/// The tone check of a draft as it is about to leave Debrief: the findings
/// still open in its text, which the sender is asked about ("Send anyway?")
/// and which are logged with the message when it goes out anyway. The
/// editor's live marks and every output use the same context.
class DEBRIEF_CORE_EXPORT DraftToneCheck {
public:
    /// What the tone check knows about the recipient of `context`'s letter.
    static ToneContext contextFor(const DraftContext& context);
    /// The findings in `body`, checked by the rules of the draft's language.
    static Result<QList<ToneFinding>> check(const DraftContext& context, const QString& body);
    /// One translated category name per finding, in the findings' order
    /// ("Vague reason", "Vague reason", "Cold or form-letter"), as the
    /// communication log notes them (CommunicationLog::findingsNote).
    static QStringList categoryNames(const QList<ToneFinding>& findings);
};

} // namespace debrief
