#include "DatabaseSession.h"
#include "FirstPaintQuit.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "RecentDatabases.h"
#include "ScreenshotRenderer.h"
#include "ViewRegistry.h"
#include "WarningBox.h"
#include "scorecard/ScorecardMenu.h"
#include "server/KeychainPasswordStore.h"
#include "server/RecentServers.h"
#include "server/ServerStartup.h"

#include "DebriefVersion.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"
#include "storage/ServerAddress.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QTextStream>

namespace {

using namespace debrief;

/// --db wins; then the database used last time, if it is still there; then
/// the default file in the user's data folder, created on first start. A
/// server's password comes from the keychain.
Status openStartupDatabase(DatabaseSession& session, const LaunchOptions& options,
                           const Settings& settings) {
    const QString last = settings.lastDatabasePath();
    const QString wanted = options.databasePath.isEmpty() ? last : options.databasePath;
    if (ServerAddress::isServerUri(wanted)) {
        KeychainPasswordStore keychain;
        return ServerStartup::open(session, wanted, keychain);
    }
    if (!options.databasePath.isEmpty())
        return session.open(options.databasePath, Database::OpenMode::MustExist);
    if (!last.isEmpty() && QFileInfo::exists(last))
        return session.open(last, Database::OpenMode::MustExist);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return session.open(folder + QStringLiteral("/debrief.sqlite"),
                        Database::OpenMode::CreateIfMissing);
}

int takeScreenshot(DatabaseSession& session, Settings& settings, const LaunchOptions& options) {
    QTextStream err(stderr);
    ViewContext context{session, settings};
    auto view = ViewRegistry::standard().create(options.viewName, context);
    if (!view) {
        err << view.errorMessage() << '\n';
        return 2;
    }
    if (auto rendered = ScreenshotRenderer::render(**view, options.size, options.screenshotPath);
        !rendered) {
        err << rendered.errorMessage() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("debrief"));
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationVersion(debrief::applicationVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.debrief.Debrief"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/debrief/icons/debrief.svg")));

    auto options = LaunchOptions::parse(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << options.errorMessage() << '\n';
        return 2;
    }
    if (options->listViews) {
        QTextStream out(stdout);
        for (const QString& name : ViewRegistry::standard().names())
            out << name << '\n';
        return 0;
    }
    Settings settings;
    const QString language =
        options->language.isEmpty() ? settings.uiLanguage() : options->language;
    UiLanguage::install(app, UiLanguage::resolve(language));

    DatabaseSession session;
    session.clock().setFixedToday(options->today);
    const Status opened = openStartupDatabase(session, *options, settings);

    // Runs without a person watching stop at a database that does not open.
    if ((options->wantsScreenshot() || options->benchmarkStartup) && !opened) {
        QTextStream(stderr) << opened.errorMessage() << '\n';
        return 1;
    }
    if (options->wantsScreenshot())
        return takeScreenshot(session, settings, *options);

    MainWindow window(session, settings);
    if (options->benchmarkStartup) {
        // Start-up to the first paint of the candidate list (the window's,
        // when the welcome page stands in for it), and nothing after it: no
        // question who is scoring, no recent-files entry.
        auto* table = window.findChild<QAbstractItemView*>(QStringLiteral("candidateTable"));
        FirstPaintQuit::install(table && table->isVisibleTo(&window) ? *table->viewport() : window);
        window.show();
        return QApplication::exec();
    }
    window.show();
    if (opened && session.server())
        RecentServers(settings).add(*session.server());
    else if (opened)
        RecentDatabases(settings).add(session.filePath());
    else if (!session.isOpen() && ServerAddress::isServerUri(options->databasePath.isEmpty()
                                                                 ? settings.lastDatabasePath()
                                                                 : options->databasePath))
        ServerStartup::offerLocalFile(&window, opened.errorMessage());
    else
        WarningBox::show(&window, QCoreApplication::translate("main", "Debrief"),
                         opened.errorMessage());
    // Asks who is scoring when this computer has not said so for the database.
    if (ScorecardMenu* scoring = ScorecardMenu::of(&window))
        scoring->askWhoIsScoring();
    return QApplication::exec();
}
