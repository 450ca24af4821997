#include "DatabaseSession.h"
#include "EmptyOpening.h"
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
    QByteArray exported();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    RowId m_opening = kNoRow;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_answer;
};

void TestBackupMenu::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("panel.sqlite"));
    QString error;
    {
        test::EmptyOpening opening = test::EmptyOpening::build(m_path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_opening = opening.openingId;
    }
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("debriefrc")));
    m_session = std::make_unique<DatabaseSession>();
    QVERIFY(m_session->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestBackupMenu::cleanup() {
    m_answer.stop();
    m_answer.disconnect();
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestBackupMenu::fileMenu(Qt::Key key) {
    // Back in the window after a dialog, as a user clicking into it.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key_F, Qt::AltModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr);
    QTest::keyClick(menu, key);
}

void TestBackupMenu::chooseFile(const char* name, const QString& path) {
    m_answer.disconnect();
    QObject::connect(&m_answer, &QTimer::timeout, this, [this, name, path] {
        auto* dialog = m_window->findChild<QFileDialog*>(QLatin1String(name));
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
    auto* found = m_window->findChild<QMessageBox*>(QLatin1String(name));
    return found && found->isVisible() ? found : nullptr;
}

QByteArray TestBackupMenu::exported() {
    if (!m_session->isOpen())
        return "closed";
    auto json = OpeningExporter(m_session->database()).exportJson(m_opening);
    return json ? *json : json.errorMessage().toUtf8();
}

void TestBackupMenu::backUpThenRestoreByKeyboard() {
    const QByteArray before = exported();
    QVERIFY(before.contains("Data Engineer"));
    const QString copy = m_dir->filePath(QStringLiteral("monday.sqlite"));
    chooseFile("backUpFileDialog", copy);
    fileMenu(Qt::Key_B); // &Back Up…
    QTRY_VERIFY(QFileInfo::exists(copy));
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Backed up to")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // A change after the backup.
    QVERIFY(m_session->database().exec(QStringLiteral("UPDATE openings SET title = ? WHERE id = ?"),
                                       {QStringLiteral("Renamed by mistake"), m_opening}));
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
    const QStringList kept = DatabaseBackup::automaticCopies(m_path);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(
        m_window->statusBar()->currentMessage().contains(QFileInfo(kept.constFirst()).fileName()),
        qPrintable(m_window->statusBar()->currentMessage()));
    // The window shows the restored data.
    auto* openings = m_window->findChild<QListView*>(QStringLiteral("openingList"));
    QTRY_VERIFY(
        openings->model()->rowCount() == 1 &&
        openings->model()->index(0, 0).data().toString().contains(QStringLiteral("Data Engineer")));
}

void TestBackupMenu::restoreRefusesAFileThatIsNoBackup() {
    const QByteArray before = exported();
    const QString notes = m_dir->filePath(QStringLiteral("notes.sqlite"));
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
    QVERIFY(m_session->isOpen());
    QCOMPARE(exported(), before);
    QCOMPARE(DatabaseBackup::automaticCopies(m_path), QStringList());
}

QTEST_MAIN(TestBackupMenu)
#include "tst_backupmenu.moc"
