#include "MainWindow.h"
#include "WalkFixture.h"
#include "WindowWalker.h"

#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QTest>

using namespace debrief;

/// Every window and dialog reachable from the main window's menus (and the
/// editors those windows open) lies inside the screen's available geometry,
/// frame included. Run once on a 1280×720 screen and once on a 2560×1440
/// screen at scale factor 2 (tests/data/gui/screens, tests/gui/CMakeLists.txt).
/// The walk is generic: a dialog added to a menu later is covered too.
class TestWindowFit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mainWindowDefaultFits();
    void rememberedSizeLargerThanTheScreenIsShrunk();
    void everyWindowFromTheMenusFits_data();
    void everyWindowFromTheMenusFits();
    void editorsOpenedFromWindowsFit();

private:
    /// The visitor: notes a window whose frame leaves the available geometry.
    test::WindowWalker::Visit checker();
    void expectNoneOutside();

    QStringList m_outside;
    QStringList m_visited;
};

void TestWindowFit::initTestCase() {
    test::WalkFixture::quietenSizeHintWarnings();
    qInfo("Interface language: %s", qPrintable(test::WalkFixture::useLanguageFromEnvironment()));
    const QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    // The screens are given by -platform offscreen:configfile=…; without one
    // the offscreen screen is 800×800 and this test proves nothing.
    QVERIFY2(screen->name() == QLatin1String("hd") || screen->name() == QLatin1String("qhd"),
             "run with -platform offscreen:configfile=tests/data/gui/screens/…json");
    QCOMPARE(screen->availableGeometry().size(), QSize(1280, 720));
    const qreal expectedRatio = screen->name() == QLatin1String("qhd") ? 2.0 : 1.0;
    QCOMPARE(screen->devicePixelRatio(), expectedRatio);
    qInfo("screen %s: %dx%d logical, device pixel ratio %g", qPrintable(screen->name()),
          screen->geometry().width(), screen->geometry().height(), screen->devicePixelRatio());
}

void TestWindowFit::init() {
    m_outside.clear();
    m_visited.clear();
}

test::WindowWalker::Visit TestWindowFit::checker() {
    return [this](QWidget* window, const QString& how) {
        const QRect frame = window->frameGeometry();
        const QRect available = window->screen()->availableGeometry();
        const QString name = window->objectName().isEmpty()
                                 ? QString::fromLatin1(window->metaObject()->className())
                                 : window->objectName();
        m_visited.append(
            QStringLiteral("%1 (%2, %3×%4)").arg(how, name).arg(frame.width()).arg(frame.height()));
        if (!available.contains(frame)) {
            m_outside.append(
                QStringLiteral("%1 opens %2 at %3,%4 %5×%6 (minimum %7×%8), outside %9×%10")
                    .arg(how, name)
                    .arg(frame.x())
                    .arg(frame.y())
                    .arg(frame.width())
                    .arg(frame.height())
                    .arg(window->minimumSizeHint().width())
                    .arg(window->minimumSizeHint().height())
                    .arg(available.width())
                    .arg(available.height()));
        }
    };
}

void TestWindowFit::expectNoneOutside() {
    QVERIFY2(m_outside.isEmpty(), qPrintable(m_outside.join(QLatin1Char('\n'))));
    m_outside.clear();
    m_visited.clear();
}

void TestWindowFit::mainWindowDefaultFits() {
    test::WalkFixture fixture;
    const QString failure = fixture.setUp(test::WalkFixture::Data::Demo);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    MainWindow& window = fixture.window();
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1×%2 at %3,%4")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())));
    // The status bar is in reach: inside the screen.
    auto* status = window.findChild<QWidget*>(QStringLiteral("statusSummary"));
    QVERIFY(status && status->isVisible());
    const QRect statusOnScreen(status->mapToGlobal(QPoint(0, 0)), status->size());
    QVERIFY(available.contains(statusOnScreen));

    // With both lists docked under the panes it still fits.
    for (const char* name : {"waitingOnUsAction", "talentPoolAction"}) {
        auto* action = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }
    QTest::qWait(100);
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("talentPoolView"))->isVisible());
    // …and the panes keep room to work in: the list takes a third.
    auto* splitter = window.findChild<QWidget*>(QStringLiteral("mainSplitter"));
    QVERIFY2(
        splitter->height() >= window.height() / 2,
        qPrintable(QStringLiteral("panes %1 of %2").arg(splitter->height()).arg(window.height())));
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1×%2 with the lists")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())));
}

void TestWindowFit::rememberedSizeLargerThanTheScreenIsShrunk() {
    test::WalkFixture fixture;
    QVERIFY(fixture.setUp(test::WalkFixture::Data::Empty).isEmpty());
    // Closing stores the geometry; a window remembered from a larger screen
    // (here: made larger than this one by hand) comes back inside it.
    fixture.window().setGeometry(40, 40, 1900, 1150);
    fixture.window().close();
    MainWindow again(fixture.session(), fixture.settings());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    const QRect available = again.screen()->availableGeometry();
    QVERIFY2(available.contains(again.frameGeometry()),
             qPrintable(QStringLiteral("%1×%2")
                            .arg(again.frameGeometry().width())
                            .arg(again.frameGeometry().height())));
}

void TestWindowFit::everyWindowFromTheMenusFits_data() {
    QTest::addColumn<bool>("demo");
    QTest::newRow("demo database") << true;
    QTest::newRow("empty database") << false;
}

void TestWindowFit::everyWindowFromTheMenusFits() {
    QFETCH(bool, demo);
    test::WalkFixture fixture;
    const QString failure =
        fixture.setUp(demo ? test::WalkFixture::Data::Demo : test::WalkFixture::Data::Empty);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    test::WindowWalker walker(fixture.window());
    const QStringList triggered = walker.walkMenus(checker());
    qInfo("%d actions triggered, %d windows checked:\n%s", int(triggered.size()),
          int(m_visited.size()), qPrintable(m_visited.join(QLatin1Char('\n'))));
    // Not a vacuous pass: File › New, Open, New Opening, About… on any
    // database; with the demo also every Opening dialog and window.
    QVERIFY2(m_visited.size() >= (demo ? 15 : 5), qPrintable(m_visited.join(QLatin1Char('\n'))));
    expectNoneOutside();
}

void TestWindowFit::editorsOpenedFromWindowsFit() {
    test::WalkFixture fixture;
    QVERIFY(fixture.setUp(test::WalkFixture::Data::Demo).isEmpty());
    test::WindowWalker walker(fixture.window());
    walker.catchWindows(
        QStringLiteral("Enter on an interview"), [&] { fixture.openScorecard(); }, checker());
    walker.catchWindows(
        QStringLiteral("Rejection Drafts › Open Draft"), [&] { fixture.openDraftEditor(); },
        checker());
    const QString visited = m_visited.join(QLatin1Char('\n'));
    QVERIFY2(visited.contains(QStringLiteral("scorecardEditor")), qPrintable(visited));
    QVERIFY2(visited.contains(QStringLiteral("DraftEditor")) ||
                 visited.contains(QStringLiteral("draftEditor")),
             qPrintable(visited));
    expectNoneOutside();
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
