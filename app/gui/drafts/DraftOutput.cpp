#include "DraftOutput.h"

#include "drafting/DraftEmail.h"

#include "correspondence/EmlWriter.h"
#include "drafting/DraftLanguage.h"
#include "drafting/DraftText.h"
#include "drafting/DraftWorkflow.h"

#include <QLocale>
#include <QMimeData>

namespace debrief {

QMimeData* DraftOutput::mimeData(const RejectionDraft& draft) {
    auto* data = new QMimeData;
    data->setText(draft.body);
    data->setHtml(DraftText::toHtmlDocument(draft.body, draft.language));
    return data;
}

QString DraftOutput::defaultLanguage(const QString& uiLanguage) {
    QString language = DraftLanguage::baseLanguage(uiLanguage);
    if (language.isEmpty())
        language = DraftLanguage::baseLanguage(QLocale().name());
    return DraftLanguage::available().contains(language) ? language : QStringLiteral("en");
}

QString DraftOutput::fileName(RowId applicationId, const QString& fullName) {
    return DraftEmail::fileName(applicationId, fullName);
}

Status DraftOutput::log(Database& db, const RejectionDraft& draft, OutputKind kind,
                        const QString& actor, const QDateTime& now,
                        const QStringList& openFindings) {
    auto logged = CommunicationLog(db).recordOutput(draft.applicationId, kind, draft.subject, actor,
                                                    now, openFindings);
    if (!logged)
        return logged.error();
    return {};
}

Status DraftOutput::saveEml(Database& db, const RejectionDraft& draft, const EmailMessage& message,
                            const QString& path, const QString& actor, const QDateTime& now,
                            const QStringList& openFindings) {
    if (const QStringList problems = EmlWriter::problems(message); !problems.isEmpty())
        return Error{tr("Cannot write %1: %2").arg(path, problems.join(QLatin1Char(' ')))};
    return DraftWorkflow(db).saveEml(draft, message, path, actor, now, openFindings);
}

} // namespace debrief
