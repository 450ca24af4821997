#include "DatabaseSession.h"
#include "EmptyState.h"
#include "MainWindow.h"
#include "RecentDatabases.h"
#include "welcome/DemoOffer.h"

#include "demo/DemoDatabaseFile.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace debrief;

namespace {

qint64 count(Database& db, const QString& sql) {
    auto query = db.exec(sql);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

/// The first launch: an empty database shows the welcome page, and each of
/// its ways on works by keyboard (mnemonics, Tab, Enter), starting from an
/// empty database as a new user does. Also the empty candidate list's
/// buttons.
class TestWelcomePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstLaunchShowsTheWelcomePage();
    void tryTheDemoByKeyboard();
    void anEarlierDemoIsOpenedOrStartedAfresh();
    void newPanelDatabaseLeadsToNewOpening();
    void recentDatabaseOpensByKeyboard();
    void openingWithoutCandidatesSaysWhatToDo();

private:
    void openWindow();
    QWidget* child(const char* name) const;
    /// Presses Alt+`key` in the window, as a user reaching for a mnemonic.
    void alt(Qt::Key key);
    /// Answers the window-modal question named `name` with the button `text`.
    void answer(const char* name, const QString& text);

    QTemporaryDir m_dir;
    QString m_emptyPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestWelcomePage::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The demo goes to the data folder: a throwaway one for the test.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    QVERIFY(DemoOffer::path().startsWith(m_dir.path()));
}

void TestWelcomePage::init() {
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_emptyPath = m_dir.filePath(name + QStringLiteral(".sqlite"));
    m_settings = std::make_unique<Settings>(m_dir.filePath(name + QStringLiteral(".rc")));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(QDate(2026, 11, 26));
    QVERIFY(m_session->open(m_emptyPath, Database::OpenMode::CreateIfMissing).ok());
}

void TestWelcomePage::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    QFile::remove(DemoOffer::path());
}

void TestWelcomePage::openWindow() {
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QWidget* TestWelcomePage::child(const char* name) const {
    return m_window->findChild<QWidget*>(QLatin1String(name));
}

void TestWelcomePage::alt(Qt::Key key) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, key, Qt::AltModifier);
}

void TestWelcomePage::answer(const char* name, const QString& text) {
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QLatin1String(name))) != nullptr &&
                box->isVisible());
    for (QAbstractButton* button : box->buttons()) {
        if (button->text() == text) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1 in %2").arg(text, QLatin1String(name))));
}

void TestWelcomePage::firstLaunchShowsTheWelcomePage() {
    openWindow();
    QVERIFY(child("welcomePage")->isVisible());
    QVERIFY(!child("mainSplitter")->isVisible());
    auto* state = m_window->findChild<QLabel*>(QStringLiteral("welcomeState"));
    QCOMPARE(state->text(),
             QStringLiteral("firstLaunchShowsTheWelcomePage.sqlite has no openings yet."));
    // Focus starts on the first way on; Tab walks them top to bottom.
    QTRY_COMPARE(QApplication::focusWidget(), child("welcomeNewOpening"));
    for (const char* next : {"welcomeNewDatabase", "welcomeOpen", "welcomeDemo"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child(next));
    }
    // Without recent databases there is no empty list to look at.
    QVERIFY(!child("welcomeRecentList")->isVisible());

    // Enter on "Set Up the First Opening…" opens File › New Opening….
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), child("welcomeNewOpening"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QDialog* setup = nullptr;
    QTRY_VERIFY((setup = m_window->findChild<QDialog*>(QStringLiteral("openingSetupDialog"))) &&
                setup->isVisible());
    setup->reject();
}

void TestWelcomePage::tryTheDemoByKeyboard() {
    openWindow();
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    alt(Qt::Key_T); // &Try the Demo
    QTRY_COMPARE(m_session->filePath(), QFileInfo(DemoOffer::path()).absoluteFilePath());
    QVERIFY(!child("welcomePage")->isVisible());
    QVERIFY(child("mainSplitter")->isVisible());
    QVERIFY(count(m_session->database(), QStringLiteral("SELECT COUNT(*) FROM openings")) >= 5);
    // Personal data, if made up: owner-only, and remembered as recent.
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(!(QFile::permissions(DemoOffer::path()) & others));
    QCOMPARE(RecentDatabases(*m_settings).files().value(0),
             QFileInfo(DemoOffer::path()).absoluteFilePath());
    // The database the user had is untouched.
    auto empty = Database::openSqlite(m_emptyPath);
    QVERIFY(empty.ok());
    QCOMPARE(count(**empty, QStringLiteral("SELECT COUNT(*) FROM openings")), qint64(0));
}

void TestWelcomePage::anEarlierDemoIsOpenedOrStartedAfresh() {
    // An earlier try, changed since: every message taken out of it.
    QVERIFY(DemoDatabaseFile::write(DemoOffer::path(), {1, QDate(2026, 11, 26), 0}).ok());
    {
        auto demo = Database::openSqlite(DemoOffer::path());
        QVERIFY(demo.ok());
        QVERIFY((*demo)->exec(QStringLiteral("DELETE FROM communications")).ok());
    }
    openWindow();
    alt(Qt::Key_T);
    answer("demoExistsQuestion", QStringLiteral("&Open It"));
    QTRY_COMPARE(m_session->filePath(), QFileInfo(DemoOffer::path()).absoluteFilePath());
    QCOMPARE(count(m_session->database(), QStringLiteral("SELECT COUNT(*) FROM communications")),
             qint64(0));

    // Back on an empty database, the demo starts afresh.
    QVERIFY(m_window->openDatabase(m_emptyPath));
    QTRY_VERIFY(child("welcomePage")->isVisible());
    m_window->activateWindow();
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    alt(Qt::Key_T);
    answer("demoExistsQuestion", QStringLiteral("Start &Afresh"));
    QTRY_COMPARE(m_session->filePath(), QFileInfo(DemoOffer::path()).absoluteFilePath());
    QVERIFY(count(m_session->database(), QStringLiteral("SELECT COUNT(*) FROM communications")) >
            0);
}

void TestWelcomePage::newPanelDatabaseLeadsToNewOpening() {
    openWindow();
    const QString created = m_dir.filePath(QStringLiteral("platform-team.sqlite"));
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    // The file dialog is modal: answered from a timer, as a user would.
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, this, [&answer, created] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // Typed into the name field, as a user would; the dialog reads its
        // folder in the background and may put its suggestion back
        // meanwhile, so accept only once it holds our name.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!name)
            return;
        name->setText(QFileInfo(created).fileName());
        if (dialog->selectedFiles().value(0) != created)
            return;
        answer.stop();
        QMetaObject::invokeMethod(dialog, "accept");
    });
    answer.start(50);
    alt(Qt::Key_N); // &New Panel Database…
    QTRY_COMPARE(m_session->filePath(), created);
    QVERIFY(QFileInfo::exists(created));
    QDialog* setup = nullptr;
    QTRY_VERIFY((setup = m_window->findChild<QDialog*>(QStringLiteral("openingSetupDialog"))) &&
                setup->isVisible());
    QCOMPARE(setup->windowTitle(), QStringLiteral("New Opening"));
    setup->reject();
}

void TestWelcomePage::recentDatabaseOpensByKeyboard() {
    const QString earlier = m_dir.filePath(QStringLiteral("earlier.sqlite"));
    QVERIFY(DemoDatabaseFile::write(earlier, {2, QDate(2026, 11, 26), 0}).ok());
    RecentDatabases(*m_settings).add(earlier);
    RecentDatabases(*m_settings).add(m_emptyPath); // the open one is not offered
    openWindow();
    auto* recent = m_window->findChild<QListWidget*>(QStringLiteral("welcomeRecentList"));
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("earlier.sqlite"));
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    alt(Qt::Key_R); // &Recent databases
    QCOMPARE(QApplication::focusWidget(), recent);
    QTest::keyClick(recent, Qt::Key_Return);
    QTRY_COMPARE(m_session->filePath(), QFileInfo(earlier).absoluteFilePath());
    QVERIFY(child("mainSplitter")->isVisible());
}

void TestWelcomePage::openingWithoutCandidatesSaysWhatToDo() {
    Opening opening;
    opening.title = QStringLiteral("Data Engineer");
    opening.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QVERIFY(OpeningRepository(m_session->database()).insert(opening).ok());
    openWindow();
    QVERIFY(child("mainSplitter")->isVisible());
    auto* empty = m_window->findChild<EmptyState*>(QStringLiteral("noCandidates"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No candidates for Data Engineer yet.")),
             qPrintable(empty->text()));
    QVERIFY(!child("candidateTable")->isVisible());
    auto* hint = m_window->findChild<QLabel*>(QStringLiteral("candidateDetailHint"));
    QCOMPARE(hint->text(), QStringLiteral("Add a candidate, and their details appear here."));

    // Its buttons are what the Opening menu offers, by keyboard too.
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    alt(Qt::Key_A); // &Add Candidate…
    QDialog* add = nullptr;
    QTRY_VERIFY((add = m_window->findChild<QDialog*>(QStringLiteral("addCandidateDialog"))) &&
                add->isVisible());
    add->reject();
    QTRY_VERIFY(!add->isVisible());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    alt(Qt::Key_M); // I&mport from CSV…
    QDialog* import = nullptr;
    QTRY_VERIFY((import = m_window->findChild<QDialog*>(QStringLiteral("candidateImportWizard"))) &&
                import->isVisible());
    import->reject();
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
