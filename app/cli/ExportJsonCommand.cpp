#include "ExportJsonCommand.h"

#include "OpeningArgument.h"

#include "interchange/OpeningExporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace debrief::cli {
namespace {

constexpr int kUsageError = 2;

/// Writes the export owner-readable only: it holds candidates' personal data.
Status writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ExportJsonCommand::tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return Error{ExportJsonCommand::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace

QString ExportJsonCommand::summary() const {
    return tr("Write one opening and everything about it as JSON");
}

int ExportJsonCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The Debrief database file."),
                                      tr("FILE"));
    const QCommandLineOption openingOption(
        QStringLiteral("opening"), tr("The opening to export: its id in FILE, or its uuid."),
        tr("ID"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("Write the JSON to this file instead of stdout."), tr("FILE"));
    parser.addOptions({helpOption, dbOption, openingOption, outOption});
    const QString usage = tr("Usage: debrief-cli export-json --db FILE --opening ID [--out FILE]");
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
    if (!parser.isSet(dbOption) || !parser.isSet(openingOption) ||
        !parser.positionalArguments().isEmpty()) {
        err << usage << '\n';
        return kUsageError;
    }
    auto db = Database::openSqlite(parser.value(dbOption), Database::OpenMode::MustExist);
    if (!db) {
        err << db.errorMessage() << '\n';
        return 1;
    }
    auto openingId = OpeningArgument::resolve(**db, parser.value(openingOption));
    if (!openingId) {
        err << openingId.errorMessage() << '\n';
        return 1;
    }
    if (*openingId == kNoRow) {
        err << tr("--opening takes a number or a uuid, not \"%1\".")
                   .arg(parser.value(openingOption))
            << '\n'
            << usage << '\n';
        return kUsageError;
    }
    auto json = OpeningExporter(**db).exportJson(*openingId);
    if (!json) {
        err << json.errorMessage() << '\n';
        return 1;
    }
    if (!parser.isSet(outOption)) {
        out << QString::fromUtf8(*json);
        return 0;
    }
    if (auto written = writeFile(parser.value(outOption), *json); !written) {
        err << written.errorMessage() << '\n';
        return 1;
    }
    return 0;
}

} // namespace debrief::cli
