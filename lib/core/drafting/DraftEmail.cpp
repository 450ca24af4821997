#include "DraftEmail.h"

#include "DraftContext.h"
#include "DraftText.h"
#include "files/SafeFileName.h"

namespace debrief {

EmailMessage DraftEmail::message(const DraftContext& context, const RejectionDraft& draft,
                                 const QDateTime& now) {
    EmailMessage m;
    m.fromName = context.sender.name;
    m.fromAddress = context.sender.email;
    m.toName = context.candidate.fullName;
    m.toAddress = context.candidate.email;
    m.subject = draft.subject;
    m.plainBody = draft.body;
    m.htmlBody = DraftText::toHtmlDocument(draft.body, draft.language);
    m.date = now;
    return m;
}

QString DraftEmail::fileName(RowId applicationId, const QString& fullName) {
    const QString name = SafeFileName::slug(fullName);
    return SafeFileName::make(
        {QString::number(applicationId), name.isEmpty() ? QStringLiteral("candidate") : name},
        QStringLiteral(".eml"));
}

} // namespace debrief
