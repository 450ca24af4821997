#include "ImportCandidatesCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "csv/CandidateCsvImport.h"
#include "csv/CsvIssueText.h"
#include "csv/CsvReader.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>

namespace debrief::cli {
namespace {

QString fieldKeys() {
    QStringList keys;
    for (const CandidateField field : CandidateColumnMapping::allFields())
        keys.append(CandidateColumnMapping::key(field));
    return keys.join(QStringLiteral(", "));
}

/// Applies `--map FIELD=COLUMNS` overrides; the error names the --map.
Status applyMappings(const QStringList& maps, const QStringList& header,
                     CandidateColumnMapping& mapping) {
    for (const QString& map : maps) {
        const qsizetype equals = map.indexOf(QLatin1Char('='));
        const auto field =
            CandidateColumnMapping::fieldForKey(map.left(equals).trimmed().toLower());
        if (equals < 0 || !field) {
            return Error{
                ImportCandidatesCommand::tr("--map %1: expected FIELD=COLUMNS, FIELD one of %2")
                    .arg(map, fieldKeys())};
        }
        auto columns = CandidateColumnMapping::parseColumns(map.mid(equals + 1), header);
        if (!columns) {
            return Error{
                ImportCandidatesCommand::tr("--map %1: %2").arg(map, columns.errorMessage())};
        }
        mapping.setColumns(*field, *columns);
    }
    return {};
}

/// "name=1+2 (First Name + Last Name), email=4 (Email Address)": the
/// mapping in --map's own syntax, so that a user can check it and adjust it.
QString describeMapping(const CandidateColumnMapping& mapping, const QStringList& header) {
    QStringList parts;
    for (const CandidateField field : CandidateColumnMapping::allFields()) {
        const QList<int> columns = mapping.columns(field);
        if (columns.isEmpty())
            continue;
        QStringList numbers;
        QStringList names;
        for (const int col : columns) {
            numbers.append(QString::number(col + 1));
            names.append(header.value(col));
        }
        parts.append(QStringLiteral("%1=%2 (%3)")
                         .arg(CandidateColumnMapping::key(field), numbers.join(QLatin1Char('+')),
                              names.join(QStringLiteral(" + "))));
    }
    return parts.join(QStringLiteral(", "));
}

/// The first problems as FILE:LINE:COLUMN (FILE alone for the whole file),
/// then how many more there are: a file with a million bad rows prints a
/// screenful, not a million lines.
void printIssues(QTextStream& err, const QString& file, const CandidateImportPlan& plan) {
    const CsvIssueText::Digest digest =
        CsvIssueText::digest(plan.issues, plan.errors, plan.warnings);
    for (const CsvIssue& issue : digest.listed) {
        const QString kind = issue.isError() ? ImportCandidatesCommand::tr("error")
                                             : ImportCandidatesCommand::tr("warning");
        err << file;
        if (issue.line > 0)
            err << ':' << issue.line;
        if (issue.line > 0 && issue.column > 0)
            err << ':' << issue.column;
        err << ": " << kind << ": " << issue.message << '\n';
    }
    if (const QString more = CsvIssueText::more(digest); !more.isEmpty())
        err << file << ": " << more << '\n';
}

/// What the user can do about errors that a command-line choice fixes.
void printHints(QTextStream& err, const CandidateImportPlan& plan,
                const CandidateColumnMapping& mapping) {
    const int dateField = mapping.column(CandidateField::AppliedOn) + 1;
    bool columns = false;
    bool dates = false;
    for (const CsvIssue& issue : plan.issues) {
        columns = columns || (issue.isError() && issue.line == 1 && issue.field == 0);
        dates = dates || (issue.isError() && dateField > 0 && issue.field == dateField);
    }
    if (columns) {
        err << ImportCandidatesCommand::tr("Choose the columns with --map FIELD=COLUMNS, e.g. "
                                           "--map name=1+2 --map email=3 (see --help).")
            << '\n';
    }
    if (dates && mapping.dateOrder() == DateOrder::Detect) {
        err << ImportCandidatesCommand::tr(
                   "Say how the dates are written with --date-order day-first or month-first.")
            << '\n';
    }
}

} // namespace

QString ImportCandidatesCommand::summary() const {
    return tr("Add the candidates of a CSV file to an opening");
}

int ImportCandidatesCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(
        name(),
        summary() + QStringLiteral("\n\n") +
            tr("The columns are found by their headers in English, German or French; a name\n"
               "in two columns (First Name + Last Name, Vorname + Nachname, Prénom + Nom) is\n"
               "joined. Dates: 2026-01-05, 2026-01-05T10:30:00Z, 05.01.2026, 05/01/2026 or\n"
               "01/05/2026 (the file's dates decide which comes first), 5 Jan 2026,\n"
               "Jan 5, 2026, 5. Januar 2026, 5 janvier 2026. A row whose e-mail already\n"
               "applied to the opening, or repeats an earlier row's, is skipped; someone\n"
               "known from another opening is added to this one. Nothing is written\n"
               "unless the whole file is clean.\n\n"
               "Examples:\n"
               "  --map name=2+3            name from columns 2 and 3, joined with a space\n"
               "  --map \"name=First Name+Last Name\" --map email=E-Mail\n"
               "  --map phone=0             do not import the phone numbers"),
        tr("Usage: debrief-cli import-candidates --db FILE --opening ID [OPTIONS] FILE.csv"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption openingOption = CommandLine::openingOption();
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), tr("Read the file in this encoding instead of detecting it."),
        tr("NAME"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"),
        tr("Field delimiter instead of detecting it: one character, or tab, comma, semicolon, "
           "pipe or space."),
        tr("CHAR"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        tr("Take FIELD from COLUMNS: a column number (from 1) or a header name, or several "
           "joined with + (name=2+3); 0 imports nothing for FIELD. Repeat for more fields. "
           "Fields: %1.")
            .arg(fieldKeys()),
        tr("FIELD=COLUMNS"));
    const QCommandLineOption dateOrderOption(
        QStringLiteral("date-order"),
        tr("How numeric dates such as 03/04/2026 are written: day-first or month-first "
           "(default: decided by the file's dates)."),
        tr("ORDER"));
    line.parser().addOptions(
        {dbOption, openingOption, encodingOption, delimiterOption, mapOption, dateOrderOption});
    line.parser().addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &openingOption}, 1))
        return line.usageError(err);
    const QCommandLineParser& parser = line.parser();

    const QString dateOrder = parser.value(dateOrderOption);
    if (!dateOrder.isEmpty() && dateOrder != QLatin1String("day-first") &&
        dateOrder != QLatin1String("month-first")) {
        return line.usageError(
            err, tr("--date-order %1: expected day-first or month-first").arg(dateOrder));
    }
    CsvReader::Options options;
    options.encoding = parser.value(encodingOption);
    if (parser.isSet(delimiterOption)) {
        auto delimiter = CsvReader::delimiterNamed(parser.value(delimiterOption));
        if (!delimiter)
            return line.usageError(err, tr("--delimiter: %1").arg(delimiter.errorMessage()));
        options.delimiter = *delimiter;
    }
    const QString csvPath = parser.positionalArguments().first();
    // Read as a stream: the first rows for the columns, then the whole file
    // to check it, then again to write it; never all of it at once.
    QFile file;
    if (Status opened = CommandLine::openFile(file, csvPath); !opened)
        return fail(err, opened.errorMessage());
    const CsvTable table = CsvReader::parse(file, options, CandidateCsvImport::kPreviewRows);

    CandidateColumnMapping mapping = CandidateColumnMapping::guess(table);
    if (auto mapped = applyMappings(parser.values(mapOption), table.header, mapping); !mapped)
        return line.usageError(err, mapped.errorMessage());
    if (!dateOrder.isEmpty()) {
        mapping.setDateOrder(dateOrder == QLatin1String("day-first") ? DateOrder::DayFirst
                                                                     : DateOrder::MonthFirst);
    }

    auto db = Database::open(parser.value(dbOption), Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.errorMessage());
    auto openingId = RecordArgument::opening(**db, parser.value(openingOption));
    if (!openingId || *openingId == kNoRow) {
        err << (openingId ? tr("--opening takes a number or a uuid.") : openingId.errorMessage())
            << '\n';
        return openingId ? kUsageError : kInputError;
    }
    const CandidateCsvReading reading{options, mapping, QDate::currentDate()};
    // Checked and written in one pass and one transaction, so what the
    // check found stays true until the write commits; with any error nothing
    // is written, and the plan lists every problem as a preview would.
    CandidateImportPlan plan;
    auto written = CandidateCsvImport::checkAndWrite(**db, *openingId, file, reading, plan);
    // The columns were read when the file was (not when the database could
    // not even be read).
    const QString used = describeMapping(mapping, table.header);
    if ((written || plan.hasErrors()) && !used.isEmpty())
        out << tr("Columns: %1").arg(used) << '\n';
    printIssues(err, csvPath, plan);
    if (plan.hasErrors()) {
        printHints(err, plan, mapping);
        err << tr("Nothing was imported.") << '\n';
        return kInputError;
    }
    if (!written) {
        err << written.errorMessage() << '\n' << tr("Nothing was imported.") << '\n';
        return kInputError;
    }
    // What the write found (the same as the check, inside one transaction).
    out << tr("Imported %n candidate(s).", "", written->count());
    if (written->knownPeople > 0)
        out << ' '
            << tr("%n of them already known from another opening.", "", written->knownPeople);
    if (written->duplicatesSkipped > 0)
        out << ' ' << tr("Skipped %n duplicate(s).", "", written->duplicatesSkipped);
    out << '\n';
    return 0;
}

} // namespace debrief::cli
