#include "EmptyOpeningWindow.h"

#include "DatabaseSession.h"
#include "EmptyOpening.h"
#include "MainWindow.h"

#include "interchange/OpeningExporter.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QMenu>
#include <QTest>

namespace debrief::test {

EmptyOpeningWindow::EmptyOpeningWindow() = default;

EmptyOpeningWindow::~EmptyOpeningWindow() {
    window.reset();
    session.reset();
    settings.reset();
    dir.reset();
}

QString EmptyOpeningWindow::start() {
    dir = std::make_unique<QTemporaryDir>();
    path = dir->filePath(QStringLiteral("panel.sqlite"));
    QString error;
    {
        EmptyOpening opening = EmptyOpening::build(path, &error);
        if (!error.isEmpty())
            return error;
        openingId = opening.openingId;
    }
    settings = std::make_unique<Settings>(dir->filePath(QStringLiteral("debriefrc")));
    session = std::make_unique<DatabaseSession>();
    if (auto opened = session->open(path); !opened)
        return opened.errorMessage();
    window = std::make_unique<MainWindow>(*session, *settings);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return QStringLiteral("the main window did not become active");
    return {};
}

bool EmptyOpeningWindow::fileMenu(int key) {
    window->activateWindow();
    if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == window.get(); }, 5000))
        return false;
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(target, Qt::Key_F, Qt::AltModifier);
    QMenu* menu = nullptr;
    const bool opened = QTest::qWaitFor(
        [&menu] {
            return (menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr;
        },
        5000);
    if (!opened)
        return false;
    QTest::keyClick(menu, Qt::Key(key));
    return true;
}

QByteArray EmptyOpeningWindow::exported() const {
    if (!session || !session->isOpen())
        return "closed";
    auto json = OpeningExporter(session->database()).exportJson(openingId);
    return json ? *json : json.errorMessage().toUtf8();
}

} // namespace debrief::test
