#include "ScreenshotRenderer.h"

#include "files/OutputPaths.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QWidget>

namespace debrief {

Status ScreenshotRenderer::render(QWidget& widget, const QSize& size, const QString& outPath) {
    const QFileInfo out(outPath);
    if (!out.absoluteDir().exists())
        return Error{tr("Cannot write %1: the folder does not exist.").arg(out.absoluteFilePath())};
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(size);
    widget.show();
    // Layouts, header sizes and delegates settle over a few event-loop turns.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QPixmap picture = widget.grab();
    // The picture shows candidates' data: owner-only like every file
    // Debrief writes, and never in place of the open database.
    if (Status allowed = OutputPaths::check(out.absoluteFilePath()); !allowed)
        return allowed;
    QSaveFile file(out.absoluteFilePath());
    if (picture.isNull() || !file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the screenshot to %1.").arg(out.absoluteFilePath())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!picture.save(&file, "PNG") || !file.commit())
        return Error{tr("Cannot write the screenshot to %1.").arg(out.absoluteFilePath())};
    return {};
}

Result<QSize> ScreenshotRenderer::parseSize(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return Error{
            tr("Invalid size '%1': expected WIDTHxHEIGHT, for example 1280x800.").arg(text)};
    }
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace debrief
