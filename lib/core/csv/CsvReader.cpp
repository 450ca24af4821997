#include "CsvReader.h"

#include "CsvRecordStream.h"
#include "Utf8Scan.h"

#include <QBuffer>

#include <algorithm>
#include <array>

namespace debrief {
namespace {

/// Number of delimiter characters outside quotes on each of the first lines.
QList<int> countsPerLine(const QString& text, QChar delimiter) {
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == delimiter) {
            ++count;
        } else if (!quoted && c == QLatin1Char('\n')) {
            counts.append(count);
            count = 0;
            if (counts.size() >= CsvReader::kSampleLines)
                return counts;
        }
    }
    if (count > 0)
        counts.append(count);
    return counts;
}

} // namespace

QChar CsvReader::detectDelimiter(const QString& text) {
    constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    QChar best = QLatin1Char(',');
    int bestScore = -1;
    for (const char candidate : candidates) {
        const QList<int> counts = countsPerLine(text, QLatin1Char(candidate));
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        // A real delimiter appears the same number of times on every line;
        // score by how many lines agree with the header line.
        int agreeing = 0;
        for (const int count : counts)
            agreeing += count == counts.first() ? 1 : 0;
        const int score = agreeing * 100 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = QLatin1Char(candidate);
        }
    }
    return best;
}

QString CsvReader::detectEncoding(const QByteArray& bytes) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (const QString utf16 = utf16ByZeroBytes(bytes); !utf16.isEmpty())
        return utf16;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return csv::Utf8Scan::of(buffer).offset < 0 ? QStringLiteral("UTF-8")
                                                : QStringLiteral("Windows-1252");
}

QString CsvReader::utf16ByZeroBytes(const QByteArray& bytes) {
    // In UTF-16 the delimiters, digits, line breaks and Latin letters that
    // fill a CSV file all have a zero byte, on the same side of every
    // character; UTF-8 and Windows-1252 text has no zero bytes at all (a
    // stray NUL or two does not reach the share asked for here).
    const qsizetype sample = std::min<qsizetype>(bytes.size(), kUtf16SampleBytes) & ~qsizetype(1);
    const qsizetype pairs = sample / 2;
    if (pairs < 2)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == '\0' ? 1 : 0;
        oddZeros += bytes.at(i + 1) == '\0' ? 1 : 0;
    }
    const auto pattern = [pairs](qsizetype zeros, qsizetype otherSide) {
        return zeros * 4 >= pairs && otherSide * 8 <= zeros;
    };
    if (pattern(oddZeros, evenZeros))
        return QStringLiteral("UTF-16LE");
    if (pattern(evenZeros, oddZeros))
        return QStringLiteral("UTF-16BE");
    return {};
}

Result<QChar> CsvReader::delimiterNamed(const QString& name) {
    static const QList<QPair<QLatin1String, QChar>> named{
        {QLatin1String("tab"), QLatin1Char('\t')},
        {QLatin1String("comma"), QLatin1Char(',')},
        {QLatin1String("semicolon"), QLatin1Char(';')},
        {QLatin1String("pipe"), QLatin1Char('|')},
        {QLatin1String("space"), QLatin1Char(' ')}};
    for (const auto& [word, delimiter] : named) {
        if (name.compare(word, Qt::CaseInsensitive) == 0)
            return delimiter;
    }
    if (name.size() == 1) {
        const QChar c = name.front();
        const bool separates =
            c == QLatin1Char('\t') || (c != QLatin1Char('"') && !c.isLetterOrNumber() &&
                                       c.category() != QChar::Other_Control);
        if (separates)
            return c;
    }
    return Error{tr("“%1” cannot separate the fields: give one character (not a quote, letter or "
                    "digit), or tab, comma, semicolon, pipe or space")
                     .arg(name)};
}

CsvTable CsvReader::parse(const QByteArray& bytes, const Options& options) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return parse(buffer, options);
}

CsvTable CsvReader::parse(QIODevice& device, const Options& options, qsizetype maxRecords) {
    CsvRecordStream stream(device, options);
    CsvTable table;
    if (stream.open()) {
        table.header = stream.header();
        CsvRecord record;
        while (table.records.size() < maxRecords && stream.next(record))
            table.records.append(std::move(record));
    }
    table.encoding = stream.encoding();
    table.delimiter = stream.delimiter();
    table.issues = stream.takeIssues();
    table.skippedBlankRows = stream.skippedBlankRows();
    return table;
}

} // namespace debrief
