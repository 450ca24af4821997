#include "DraftEmail.h"

#include "DraftContext.h"
#include "DraftText.h"

#include <QHash>

namespace debrief {
namespace {

/// An ASCII file name part from a person's name ("Łukasz Nowak" → "lukasz-nowak").
QString slug(const QString& name) {
    static const QHash<QChar, QString> special = {
        {QChar(0x0142), QStringLiteral("l")},  {QChar(0x0141), QStringLiteral("l")},
        {QChar(0x00F8), QStringLiteral("o")},  {QChar(0x00D8), QStringLiteral("o")},
        {QChar(0x00DF), QStringLiteral("ss")}, {QChar(0x0111), QStringLiteral("d")},
        {QChar(0x00E6), QStringLiteral("ae")}, {QChar(0x0153), QStringLiteral("oe")}};
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        const QString mapped = special.value(c, QString(c));
        for (const QChar m : mapped) {
            if (m.isLetterOrNumber() && m.unicode() < 128)
                out += m.toLower();
            else if ((m.isSpace() || m == QLatin1Char('-')) && !out.endsWith(QLatin1Char('-')))
                out += QLatin1Char('-');
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("candidate") : out;
}

} // namespace

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
    return QStringLiteral("%1-%2.eml").arg(applicationId).arg(slug(fullName));
}

} // namespace debrief
