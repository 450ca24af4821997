#include "DatabaseSession.h"
#include "MainWindow.h"
#include "report/ReportExportDialog.h"
#include "scorecard/CurrentPanelist.h"

#include "demo/DemoDataGenerator.h"
#include "report/ReportPageSetup.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 26);

/// Text of a PDF, white space collapsed (pdftotext from poppler-utils).
QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral(DEBRIEF_PDFTOTEXT), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

QString pdfInfo(const QString& path, const QStringList& options = {}) {
    QProcess process;
    process.start(QStringLiteral(DEBRIEF_PDFINFO), options + QStringList{path});
    return process.waitForFinished(60000) ? QString::fromUtf8(process.readAllStandardOutput())
                                          : QString();
}

} // namespace

/// File › Export Report… on the demo database, driven with the keyboard:
/// the written PDF is read back with pdftotext; failures and cancelling
/// leave the dialog open.
class TestReportExport : public QObject {
    Q_OBJECT

public slots:
    /// Stands in for the desktop's file handler (QDesktopServices).
    void openedUrl(const QUrl& url) { m_opened.append(url); }

private:
    QTemporaryDir m_dir;
    QList<QUrl> m_opened;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    ReportExportDialog* openDialog() {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("exportReportAction"));
        if (!action)
            return nullptr;
        action->trigger();
        // A dialog closed before may linger until its deferred delete.
        for (auto* dialog : m_window->findChildren<ReportExportDialog*>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    QString documents() const { return m_dir.filePath(QStringLiteral("Documents")); }

    static void typeFile(ReportExportDialog* dialog, const QString& path) {
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("reportFileEdit"));
        file->setFocus();
        QTest::keyClick(file, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(file, Qt::Key_Delete);
        QTest::keyClicks(file, path);
    }

private slots:
    void initTestCase() {
        // The Documents folder the dialog suggests: one that is not there yet
        // (XDG user dirs, read by QStandardPaths).
        const QString config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(config));
        QFile dirs(config + QStringLiteral("/user-dirs.dirs"));
        QVERIFY(dirs.open(QIODevice::WriteOnly));
        dirs.write("XDG_DOCUMENTS_DIR=\"" + QFile::encodeName(documents()) + "\"\n");
        dirs.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), documents());
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");

        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            DemoDataGenerator::Options options;
            options.seed = 1;
            options.today = kToday;
            QVERIFY(DemoDataGenerator(options).generate(**db).ok());
        }
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
        m_session = std::make_unique<DatabaseSession>();
        m_session->clock().setFixedToday(kToday);
        QVERIFY(m_session->open(path).ok());
        m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
        m_window->show();
        m_window->selectDebriefOpening();
        QVERIFY(m_window->currentOpeningId() != kNoRow);
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void cleanup() {
        for (auto* dialog : m_window->findChildren<ReportExportDialog*>())
            delete dialog;
        for (auto* box : m_window->findChildren<QMessageBox*>(QStringLiteral("reportWrittenOffer")))
            delete box;
        m_opened.clear();
    }

    // The suggested folder is created when missing; once written, the
    // report can be opened or its folder shown, by keyboard.
    void createsTheDefaultFolderAndOffersToOpen() {
        QVERIFY(!QFileInfo::exists(documents()));
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        const QString path = dialog->filePath();
        QCOMPARE(QFileInfo(path).absolutePath(), documents());
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("reportFileEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(path));
        QMessageBox* offer = nullptr;
        QTRY_VERIFY((offer = m_window->findChild<QMessageBox*>(
                         QStringLiteral("reportWrittenOffer"))) != nullptr &&
                    offer->isVisible());
        QVERIFY2(offer->text().contains(QDir::toNativeSeparators(path)), qPrintable(offer->text()));
        // Enter: the default button opens the report itself.
        QTest::keyClick(offer, Qt::Key_Return);
        QTRY_COMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(path)});

        // Again, and Alt+F: Show in Folder opens the folder it is in.
        dialog = openDialog();
        QVERIFY(dialog);
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("reportFileEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY((offer = m_window->findChild<QMessageBox*>(
                         QStringLiteral("reportWrittenOffer"))) != nullptr &&
                    offer->isVisible());
        offer->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), offer);
        QTest::keyClick(offer, Qt::Key_F, Qt::AltModifier);
        QTRY_COMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened.at(1), QUrl::fromLocalFile(documents()));
    }

    void menuItemAndDefaults() {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("exportReportAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("reportKindCombo"));
        auto* candidate = dialog->findChild<QComboBox*>(QStringLiteral("reportCandidateCombo"));
        auto* pageSize = dialog->findChild<QComboBox*>(QStringLiteral("reportPageSizeCombo"));
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("reportFileEdit"));
        QVERIFY(kind && candidate && pageSize && file);
        QCOMPARE(kind->count(), 4);
        // The comparison comes first and needs no candidate.
        QCOMPARE(kind->currentIndex(), 0);
        QVERIFY(!candidate->isEnabled());
        // Finalists first in the candidate list: the story's three.
        QVERIFY(candidate->itemText(0).contains(QStringLiteral("(Final)")));
        QVERIFY(file->text().endsWith(QStringLiteral("comparison-senior-backend-engineer.pdf")));
        // The page size follows the locale until the user picks another.
        const QPageSize expected = report::ReportPageSetup::forLocale(dialog->locale()).pageSize;
        QCOMPARE(pageSize->currentData().toInt(), int(expected.id()));

        // Keyboard: the next kind is the packet; the suggested name follows.
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentIndex(), 1);
        QVERIFY(candidate->isEnabled());
        QVERIFY(file->text().contains(QStringLiteral("packet-senior-backend-engineer-")));
    }

    void exportsAPacketFromTheKeyboard() {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("reportKindCombo"));
        auto* candidate = dialog->findChild<QComboBox*>(QStringLiteral("reportCandidateCombo"));
        auto* pageSize = dialog->findChild<QComboBox*>(QStringLiteral("reportPageSizeCombo"));
        auto* pdfA = dialog->findChild<QCheckBox*>(QStringLiteral("reportPdfACheck"));
        QVERIFY(kind && candidate && pageSize && pdfA);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        candidate->setFocus();
        // Walk down to Miguel with the arrow keys.
        for (int i = 0; i < candidate->count() &&
                        !candidate->currentText().startsWith(QStringLiteral("Miguel"));
             ++i)
            QTest::keyClick(candidate, Qt::Key_Down);
        QVERIFY(candidate->currentText().startsWith(QStringLiteral("Miguel")));
        pageSize->setFocus();
        QTest::keyClick(pageSize, Qt::Key_Home);
        QCOMPARE(pageSize->currentText(), QStringLiteral("A4"));
        pdfA->setFocus();
        QTest::keyClick(pdfA, Qt::Key_Space);
        QVERIFY(pdfA->isChecked());
        const QString path = m_dir.filePath(QStringLiteral("miguel.pdf"));
        typeFile(dialog, path);
        // Return presses the default button, Export.
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("reportFileEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(path));
        QTRY_VERIFY(!dialog->isVisible());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QString::fromUtf8("Candidate packet: Miguel Ángel Ortega")));
        QVERIFY(text.contains(QStringLiteral("Communication log")));
        // The fixed clock's day in every footer.
        QVERIFY(text.contains(QStringLiteral("2026")));
        const QString info = pdfInfo(path);
        QVERIFY(info.contains(QStringLiteral("A4")));
        // The author is the panelist using the app (by default the first
        // lead), in the document's XMP metadata.
        const QString author =
            CurrentPanelist::name(*m_session, CurrentPanelist::resolve(*m_session, *m_settings));
        QVERIFY(!author.isEmpty());
        QVERIFY(pdfInfo(path, {QStringLiteral("-meta")}).contains(author));
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
    }

    void aFailureNamesTheFileAndKeepsTheDialog() {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        typeFile(dialog, path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reportExportButton")),
                          Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("reportErrorBox"))));
        QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(path));
        box->close();
    }

    // The file field typed over with the open database's own path (issue
    // #12): refused before anything is written, the database intact.
    void theDatabaseIsNeverTheReport() {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        const QString database = m_session->filePath();
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        typeFile(dialog, database);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reportExportButton")),
                          Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("reportErrorBox"))));
        QVERIFY2(box->text().contains(QStringLiteral("is the database")), qPrintable(box->text()));
        QVERIFY(dialog->isVisible());
        box->close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(OpeningRepository(m_session->database()).list());
    }

    void cancellingWritesNothing() {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        typeFile(dialog, path);
        bool cancelled = false;
        // Runs as soon as the progress dialog lets events through.
        QTimer::singleShot(0, dialog, [dialog, &cancelled] {
            if (auto* progress =
                    dialog->findChild<QProgressDialog*>(QStringLiteral("reportProgress"))) {
                progress->cancel();
                cancelled = true;
            }
        });
        QVERIFY(!dialog->exportReport());
        QVERIFY(cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("reportErrorBox")));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
