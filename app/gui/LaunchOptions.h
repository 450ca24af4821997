#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

namespace debrief {

/// What `debrief` was asked to do on its command line.
struct LaunchOptions {
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    QString databasePath;
    QString screenshotPath;
    QString viewName = QStringLiteral("main");
    QSize size{1280, 800};
    QString language;
    QDate today;
    /// Print the names of the views --view accepts, then exit.
    bool listViews = false;
    /// Open the main window on --db and quit right after the candidate list
    /// has first been painted: start-up to first paint, for timing.
    bool benchmarkStartup = false;

    bool wantsScreenshot() const { return !screenshotPath.isEmpty(); }

    /// Parses the arguments (including the program name); --help and
    /// --version print and exit inside, as QCommandLineParser does.
    static Result<LaunchOptions> parse(const QStringList& arguments);
};

} // namespace debrief
