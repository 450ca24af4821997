#include "BackupMenu.h"

#include "DatabaseSession.h"

#include "storage/DatabaseBackup.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace debrief {
namespace {

QString databaseFilter() {
    return BackupMenu::tr("Debrief databases (*.sqlite *.db);;All files (*)");
}

} // namespace

BackupMenu* BackupMenu::install(QMainWindow* window, QMenu* fileMenu, DatabaseSession& session) {
    auto* menu = new BackupMenu(window, session);
    QAction* backUp = fileMenu->addAction(tr("&Back Up…"), menu, &BackupMenu::askWhereToBackUp);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    backUp->setToolTip(tr("Save a copy of the open database, as it is now"));
    QAction* restore = fileMenu->addAction(tr("Res&tore…"), menu, &BackupMenu::askWhichBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setToolTip(tr("Replace the open database by a backup of it"));
    connect(fileMenu, &QMenu::aboutToShow, menu, [backUp, restore, &session] {
        backUp->setEnabled(session.isOpen());
        restore->setEnabled(session.isOpen());
    });
    return menu;
}

BackupMenu::BackupMenu(QMainWindow* window, DatabaseSession& session)
    : QObject(window)
    , m_window(window)
    , m_session(session) {
}

void BackupMenu::askWhereToBackUp() {
    if (!m_session.isOpen())
        return;
    auto* dialog = new QFileDialog(m_window, tr("Back Up Database"), QString(), databaseFilter());
    dialog->setObjectName(QStringLiteral("backUpFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    dialog->selectFile(
        DatabaseBackup::suggestedPath(m_session.filePath(), QDateTime::currentDateTimeUtc()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupMenu::backUp);
    dialog->open();
}

void BackupMenu::backUp(const QString& path) {
    if (!m_session.isOpen())
        return;
    // The file dialog has asked before an existing file is replaced.
    if (Status written = DatabaseBackup::backUp(m_session.filePath(), path, true); !written) {
        warn(tr("Back Up Database"), written.errorMessage());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Backed up to %1 (readable by you only).").arg(QDir::toNativeSeparators(path)), 8000);
}

void BackupMenu::askWhichBackup() {
    if (!m_session.isOpen())
        return;
    auto* dialog =
        new QFileDialog(m_window, tr("Restore from Backup"),
                        QFileInfo(m_session.filePath()).absolutePath(), databaseFilter());
    dialog->setObjectName(QStringLiteral("restoreFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupMenu::confirmRestore);
    dialog->open();
}

void BackupMenu::confirmRestore(const QString& backup) {
    if (!m_session.isOpen())
        return;
    // A file that cannot be restored is refused before anything is asked.
    if (auto usable = DatabaseBackup::checkBackup(backup); !usable) {
        warn(tr("Restore from Backup"), usable.errorMessage());
        return;
    }
    const QString written =
        QLocale().toString(QFileInfo(backup).lastModified(), QLocale::LongFormat);
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Restore from Backup"),
        tr("Replace everything in %1 by the backup %2 (saved %3)?\n\nWhat the database holds "
           "now is kept in a copy next to it first.")
            .arg(QDir::toNativeSeparators(m_session.filePath()), QDir::toNativeSeparators(backup),
                 written),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("restoreQuestion"));
    box->setTextFormat(Qt::PlainText); // file names are data
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(qobject_cast<QPushButton*>(box->button(QMessageBox::Cancel)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, backup](QAbstractButton* b) {
        if (b == restore)
            this->restore(backup);
    });
    box->open();
}

void BackupMenu::restore(const QString& backup) {
    auto kept = m_session.restoreFrom(backup);
    if (!kept) {
        warn(tr("Restore from Backup"), kept.errorMessage());
        return;
    }
    m_window->statusBar()->showMessage(
        kept->isEmpty()
            ? tr("Restored from %1.").arg(QDir::toNativeSeparators(backup))
            : tr("Restored from %1. What the database held before is kept in %2.")
                  .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(*kept)),
        15000);
}

void BackupMenu::warn(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("backupProblem"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace debrief
