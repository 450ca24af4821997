#include "DefaultTemplates.h"

#include "DraftLanguage.h"
#include "TemplateRenderer.h"

#include <QFile>

namespace debrief {
namespace {

const QString kSubjectPrefix = QStringLiteral("Subject:");

} // namespace

QString DefaultTemplates::fileName(const QString& language, TemplateStage stage) {
    return DraftLanguage::baseLanguage(language) + QLatin1Char('/') + toKey(stage) +
           QStringLiteral(".txt");
}

Result<TemplateText> DefaultTemplates::load(const QString& language, TemplateStage stage,
                                            const QString& directory) {
    const QString base = directory.isEmpty() ? DraftLanguage::builtInDirectory() : directory;
    const QString name = fileName(language, stage);
    QFile file(base + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("Cannot read the template %1: %2").arg(name, file.errorString())};
    return parse(QString::fromUtf8(file.readAll()), name);
}

Result<TemplateText> DefaultTemplates::parse(const QString& contents, const QString& fileName) {
    QString text = contents;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = firstBreak < 0 ? text : text.left(firstBreak);
    if (!firstLine.startsWith(kSubjectPrefix))
        return Error{tr("%1, line 1: a template starts with “Subject: …”.").arg(fileName)};
    const QString rest = firstBreak < 0 ? QString() : text.mid(firstBreak + 1);
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('\n')))
        return Error{tr("%1, line 2: leave the line after the subject empty.").arg(fileName)};
    TemplateText parsed{firstLine.mid(kSubjectPrefix.size()).trimmed(), rest.mid(1)};
    if (parsed.subject.isEmpty())
        return Error{tr("%1, line 1: the subject is empty.").arg(fileName)};
    // Checked where it stands in the file, so a column points at the right place.
    const QString subjectInPlace =
        QString(kSubjectPrefix.size(), QLatin1Char(' ')) + firstLine.mid(kSubjectPrefix.size());
    if (auto subject = TemplateRenderer(subjectInPlace, 1, fileName).check(); !subject)
        return subject.error();
    if (auto body = TemplateRenderer(parsed.body, kBodyFirstLine, fileName).check(); !body)
        return body.error();
    return parsed;
}

Status DefaultTemplates::check(const TemplateText& text) {
    if (text.subject.trimmed().isEmpty())
        return Error{tr("Subject: the subject is empty.")};
    if (auto subject = TemplateRenderer(text.subject, 1, tr("Subject")).check(); !subject)
        return subject;
    return TemplateRenderer(text.body, 1, tr("Body")).check();
}

} // namespace debrief
