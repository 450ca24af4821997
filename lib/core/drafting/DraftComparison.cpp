#include "DraftComparison.h"

#include "domain/Enums.h"

#include <QLocale>

namespace debrief {
namespace {

QString languageText(const QString& code) {
    const QLocale::Language language = QLocale(code).language();
    if (code.isEmpty() || language == QLocale::C)
        return code;
    return DraftComparison::tr("%1 (%2)").arg(QLocale::languageToString(language), code);
}

} // namespace

QString DraftComparison::statusText(const RejectionDraft& draft) {
    if (!draft.isSent())
        return toLabel(draft.status);
    const auto channel = fromKey<CommunicationChannel>(draft.sentChannel);
    return tr("Sent on %1 by %2")
        .arg(QLocale().toString(draft.sentAt.toLocalTime(), QLocale::ShortFormat),
             channel ? toLabel(*channel) : draft.sentChannel);
}

ComparedFields DraftComparison::fields(const RejectionDraft& mine, const RejectionDraft& theirs) {
    // The message whole, as plain text: what the candidate would read.
    return {{tr("Language"), languageText(mine.language), languageText(theirs.language)},
            {tr("Subject"), mine.subject, theirs.subject},
            {tr("Message"), mine.body, theirs.body},
            {tr("Status"), statusText(mine), statusText(theirs)}};
}

} // namespace debrief
