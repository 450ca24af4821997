#include "DatabaseSession.h"
#include "EmptyOpeningWindow.h"
#include "MainWindow.h"
#include "PostgresServer.h"

#include "interchange/DatabaseTransfer.h"
#include "interchange/OpeningExporter.h"
#include "settings/Settings.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;

/// File › Move to Server… in the main window, by keyboard, on a panel's own
/// opening (no demo data) and the PostgreSQL server ctest starts: the file
/// moves with a progress bar, Open Server then shows the same opening from
/// the server (the same export, byte for byte); a server that holds data
/// already is refused in the dialog, which stays open to try another.
class TestMoveToServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void movesTheFileAndOpensTheServer();
    void aServerWithDataIsRefusedInTheDialog();

private:
    /// Alt+F, M: File › Move to Server…, and the dialog it opens.
    QDialog* openDialog();
    QByteArray exported() const { return m_ui->exported(); }

    std::unique_ptr<test::EmptyOpeningWindow> m_ui;
};

void TestMoveToServer::initTestCase() {
    QVERIFY2(PostgresServer::admin(), "the test server is not running");
}

void TestMoveToServer::init() {
    m_ui = std::make_unique<test::EmptyOpeningWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMoveToServer::cleanup() {
    m_ui.reset();
}

QDialog* TestMoveToServer::openDialog() {
    if (!m_ui->fileMenu(Qt::Key_M)) // &Move to Server…
        return nullptr;
    QDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [this, &dialog] {
            dialog = m_ui->window->findChild<QDialog*>(QStringLiteral("moveToServerDialog"));
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void TestMoveToServer::movesTheFileAndOpensTheServer() {
    const auto server = PostgresServer::freshDatabase(QStringLiteral("debrief_move_gui"));
    QVERIFY(server);
    const QByteArray before = exported();
    QVERIFY(before.contains("Data Engineer"));

    QDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("serverAddressEdit"));
    QVERIFY(address);
    QTRY_VERIFY(address->hasFocus());
    QTest::keyClicks(address, server->display());
    QTest::keyClick(address, Qt::Key_Return); // &Move is the default button

    QPushButton* open = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (open = dialog->findChild<QPushButton*>(QStringLiteral("openServerButton"))) != nullptr,
        30000);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("moveStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("Copied 1 opening")),
             qPrintable(status->text()));
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("moveProgress"));
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), progress->maximum());
    // The file itself was only read.
    QCOMPARE(exported(), before);
    QCOMPARE(m_ui->session->database().dialect(), SqlDialect::Sqlite);

    QTest::keyClick(open, Qt::Key_Space);
    QTRY_COMPARE(m_ui->session->database().dialect(), SqlDialect::PostgreSql);
    QCOMPARE(exported(), before);
    auto* openings = m_ui->window->findChild<QListView*>(QStringLiteral("openingList"));
    QTRY_VERIFY(
        openings->model()->rowCount() == 1 &&
        openings->model()->index(0, 0).data().toString().contains(QStringLiteral("Data Engineer")));
}

void TestMoveToServer::aServerWithDataIsRefusedInTheDialog() {
    const auto server = PostgresServer::freshDatabase(QStringLiteral("debrief_move_gui_full"));
    QVERIFY(server);
    // The panel moved there before.
    auto first = DatabaseTransfer::push(m_ui->path, server->display());
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("serverAddressEdit"));
    QTest::keyClicks(address, server->display());
    auto* move = dialog->findChild<QPushButton*>(QStringLiteral("moveButton"));
    QTest::mouseClick(move, Qt::LeftButton);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("moveStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("already holds Debrief data")),
                             30000);
    QVERIFY2(status->text().contains(QStringLiteral("nothing was copied")),
             qPrintable(status->text()));
    // Another address can be tried; there is nothing to open.
    QTRY_VERIFY(move->isEnabled());
    QVERIFY(address->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("openServerButton")));
    QCOMPARE(m_ui->session->database().dialect(), SqlDialect::Sqlite);
    dialog->reject();
    QTRY_VERIFY(!m_ui->window->findChild<QDialog*>(QStringLiteral("moveToServerDialog")));
}

QTEST_MAIN(TestMoveToServer)
#include "tst_movetoserver.moc"
