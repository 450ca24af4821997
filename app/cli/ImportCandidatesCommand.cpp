#include "ImportCandidatesCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "csv/CandidateCsvImport.h"
#include "csv/CsvReader.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>

namespace debrief::cli {
namespace {

/// Applies `--map field=column` overrides (column numbers start at 1, as a
/// spreadsheet shows them; 0 unmaps the field).
Status applyMappings(const QStringList& maps, CandidateColumnMapping& mapping) {
    for (const QString& map : maps) {
        const QString key = map.section(QLatin1Char('='), 0, 0);
        bool isNumber = false;
        const int column = map.section(QLatin1Char('='), 1).toInt(&isNumber);
        bool known = false;
        for (const CandidateField field : CandidateColumnMapping::allFields()) {
            if (CandidateColumnMapping::key(field) == key) {
                known = true;
                mapping.setColumn(field, column - 1);
            }
        }
        if (!known || !isNumber || column < 0)
            return Error{ImportCandidatesCommand::tr("--map %1: expected FIELD=COLUMN").arg(map)};
    }
    return {};
}

QStringList storedEmails(Database& db) {
    QStringList emails;
    auto candidates = CandidateRepository(db).list();
    if (!candidates)
        return emails;
    for (const Candidate& candidate : *candidates) {
        if (!candidate.email.isEmpty())
            emails.append(candidate.email.toCaseFolded());
    }
    return emails;
}

void printIssues(QTextStream& err, const QString& file, const QList<CsvIssue>& issues) {
    for (const CsvIssue& issue : issues) {
        const QString kind = issue.isError() ? ImportCandidatesCommand::tr("error")
                                             : ImportCandidatesCommand::tr("warning");
        err << file << ':' << issue.line;
        if (issue.column > 0)
            err << ':' << issue.column;
        err << ": " << kind << ": " << issue.message << '\n';
    }
}

} // namespace

QString ImportCandidatesCommand::summary() const {
    return tr("Add the candidates of a CSV file to an opening");
}

int ImportCandidatesCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(
        name(), summary(),
        tr("Usage: debrief-cli import-candidates --db FILE --opening ID [OPTIONS] FILE.csv"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption openingOption = CommandLine::openingOption();
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), tr("Read the file in this encoding instead of detecting it."),
        tr("NAME"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), tr("Field delimiter instead of detecting it (use \"tab\")."),
        tr("CHAR"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        tr("Take FIELD from COLUMN (1-based), e.g. email=3. Fields: name, preferred-name, email, "
           "phone, location, source, notes, applied-on."),
        tr("FIELD=COLUMN"));
    const QCommandLineOption duplicatesOption(
        QStringLiteral("import-duplicates"),
        tr("Also import rows whose e-mail is already stored or repeated (default: skip them)."));
    line.parser().addOptions(
        {dbOption, openingOption, encodingOption, delimiterOption, mapOption, duplicatesOption});
    line.parser().addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &openingOption}, 1))
        return line.usageError(err);
    const QCommandLineParser& parser = line.parser();

    const QString csvPath = parser.positionalArguments().first();
    auto bytes = CommandLine::readFile(csvPath);
    if (!bytes)
        return fail(err, bytes.errorMessage());
    CsvReader::Options options;
    options.encoding = parser.value(encodingOption);
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter == QLatin1String("tab"))
        options.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        options.delimiter = delimiter.front();
    const CsvTable table = CsvReader::parse(*bytes, options);

    auto db = Database::openSqlite(parser.value(dbOption), Database::OpenMode::MustExist);
    if (!db) {
        err << db.errorMessage() << '\n';
        return kInputError;
    }
    auto openingId = RecordArgument::opening(**db, parser.value(openingOption));
    if (!openingId || *openingId == kNoRow) {
        err << (openingId ? tr("--opening takes a number or a uuid.") : openingId.errorMessage())
            << '\n';
        return openingId ? kUsageError : kInputError;
    }
    CandidateColumnMapping mapping = CandidateColumnMapping::guess(table.header);
    if (auto mapped = applyMappings(parser.values(mapOption), mapping); !mapped) {
        err << mapped.errorMessage() << '\n';
        return kUsageError;
    }
    const CandidateImportPlan plan =
        CandidateCsvImport::plan(table, mapping, storedEmails(**db), QDate::currentDate());
    printIssues(err, csvPath, plan.issues);
    if (plan.hasErrors()) {
        err << tr("Nothing was imported.") << '\n';
        return kInputError;
    }
    const auto policy = parser.isSet(duplicatesOption)
                            ? CandidateCsvImport::DuplicatePolicy::ImportAnyway
                            : CandidateCsvImport::DuplicatePolicy::Skip;
    auto written = CandidateCsvImport::commit(**db, *openingId, plan, policy);
    if (!written) {
        err << written.errorMessage() << '\n' << tr("Nothing was imported.") << '\n';
        return kInputError;
    }
    out << tr("Imported %n candidate(s).", "", *written);
    if (plan.duplicateCount() > 0 && policy == CandidateCsvImport::DuplicatePolicy::Skip)
        out << ' ' << tr("Skipped %n duplicate(s).", "", plan.duplicateCount());
    out << '\n';
    return 0;
}

} // namespace debrief::cli
