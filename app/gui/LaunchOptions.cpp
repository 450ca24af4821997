#include "LaunchOptions.h"

#include "ScreenshotRenderer.h"
#include "settings/UiLanguage.h"

#include <QCommandLineParser>

namespace debrief {

Result<LaunchOptions> LaunchOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Structured interview debriefs for hiring panels."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("Open the database FILE."), tr("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render a view into the PNG file OUT and exit."),
                                        tr("OUT"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("The view to render with --screenshot (default: main)."),
                                  tr("NAME"), QStringLiteral("main"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("The screenshot size (default: 1280x800)."), tr("WxH"),
                                  QStringLiteral("1280x800"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The user interface language: de, fr or en."), tr("LANGUAGE"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("Treat DATE as today when marking overdue answers."),
                                   tr("YYYY-MM-DD"));
    const QCommandLineOption listViews(QStringLiteral("list-views"),
                                       tr("Print the names of the views --view accepts."));
    const QCommandLineOption benchmarkStartup(
        QStringLiteral("benchmark-startup"),
        tr("Open the database given with --db and quit as soon as its candidate list has been "
           "shown (for timing start-up)."));
    parser.addOptions({db, screenshot, view, size, lang, today, listViews, benchmarkStartup});
    if (!parser.parse(arguments))
        return Error{parser.errorText()};
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        return Error{tr("Unexpected argument '%1'. Use --db FILE to open a database.")
                         .arg(parser.positionalArguments().constFirst())};
    }

    LaunchOptions options;
    options.databasePath = parser.value(db);
    options.screenshotPath = parser.value(screenshot);
    options.viewName = parser.value(view);
    options.listViews = parser.isSet(listViews);
    options.benchmarkStartup = parser.isSet(benchmarkStartup);
    if (options.benchmarkStartup && options.databasePath.isEmpty())
        return Error{tr("--benchmark-startup needs --db FILE.")};
    auto parsedSize = ScreenshotRenderer::parseSize(parser.value(size));
    if (!parsedSize)
        return parsedSize.error();
    options.size = *parsedSize;
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !UiLanguage::supported().contains(options.language)) {
        return Error{
            tr("Unknown language '%1'. Supported: %2.")
                .arg(options.language, UiLanguage::supported().join(QStringLiteral(", ")))};
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            return Error{
                tr("Invalid date '%1' for --today: expected YYYY-MM-DD.").arg(parser.value(today))};
        }
    }
    return options;
}

} // namespace debrief
