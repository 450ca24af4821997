#include "PersonExportCommand.h"

#include "CommandLine.h"
#include "PrivacyCommandLine.h"

#include "files/OutputPaths.h"
#include "interchange/PrivateFile.h"
#include "privacy/PersonExport.h"
#include "privacy/PersonRecords.h"
#include "storage/Database.h"

namespace debrief::cli {

QString PersonExportCommand::summary() const {
    return tr("Write everything held about one candidate as JSON (a subject access request)");
}

int PersonExportCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli person-export --db FILE --candidate ID --out "
                        "FILE.json"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption candidateOption = PrivacyCommandLine::candidateOption();
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The JSON file to write (readable by you only)."), tr("FILE"));
    line.parser().addOptions({dbOption, candidateOption, outOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &candidateOption, &outOption}, 0))
        return line.usageError(err);
    const QString target = line.value(outOption);
    if (Status apart = OutputPaths::check(target, line.value(dbOption)); !apart)
        return line.usageError(err, apart.errorMessage());

    PersonArguments person;
    if (auto exit = PrivacyCommandLine::openPerson(line, dbOption, candidateOption, err, person))
        return *exit;
    Database& db = *person.db;
    const RowId candidateId = person.candidateId;
    auto json = PersonExport(db).exportJson(candidateId, QDateTime::currentDateTimeUtc());
    if (!json)
        return fail(err, json.errorMessage());
    auto records = PersonRecords::load(db, candidateId);
    if (!records)
        return fail(err, records.errorMessage());
    if (Status written = PrivateFile::write(target, *json); !written)
        return fail(err, written.errorMessage());
    out << tr("Wrote %1 (readable by you only): candidate #%2, %3.")
               .arg(target)
               .arg(candidateId)
               .arg(records->counts().toDisplayText())
        << '\n';
    return 0;
}

} // namespace debrief::cli
