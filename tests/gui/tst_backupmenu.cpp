#include "DatabaseSession.h"
#include "EmptyOpeningWindow.h"
#include "MainWindow.h"

#include "interchange/OpeningExporter.h"
#include "settings/Settings.h"
#include "storage/DatabaseBackup.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace debrief;

/// File › Back Up… and File › Restore… in the main window, by keyboard, on
/// a panel's own opening (no demo data): the restored database exports the
/// same JSON as before the change made after the backup, the window shows
/// it, and a file that is no backup is refused with the data untouched.
class TestBackupMenu : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backUpThenRestoreByKeyboard();
    void restoreRefusesAFileThatIsNoBackup();

private:
    /// Alt+F, then `key`: a File menu item by its mnemonic.
    void fileMenu(Qt::Key key);
    /// Answers the file dialog named `name` with `path`, typed into its
    /// name field as a user would, once it appears.
    void chooseFile(const char* name, const QString& path);
    QMessageBox* box(const char* name) const;
    QByteArray exported() const { return m_ui->exported(); }

    std::unique_ptr<test::EmptyOpeningWindow> m_ui;
    QTimer m_answer;
};

void TestBackupMenu::init() {
    m_ui = std::make_unique<test::EmptyOpeningWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBackupMenu::cleanup() {
    m_answer.stop();
    m_answer.disconnect();
    m_ui.reset();
}

void TestBackupMenu::fileMenu(Qt::Key key) {
    QVERIFY(m_ui->fileMenu(key));
}

void TestBackupMenu::chooseFile(const char* name, const QString& path) {
    m_answer.disconnect();
    QObject::connect(&m_answer, &QTimer::timeout, this, [this, name, path] {
        auto* dialog = m_ui->window->findChild<QFileDialog*>(QLatin1String(name));
        if (!dialog || !dialog->isVisible())
            return;
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!edit)
            return;
        // The dialog reads its folder in the background and may put its
        // own suggestion back meanwhile: accept once it holds ours.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        edit->setText(QFileInfo(path).fileName());
        if (dialog->selectedFiles().value(0) != path)
            return;
        m_answer.stop();
        QMetaObject::invokeMethod(dialog, "accept");
    });
    m_answer.start(50);
}

QMessageBox* TestBackupMenu::box(const char* name) const {
    auto* found = m_ui->window->findChild<QMessageBox*>(QLatin1String(name));
    return found && found->isVisible() ? found : nullptr;
}

void TestBackupMenu::backUpThenRestoreByKeyboard() {
    const QByteArray before = exported();
    QVERIFY(before.contains("Data Engineer"));
    const QString copy = m_ui->dir->filePath(QStringLiteral("monday.sqlite"));
    chooseFile("backUpFileDialog", copy);
    fileMenu(Qt::Key_B); // &Back Up…
    QTRY_VERIFY(QFileInfo::exists(copy));
    QTRY_VERIFY2(
        m_ui->window->statusBar()->currentMessage().contains(QStringLiteral("Backed up to")),
        qPrintable(m_ui->window->statusBar()->currentMessage()));
    QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // A change after the backup.
    QVERIFY(
        m_ui->session->database().exec(QStringLiteral("UPDATE openings SET title = ? WHERE id = ?"),
                                       {QStringLiteral("Renamed by mistake"), m_ui->openingId}));
    QVERIFY(exported() != before);

    chooseFile("restoreFileDialog", copy);
    fileMenu(Qt::Key_T); // Res&tore…
    QTRY_VERIFY(box("restoreQuestion"));
    QVERIFY(box("restoreQuestion")->text().contains(QStringLiteral("monday.sqlite")));
    // Nothing is replaced unless the user says so: Cancel is the default.
    QCOMPARE(box("restoreQuestion")->defaultButton(),
             box("restoreQuestion")->button(QMessageBox::Cancel));
    QAbstractButton* restore = nullptr;
    for (QAbstractButton* button : box("restoreQuestion")->buttons()) {
        if (button->text() == QStringLiteral("&Restore"))
            restore = button;
    }
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);

    QTRY_COMPARE(exported(), before);
    const QStringList kept = DatabaseBackup::automaticCopies(m_ui->path);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(m_ui->window->statusBar()->currentMessage().contains(
                 QFileInfo(kept.constFirst()).fileName()),
             qPrintable(m_ui->window->statusBar()->currentMessage()));
    // The window shows the restored data.
    auto* openings = m_ui->window->findChild<QListView*>(QStringLiteral("openingList"));
    QTRY_VERIFY(
        openings->model()->rowCount() == 1 &&
        openings->model()->index(0, 0).data().toString().contains(QStringLiteral("Data Engineer")));
}

void TestBackupMenu::restoreRefusesAFileThatIsNoBackup() {
    const QByteArray before = exported();
    const QString notes = m_ui->dir->filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Email\nAda,ada@example.org\n");
    }
    chooseFile("restoreFileDialog", notes);
    fileMenu(Qt::Key_T);
    QTRY_VERIFY(box("backupProblem"));
    QVERIFY2(box("backupProblem")->text().contains(QStringLiteral("nothing was changed")),
             qPrintable(box("backupProblem")->text()));
    QVERIFY(!box("restoreQuestion"));
    box("backupProblem")->accept();
    QVERIFY(m_ui->session->isOpen());
    QCOMPARE(exported(), before);
    QCOMPARE(DatabaseBackup::automaticCopies(m_ui->path), QStringList());
}

QTEST_MAIN(TestBackupMenu)
#include "tst_backupmenu.moc"
