#include "ImportJsonCommand.h"

#include "interchange/OpeningImporter.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace debrief::cli {
namespace {

constexpr int kUsageError = 2;

/// Removes a database file that this command created for a failed import,
/// with SQLite's side files, so that a failure leaves nothing behind.
void removeCreatedDatabase(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

QString ImportJsonCommand::summary() const {
    return tr("Read an opening exported with export-json into a database");
}

int ImportJsonCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The Debrief database file (created when missing)."), tr("FILE"));
    parser.addOptions({helpOption, dbOption});
    parser.addPositionalArgument(QStringLiteral("IN.json"), tr("The file to import."));
    const QString usage = tr("Usage: debrief-cli import-json --db FILE IN.json");
    if (!parser.parse(QStringList{name()} + args)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return kUsageError;
    }
    if (parser.isSet(helpOption)) {
        out << usage << "\n\n"
            << summary() << "\n\n"
            << parser.helpText().section(QLatin1Char('\n'), 3);
        return 0;
    }
    if (!parser.isSet(dbOption) || parser.positionalArguments().size() != 1) {
        err << usage << '\n';
        return kUsageError;
    }
    const QString inPath = parser.positionalArguments().constFirst();
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(inPath, in.errorString()) << '\n';
        return 1;
    }
    const QByteArray json = in.readAll();

    const QString dbPath = parser.value(dbOption);
    const bool existed = QFileInfo::exists(dbPath);
    auto db = Database::openSqlite(dbPath);
    if (!db) {
        err << db.errorMessage() << '\n';
        return 1;
    }
    auto imported = OpeningImporter(**db).importJson(json, inPath);
    if (!imported) {
        err << imported.errorMessage() << '\n';
        if (!existed) {
            const QString location = (*db)->location();
            db->reset();
            removeCreatedDatabase(location);
        }
        return 1;
    }
    auto opening = OpeningRepository(**db).get(*imported);
    if (!opening) {
        err << opening.errorMessage() << '\n';
        return 1;
    }
    out << tr("Imported opening %1: %2").arg(*imported).arg(opening->title) << '\n';
    return 0;
}

} // namespace debrief::cli
