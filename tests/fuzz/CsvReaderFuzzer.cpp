// Fuzzes the CSV reader behind every candidate import (CsvReader, then the
// column guess and the date reader the import plan runs on its cells): each
// input is read as detected, then with an encoding and delimiter chosen by
// hand, as the import dialog and `debrief-cli import-candidates --encoding
// --delimiter` allow.

#include "FuzzSupport.h"

#include "csv/CandidateColumnMapping.h"
#include "csv/CsvDateReader.h"
#include "csv/CsvReader.h"

#include <array>

using namespace debrief;

namespace {

/// Checks what the import relies on in a parsed table, then runs the column
/// guess and the date reader over it as the import plan does.
void checkTable(const QByteArray& file, const CsvTable& table) {
    // Every line number points into the file: a message never names a line
    // the user cannot find. Records come in file order.
    const qsizetype lines = file.count('\n') + file.count('\r') + 1;
    int previous = 0;
    for (const CsvRecord& record : table.records) {
        fuzz::require(record.line > previous && record.line <= lines, "record lines in order");
        fuzz::require(!record.fields.isEmpty(), "a record has a field");
        previous = record.line;
    }
    for (const CsvIssue& issue : table.issues) {
        fuzz::require(issue.line >= 0 && issue.line <= lines, "issue line inside the file");
        fuzz::require(issue.column >= 0 && issue.field >= 0, "issue column not negative");
        fuzz::require(!issue.message.isEmpty(), "issue has a message");
    }
    if (table.header.isEmpty())
        return;

    const CandidateColumnMapping mapping = CandidateColumnMapping::guess(table);
    Q_UNUSED(mapping);
    QStringList firstColumn;
    for (const CsvRecord& record :
         std::as_const(table.records).first(qMin<qsizetype>(table.records.size(), 50)))
        firstColumn.append(record.fields.first());
    const CsvDateReader::OrderEvidence evidence = CsvDateReader::orderOf(firstColumn);
    fuzz::require(evidence.deciding < firstColumn.size() &&
                      evidence.contradicting < firstColumn.size(),
                  "date order evidence points at a value");
    for (const QString& value : std::as_const(firstColumn)) {
        const CsvDateReader::Reading reading = CsvDateReader::read(value, evidence.order);
        fuzz::require(reading.outcome != CsvDateReader::Outcome::Date || reading.date.isValid(),
                      "a date read is a valid date");
        fuzz::require(reading.outcome != CsvDateReader::Outcome::Ambiguous ||
                          (reading.date.isValid() && reading.monthFirst.isValid()),
                      "an ambiguous date has both readings");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray file = fuzz::bytes(data, size);
    checkTable(file, CsvReader::parse(file));
    if (size == 0)
        return 0;
    // The first byte also picks an encoding and delimiter chosen by hand,
    // read over the whole file again.
    static const std::array<const char*, 5> encodings = {"UTF-8", "Windows-1252", "UTF-16LE",
                                                         "UTF-16BE", "ISO-8859-15"};
    static const std::array<char, 5> delimiters = {'\0', ',', ';', '\t', '|'};
    CsvReader::Options options;
    options.encoding = QString::fromLatin1(encodings[data[0] % encodings.size()]);
    const char delimiter = delimiters[(data[0] / encodings.size()) % delimiters.size()];
    if (delimiter != '\0')
        options.delimiter = QLatin1Char(delimiter);
    checkTable(file, CsvReader::parse(file, options));
    return 0;
}
