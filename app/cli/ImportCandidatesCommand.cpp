#include "ImportCandidatesCommand.h"

#include "OpeningArgument.h"

#include "csv/CandidateCsvImport.h"
#include "csv/CsvReader.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>

namespace debrief::cli {
namespace {

constexpr int kUsageError = 2;
constexpr int kInputError = 1;

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
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The Debrief database file."),
                                      tr("FILE"));
    const QCommandLineOption openingOption(
        QStringLiteral("opening"), tr("The opening: its id in FILE, or its uuid."), tr("ID"));
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
    parser.addOptions({help, dbOption, openingOption, encodingOption, delimiterOption, mapOption,
                       duplicatesOption});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    const QString usage =
        tr("Usage: debrief-cli import-candidates --db FILE --opening ID [OPTIONS] FILE.csv");
    if (!parser.parse(QStringList{name()} + args)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return kUsageError;
    }
    if (parser.isSet(help)) {
        out << usage << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 3);
        return 0;
    }
    if (!parser.isSet(dbOption) || !parser.isSet(openingOption) ||
        parser.positionalArguments().size() != 1) {
        err << usage << '\n';
        return kUsageError;
    }

    const QString csvPath = parser.positionalArguments().first();
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(csvPath, file.errorString()) << '\n';
        return kInputError;
    }
    CsvReader::Options options;
    options.encoding = parser.value(encodingOption);
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter == QLatin1String("tab"))
        options.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        options.delimiter = delimiter.front();
    const CsvTable table = CsvReader::parse(file.readAll(), options);

    auto db = Database::openSqlite(parser.value(dbOption), Database::OpenMode::MustExist);
    if (!db) {
        err << db.errorMessage() << '\n';
        return kInputError;
    }
    auto openingId = OpeningArgument::resolve(**db, parser.value(openingOption));
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
