#include "DemoOffer.h"

#include "WarningBox.h"

#include "demo/DemoDatabaseFile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace debrief {
namespace {

void write(QWidget* parent, const QDate& today, const std::function<void(const QString&)>& open) {
    DemoDataGenerator::Options options;
    options.seed = 1; // the demo the README and the screenshots show
    options.today = today;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = DemoDatabaseFile::write(DemoOffer::path(), options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        WarningBox::show(parent, DemoOffer::tr("Try the Demo"), written.errorMessage(),
                         QStringLiteral("demoError"));
        return;
    }
    open(DemoOffer::path());
}

} // namespace

QString DemoOffer::path() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(DemoDatabaseFile::defaultFileName());
}

void DemoOffer::start(QWidget* parent, const QDate& today, const QString& openFile,
                      const std::function<void(const QString&)>& open) {
    const QString demo = path();
    if (!QFileInfo::exists(demo)) {
        write(parent, today, open);
        return;
    }
    if (QFileInfo(openFile) == QFileInfo(demo)) {
        open(demo); // it is open already; writing over it is not an option
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Try the Demo"),
        tr("The demo database from an earlier try is still in %1. Open it as it is, or start "
           "the demo afresh (your changes to it are then lost)?")
            .arg(QDir::toNativeSeparators(QFileInfo(demo).absolutePath())),
        QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("demoExistsQuestion"));
    box->setTextFormat(Qt::PlainText); // a folder name
    QPushButton* reopen = box->addButton(tr("&Open It"), QMessageBox::AcceptRole);
    QPushButton* afresh = box->addButton(tr("Start &Afresh"), QMessageBox::DestructiveRole);
    box->setDefaultButton(reopen);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [=](int) {
        if (box->clickedButton() == reopen)
            open(demo);
        else if (box->clickedButton() == afresh)
            write(parent, today, open);
    });
    box->open();
}

} // namespace debrief
