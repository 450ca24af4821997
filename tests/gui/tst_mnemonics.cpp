#include "MainWindow.h"
#include "MnemonicCheck.h"
#include "WalkFixture.h"
#include "WindowWalker.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace debrief;

/// No two items of one menu, or shown together in one window or dialog,
/// share a mnemonic. Walks every menu and every window and dialog the menus
/// open (generically, so later additions are covered), plus the main window
/// itself and the editors opened from windows.
class TestMnemonics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::WalkFixture::quietenSizeHintWarnings();
        qInfo("Interface language: %s",
              qPrintable(test::WalkFixture::useLanguageFromEnvironment()));
    }
    void init() { m_clashes.clear(); }
    void mnemonicOfReadsTheMarkedLetter();
    void checkFindsAClash();
    void menusHaveNoClash_data();
    void menusHaveNoClash();
    void windowsFromTheMenusHaveNoClash_data();
    void windowsFromTheMenusHaveNoClash();
    void editorsOpenedFromWindowsHaveNoClash();
    void mainWindowWithItsListsHasNoClash();

private:
    test::WindowWalker::Visit checker();

    QStringList m_clashes;
};

void TestMnemonics::mnemonicOfReadsTheMarkedLetter() {
    using test::MnemonicCheck;
    QCOMPARE(MnemonicCheck::mnemonicOf(QStringLiteral("Export &Report…")), QChar(u'r'));
    QCOMPARE(MnemonicCheck::mnemonicOf(QStringLiteral("R&&D &Team")), QChar(u't'));
    QVERIFY(MnemonicCheck::mnemonicOf(QStringLiteral("Q&&A")).isNull());
    QVERIFY(MnemonicCheck::mnemonicOf(QStringLiteral("Plain")).isNull());
}

void TestMnemonics::checkFindsAClash() {
    // The check itself can fail: a made-up menu and dialog with a clash.
    QMenuBar bar;
    QMenu* menu = bar.addMenu(QStringLiteral("&File"));
    menu->addAction(QStringLiteral("&Open…"));
    menu->addAction(QStringLiteral("Save &Over"));
    const QStringList inMenus = test::MnemonicCheck::inMenus(&bar);
    QCOMPARE(inMenus.size(), 1);
    QVERIFY2(inMenus.first().contains(QStringLiteral("“&Open…” and “Save &Over”")),
             qPrintable(inMenus.first()));

    QWidget dialog;
    auto* first = new QPushButton(QStringLiteral("&Keep"), &dialog);
    auto* second = new QPushButton(QStringLiteral("&Kill"), &dialog);
    first->move(0, 0);
    second->move(0, 40);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(test::MnemonicCheck::inWindow(&dialog, QStringLiteral("made up")).size(), 1);
    second->hide(); // only what is shown together counts
    QVERIFY(test::MnemonicCheck::inWindow(&dialog, QStringLiteral("made up")).isEmpty());
}

test::WindowWalker::Visit TestMnemonics::checker() {
    return [this](QWidget* window, const QString& how) {
        // Qt's own file dialog keeps Qt's texts and translations.
        if (qobject_cast<QFileDialog*>(window))
            return;
        m_clashes += test::MnemonicCheck::inWindow(window, how);
    };
}

void TestMnemonics::menusHaveNoClash_data() {
    QTest::addColumn<bool>("demo");
    QTest::newRow("demo database") << true;
    QTest::newRow("empty database") << false;
}

void TestMnemonics::menusHaveNoClash() {
    QFETCH(bool, demo);
    test::WalkFixture fixture;
    QVERIFY(fixture.setUp(demo ? test::WalkFixture::Data::Demo : test::WalkFixture::Data::Empty)
                .isEmpty());
    const QStringList clashes = test::MnemonicCheck::inMenus(fixture.window().menuBar());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::windowsFromTheMenusHaveNoClash_data() {
    menusHaveNoClash_data();
}

void TestMnemonics::windowsFromTheMenusHaveNoClash() {
    QFETCH(bool, demo);
    test::WalkFixture fixture;
    QVERIFY(fixture.setUp(demo ? test::WalkFixture::Data::Demo : test::WalkFixture::Data::Empty)
                .isEmpty());
    // The main window as it opens: the panes (or the welcome page).
    m_clashes += test::MnemonicCheck::inWindow(&fixture.window(), QStringLiteral("main window"));
    test::WindowWalker walker(fixture.window());
    const QStringList triggered = walker.walkMenus(checker());
    QVERIFY(triggered.size() >= 10);
    QVERIFY2(m_clashes.isEmpty(), qPrintable(m_clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::editorsOpenedFromWindowsHaveNoClash() {
    test::WalkFixture fixture;
    QVERIFY(fixture.setUp(test::WalkFixture::Data::Demo).isEmpty());
    test::WindowWalker walker(fixture.window());
    walker.catchWindows(
        QStringLiteral("Enter on an interview"), [&] { fixture.openScorecard(); }, checker());
    walker.catchWindows(
        QStringLiteral("Rejection Drafts › Open Draft"), [&] { fixture.openDraftEditor(); },
        checker());
    QVERIFY2(m_clashes.isEmpty(), qPrintable(m_clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::mainWindowWithItsListsHasNoClash() {
    test::WalkFixture fixture;
    QVERIFY(fixture.setUp(test::WalkFixture::Data::Demo).isEmpty());
    // Each docked list in turn (they share one tabbed place), with the
    // panes and the menu bar: Alt+letter reaches all of them at once.
    for (const char* name : {"waitingOnUsAction", "talentPoolAction"}) {
        auto* action = fixture.window().findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
        QTest::qWait(50);
        m_clashes += test::MnemonicCheck::inWindow(
            &fixture.window(), QStringLiteral("main window with %1").arg(QLatin1String(name)));
    }
    QVERIFY(fixture.window().findChild<QWidget*>(QStringLiteral("talentPoolView"))->isVisible());
    QVERIFY2(m_clashes.isEmpty(), qPrintable(m_clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
