#include "CandidateDetailPane.h"
#include "CardDelegate.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SampleDatabase.h"
#include "ScreenshotRenderer.h"
#include "ViewRegistry.h"

#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/Migration.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// Drives the real main window over a real database: widgets are found by
/// object name and operated with the mouse and keyboard.
class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnTheDebriefOpening();
    void selectingAnOpeningShowsItsCandidates();
    void keyboardSelectsOpeningAndCandidate();
    void selectingACandidateShowsDetails();
    void searchFiltersTheTable();
    void newerSchemaIsRefusedAndOldDatabaseKept();
    void newDatabaseStartsEmpty();
    void closingRemembersLayout();
    void viewRegistryRefusesUnknownViews();
    void screenshotOfCandidateView();

private:
    QListView* openingList() const;
    QTableView* candidateTable() const;
    QModelIndex openingIndex(const QString& title) const;
    QModelIndex candidateIndex(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("panel.sqlite"));
    auto db = Database::openSqlite(m_path);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    test::SampleDatabase sample;
    const QString failure = sample.fill(**db);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestMainWindow::init() {
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(test::SampleDatabase::today());
    const Status opened = m_session->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

QListView* TestMainWindow::openingList() const {
    return m_window->findChild<QListView*>(QStringLiteral("openingList"));
}

QTableView* TestMainWindow::candidateTable() const {
    return m_window->findChild<QTableView*>(QStringLiteral("candidateTable"));
}

QModelIndex TestMainWindow::openingIndex(const QString& title) const {
    const auto matches = openingList()->model()->match(openingList()->model()->index(0, 0),
                                                       Qt::DisplayRole, title, 1, Qt::MatchExactly);
    return matches.value(0);
}

QModelIndex TestMainWindow::candidateIndex(const QString& name) const {
    QAbstractItemModel* model = candidateTable()->model();
    const auto matches =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return matches.value(0);
}

void TestMainWindow::startsOnTheDebriefOpening() {
    QVERIFY(openingList());
    QVERIFY(candidateTable());
    QVERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("candidateSearch")));
    QVERIFY(m_window->findChild<CandidateDetailPane*>(QStringLiteral("candidateDetail")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("panel.sqlite")));
    QCOMPARE(openingList()->currentIndex().data().toString(), QStringLiteral("Backend Engineer"));
    QCOMPARE(candidateTable()->model()->rowCount(), 5);
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), openingList());

    const auto* status = m_window->findChild<QLabel*>(QStringLiteral("statusSummary"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("3 opening")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("8 candidate")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("3 waiting")), qPrintable(status->text()));
}

void TestMainWindow::selectingAnOpeningShowsItsCandidates() {
    const QModelIndex design = openingIndex(QStringLiteral("Product Designer"));
    QVERIFY(design.isValid());
    QTest::mouseClick(openingList()->viewport(), Qt::LeftButton, {},
                      openingList()->visualRect(design).center());
    QTRY_COMPARE(candidateTable()->model()->rowCount(), 2);
    QVERIFY(candidateIndex(QStringLiteral("Gina Hall")).isValid());
    QVERIFY(!candidateIndex(QStringLiteral("Alice Adams")).isValid());
}

void TestMainWindow::keyboardSelectsOpeningAndCandidate() {
    openingList()->setFocus();
    const int analystRow = openingIndex(QStringLiteral("Data Analyst")).row();
    QTest::keyClick(openingList(), Qt::Key_Home);
    for (int row = 0; row < analystRow; ++row)
        QTest::keyClick(openingList(), Qt::Key_Down);
    QTRY_COMPARE(candidateTable()->model()->rowCount(), 1);
    candidateTable()->setFocus();
    QTest::keyClick(candidateTable(), Qt::Key_Home);
    const auto* name = m_window->findChild<QLabel*>(QStringLiteral("candidateName"));
    QVERIFY(name);
    QTRY_COMPARE(name->text(), QStringLiteral("Ines Jung"));
}

void TestMainWindow::selectingACandidateShowsDetails() {
    const QModelIndex dmitri = candidateIndex(QStringLiteral("Dmitri Evans"));
    QVERIFY(dmitri.isValid());
    QTest::mouseClick(candidateTable()->viewport(), Qt::LeftButton, {},
                      candidateTable()->visualRect(dmitri).center());
    auto* pane = m_window->findChild<CandidateDetailPane*>(QStringLiteral("candidateDetail"));
    QTRY_COMPARE(pane->candidateName(), QStringLiteral("Dmitri Evans"));

    const QModelIndex alice = candidateIndex(QStringLiteral("Alice Adams"));
    QTest::mouseClick(candidateTable()->viewport(), Qt::LeftButton, {},
                      candidateTable()->visualRect(alice).center());
    QTRY_COMPARE(pane->candidateName(), QStringLiteral("Alice Adams"));
    const auto* promised = pane->findChild<QLabel*>(QStringLiteral("candidatePromisedDate"));
    QVERIFY2(promised->text().contains(QStringLiteral("⚠")), qPrintable(promised->text()));
    const auto* interviews = pane->findChild<QListWidget*>(QStringLiteral("interviewList"));
    QCOMPARE(interviews->count(), 1);
    QCOMPARE(interviews->item(0)->text(), QStringLiteral("Technical"));
    const QStringList lines = interviews->item(0)->data(CardDelegate::LinesRole).toStringList();
    QVERIFY2(lines.join(QLatin1Char('|')).contains(QStringLiteral("Sam Ortiz")),
             qPrintable(lines.join(QLatin1Char('|'))));
    QVERIFY2(lines.last().startsWith(QStringLiteral("1 of 2")), qPrintable(lines.last()));
    QVERIFY2(lines.last().contains(QStringLiteral("1 draft")), qPrintable(lines.last()));
    QCOMPARE(pane->findChild<QListWidget*>(QStringLiteral("referenceList"))->count(), 1);
    QCOMPARE(pane->findChild<QListWidget*>(QStringLiteral("communicationList"))->count(), 1);
}

void TestMainWindow::searchFiltersTheTable() {
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("candidateSearch"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("dmitri"));
    QTRY_COMPARE(candidateTable()->model()->rowCount(), 1);
    QCOMPARE(candidateTable()->model()->index(0, 0).data().toString(),
             QStringLiteral("Dmitri Evans"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("@EXAMPLE.ORG"));
    QTRY_COMPARE(candidateTable()->model()->rowCount(), 2); // Alice and Bob
    search->clear();
    QCOMPARE(candidateTable()->model()->rowCount(), 5);
}

void TestMainWindow::newerSchemaIsRefusedAndOldDatabaseKept() {
    const QString newer = m_dir.filePath(QStringLiteral("from-the-future.sqlite"));
    {
        auto db = Database::openSqlite(newer);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        auto bumped = (*db)->exec(QStringLiteral("INSERT INTO schema_version (version, "
                                                 "description, applied_at) VALUES (?, ?, ?)"),
                                  {latestSchemaVersion() + 1, QStringLiteral("future"),
                                   QStringLiteral("2030-01-01T00:00:00Z")});
        QVERIFY2(bumped.ok(), qPrintable(bumped.errorMessage()));
    }
    QSignalSpy errors(m_window.get(), &MainWindow::errorOccurred);
    QVERIFY(!m_window->openDatabase(newer));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("newer")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("from-the-future.sqlite")), qPrintable(message));

    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), message);
    box->close();

    QCOMPARE(m_session->filePath(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("panel.sqlite")));
    QCOMPARE(openingList()->model()->rowCount(), 3);
    QCOMPARE(candidateTable()->model()->rowCount(), 5);
}

void TestMainWindow::newDatabaseStartsEmpty() {
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    QSignalSpy errors(m_window.get(), &MainWindow::errorOccurred);
    QVERIFY(m_window->createDatabase(fresh));
    QVERIFY(QFileInfo::exists(fresh));
    QCOMPARE(openingList()->model()->rowCount(), 0);
    QCOMPARE(candidateTable()->model()->rowCount(), 0);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("fresh.sqlite")));
    QCOMPARE(m_settings->lastDatabasePath(), QFileInfo(fresh).absoluteFilePath());

    // New never overwrites: the existing sample database is refused.
    QVERIFY(!m_window->createDatabase(m_path));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_session->filePath(), QFileInfo(fresh).absoluteFilePath());
    if (auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage")))
        box->close();

    QVERIFY(m_window->openDatabase(m_path));
    QCOMPARE(openingList()->model()->rowCount(), 3);
}

void TestMainWindow::closingRemembersLayout() {
    QVERIFY(m_settings->mainWindowGeometry().isEmpty());
    m_window->close();
    QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
    QVERIFY(!m_settings->mainWindowState().isEmpty());
    // A second window restores what the first one stored.
    MainWindow again(*m_session, *m_settings);
    QCOMPARE(again.saveGeometry().isEmpty(), false);
}

void TestMainWindow::viewRegistryRefusesUnknownViews() {
    const ViewRegistry registry = ViewRegistry::standard();
    QVERIFY(registry.names().contains(QStringLiteral("main")));
    QVERIFY(registry.names().contains(QStringLiteral("candidate")));
    ViewContext context{*m_session, *m_settings};
    auto view = registry.create(QStringLiteral("charts"), context);
    QVERIFY(!view.ok());
    QVERIFY2(view.errorMessage().contains(QStringLiteral("charts")),
             qPrintable(view.errorMessage()));
    QVERIFY2(view.errorMessage().contains(QStringLiteral("main, candidate")),
             qPrintable(view.errorMessage()));
}

void TestMainWindow::screenshotOfCandidateView() {
    ViewContext context{*m_session, *m_settings};
    auto view = ViewRegistry::standard().create(QStringLiteral("candidate"), context);
    QVERIFY2(view.ok(), qPrintable(view.errorMessage()));
    auto* pane = qobject_cast<CandidateDetailPane*>(view->get());
    QVERIFY(pane);
    // The debrief opening's furthest-along candidates are Alice and Dmitri
    // (both final); by name, Alice comes first.
    QCOMPARE(pane->candidateName(), QStringLiteral("Alice Adams"));

    const QString out = m_dir.filePath(QStringLiteral("candidate.png"));
    const Status rendered = ScreenshotRenderer::render(**view, QSize(480, 640), out);
    QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
    const QImage image(out);
    QCOMPARE(image.size(), QSize(480, 640));
    // A picture of candidates' data is the owner's alone, like every file
    // Debrief writes (issue #12: screenshots were 0644).
    QCOMPARE(QFile::permissions(out) &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFileDevice::Permissions());

    const Status refused = ScreenshotRenderer::render(**view, QSize(480, 640),
                                                      m_dir.filePath(QStringLiteral("no/x.png")));
    QVERIFY(!refused.ok());
    QVERIFY(!ScreenshotRenderer::parseSize(QStringLiteral("big")).ok());
    QCOMPARE(ScreenshotRenderer::parseSize(QStringLiteral("1280x800")).value(), QSize(1280, 800));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
