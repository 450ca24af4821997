#include "ReportWrittenOffer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace debrief {

void ReportWrittenOffer::show(QWidget* parent, const QString& path) {
    const QFileInfo file(path);
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("Export Report"),
        tr("The report was written to %1.").arg(QDir::toNativeSeparators(file.absoluteFilePath())),
        QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("reportWrittenOffer"));
    box->setTextFormat(Qt::PlainText); // a file name is data
    QPushButton* open = box->addButton(tr("&Open Report"), QMessageBox::AcceptRole);
    QPushButton* folder = box->addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    box->setDefaultButton(open);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUrl fileUrl = QUrl::fromLocalFile(file.absoluteFilePath());
    const QUrl folderUrl = QUrl::fromLocalFile(file.absolutePath());
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [open, folder, fileUrl, folderUrl](QAbstractButton* clicked) {
                         if (clicked == open)
                             QDesktopServices::openUrl(fileUrl);
                         else if (clicked == folder)
                             QDesktopServices::openUrl(folderUrl);
                     });
    box->open();
}

} // namespace debrief
