#include "CsvReader.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace debrief {
namespace {

constexpr int kSampleLines = 20;
/// How much of a file the UTF-16 test looks at: enough lines to judge.
constexpr qsizetype kUtf16SampleBytes = 4096;

struct Position {
    int line = 1;
    int column = 1;
    /// Offset of the byte in the file; -1 when every byte is valid.
    qsizetype offset = -1;
};

/// Finds the line and column of the first byte that is not valid UTF-8, so
/// the user can see where the file stops being UTF-8.
Position firstInvalidUtf8(const QByteArray& bytes) {
    Position pos;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype n = bytes.size();
    const auto invalidAt = [&pos](qsizetype offset) {
        pos.offset = offset;
        return pos;
    };
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        int length = 1;
        if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        else if (c >= 0xE0)
            length = 3;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0x80)
            return invalidAt(i);
        if (i + length > n)
            return invalidAt(i);
        for (int k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) != 0x80)
                return invalidAt(i);
        }
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
        i += length;
    }
    return pos;
}

/// The 1-based CSV column that the byte at `offset` lies in: delimiters
/// outside quotes since the record began. Works on the raw bytes because the
/// position is known only there (before decoding) and the delimiter only
/// after decoding.
int fieldOfByte(const QByteArray& bytes, qsizetype offset, QChar delimiter) {
    if (offset < 0 || delimiter.unicode() > 0x7F)
        return 0;
    const char separator = static_cast<char>(delimiter.unicode());
    int field = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == separator)
            ++field;
        else if (!quoted && c == '\n')
            field = 1;
    }
    return field;
}

/// Splits decoded text into records, honouring quotes. Tracks where each
/// record and each field starts so that messages can point at them.
class RecordSplitter {
public:
    RecordSplitter(const QString& text, QChar delimiter, CsvTable& table)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_table(table) {}

    QList<CsvRecord> split() {
        QList<CsvRecord> records;
        const qsizetype n = m_text.size();
        while (m_index < n) {
            CsvRecord record = readRecord();
            if (m_failed)
                break;
            if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
                records.append(record);
        }
        return records;
    }

private:
    CsvRecord readRecord() {
        CsvRecord record;
        record.line = m_line;
        for (;;) {
            m_field = static_cast<int>(record.fields.size()) + 1;
            record.fields.append(readField());
            if (m_failed || m_index >= m_text.size())
                return record;
            const QChar c = m_text.at(m_index);
            if (c == m_delimiter) {
                advance();
                continue;
            }
            consumeLineBreak();
            return record;
        }
    }

    QString readField() {
        if (m_index < m_text.size() && m_text.at(m_index) == QLatin1Char('"'))
            return readQuotedField();
        QString field;
        while (m_index < m_text.size()) {
            const QChar c = m_text.at(m_index);
            if (c == m_delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            field.append(c);
            advance();
        }
        return field;
    }

    QString readQuotedField() {
        const int openLine = m_line;
        const int openColumn = m_column;
        advance();
        QString field;
        while (m_index < m_text.size()) {
            const QChar c = m_text.at(m_index);
            if (c == QLatin1Char('"')) {
                if (m_index + 1 < m_text.size() && m_text.at(m_index + 1) == QLatin1Char('"')) {
                    field.append(c);
                    advance();
                    advance();
                    continue;
                }
                advance();
                skipAfterClosingQuote();
                return field;
            }
            field.append(c);
            advance();
        }
        m_failed = true;
        m_table.issues.append({CsvIssue::Severity::Error, openLine, openColumn,
                               CsvReader::tr("a quote opens a field here but is never closed; "
                                             "the rest of the file cannot be read"),
                               m_field});
        return field;
    }

    /// Text between a closing quote and the next delimiter is kept out of the
    /// field but reported, since it usually means a stray quote.
    void skipAfterClosingQuote() {
        const int line = m_line;
        const int column = m_column;
        bool stray = false;
        while (m_index < m_text.size()) {
            const QChar c = m_text.at(m_index);
            if (c == m_delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            stray = stray || !c.isSpace();
            advance();
        }
        if (stray) {
            m_table.issues.append({CsvIssue::Severity::Error, line, column,
                                   CsvReader::tr("unexpected text after a closing quote "
                                                 "(a quote inside a field must be doubled)"),
                                   m_field});
        }
    }

    void consumeLineBreak() {
        if (m_index < m_text.size() && m_text.at(m_index) == QLatin1Char('\r'))
            advance();
        if (m_index < m_text.size() && m_text.at(m_index) == QLatin1Char('\n'))
            advance();
    }

    void advance() {
        const QChar c = m_text.at(m_index);
        ++m_index;
        if (c == QLatin1Char('\n') ||
            (c == QLatin1Char('\r') &&
             (m_index >= m_text.size() || m_text.at(m_index) != QLatin1Char('\n')))) {
            ++m_line;
            m_column = 1;
        } else if (c != QLatin1Char('\r')) {
            ++m_column;
        }
    }

    const QString& m_text;
    QChar m_delimiter;
    CsvTable& m_table;
    qsizetype m_index = 0;
    int m_line = 1;
    int m_column = 1;
    /// 1-based column of the field being read, for messages.
    int m_field = 0;
    bool m_failed = false;
};

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
            if (counts.size() >= kSampleLines)
                return counts;
        }
    }
    if (count > 0)
        counts.append(count);
    return counts;
}

/// A row with no text in any field: only delimiters and spaces.
bool isBlank(const CsvRecord& record) {
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

/// Empty fields past the header's last column are what a spreadsheet adds
/// for columns once used; only text there makes the row too long.
void dropEmptyFieldsBeyond(CsvRecord& record, qsizetype width) {
    qsizetype size = record.fields.size();
    while (size > width && record.fields.at(size - 1).trimmed().isEmpty())
        --size;
    record.fields.resize(size);
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
    return firstInvalidUtf8(bytes).offset < 0 ? QStringLiteral("UTF-8")
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

std::optional<QString> CsvReader::decode(const QByteArray& bytes, const Options& options,
                                         CsvTable& table, qsizetype& badByte) {
    const QString encoding = options.encoding.isEmpty() ? detectEncoding(bytes) : options.encoding;
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        table.issues.append({CsvIssue::Severity::Error, 0, 0,
                             tr("the encoding \"%1\" is not supported").arg(encoding)});
        return std::nullopt;
    }
    table.encoding = encoding;
    const QString utf16 = utf16ByZeroBytes(bytes);
    if (!utf16.isEmpty() && !encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)) {
        // Read as anything else, every other character would be a NUL.
        table.issues.append({CsvIssue::Severity::Error, 0, 0,
                             tr("every other byte of the file is zero: it is %1 text (what "
                                "\"Unicode text\" saves), not %2; choose %1 as the encoding, or "
                                "save the file as \"CSV UTF-8\"")
                                 .arg(utf16, encoding)});
        return std::nullopt;
    }
    QString text = decoder(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const bool utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    const bool guessedWestern =
        options.encoding.isEmpty() && !utf8 && encoding == QLatin1String("Windows-1252");
    const Position bad = utf8 || guessedWestern ? firstInvalidUtf8(bytes) : Position{};
    badByte = bad.offset;
    if (guessedWestern && bad.offset >= 0) {
        // Detected, not chosen: say where the guess came from.
        table.issues.append({CsvIssue::Severity::Warning, bad.line, bad.column,
                             tr("the file is not valid UTF-8 from here on; it was read as "
                                "Windows-1252 (Western European). Check the accented letters in "
                                "the preview, or choose another encoding.")});
    } else if (utf8 && bad.offset >= 0) {
        // Chosen as UTF-8 but it is not: the text has replacement characters,
        // so it must not be imported, but the preview still shows the rows.
        table.issues.append({CsvIssue::Severity::Error, bad.line, bad.column,
                             tr("this byte is not valid UTF-8; choose the file's encoding "
                                "(often Windows-1252 for files saved by Excel)")});
    }
    if (!utf8 && decoder.hasError()) {
        table.issues.append(
            {CsvIssue::Severity::Error, 0, 0, tr("the file cannot be read as %1").arg(encoding)});
        return std::nullopt;
    }
    return text;
}

CsvTable CsvReader::parse(const QByteArray& bytes, const Options& options) {
    CsvTable table;
    qsizetype badByte = -1;
    const std::optional<QString> text = decode(bytes, options, table, badByte);
    if (!text)
        return table;
    table.delimiter = options.delimiter.isNull() ? detectDelimiter(*text) : options.delimiter;
    if (badByte >= 0 && !table.issues.isEmpty())
        table.issues.last().field = fieldOfByte(bytes, badByte, table.delimiter);
    const QList<CsvRecord> records = RecordSplitter(*text, table.delimiter, table).split();
    // Spreadsheets write a row of bare delimiters for every row once
    // touched: above the header such rows are not the header, below it
    // they are no one.
    const auto header = std::find_if_not(records.cbegin(), records.cend(), isBlank);
    if (header == records.cend()) {
        table.issues.append({CsvIssue::Severity::Error, 1, 0, tr("the file has no header row")});
        return table;
    }
    table.header = header->fields;
    for (QString& name : table.header)
        name = name.trimmed();
    const auto width = table.header.size();
    int firstBlankLine = 0;
    for (auto it = header + 1; it != records.cend(); ++it) {
        if (isBlank(*it)) {
            firstBlankLine = firstBlankLine > 0 ? firstBlankLine : it->line;
            ++table.skippedBlankRows;
            continue;
        }
        CsvRecord record = *it;
        dropEmptyFieldsBeyond(record, width);
        if (record.fields.size() != width) {
            table.issues.append({CsvIssue::Severity::Error, record.line, 0,
                                 tr("expected %1 fields as in the header, found %2")
                                     .arg(width)
                                     .arg(record.fields.size())});
        }
        table.records.append(std::move(record));
    }
    if (table.skippedBlankRows > 0) {
        table.issues.append(
            {CsvIssue::Severity::Warning, firstBlankLine, 0,
             table.skippedBlankRows == 1
                 ? tr("this row holds nothing but delimiters or spaces and was skipped")
                 : tr("%Ln rows hold nothing but delimiters or spaces and were skipped, the "
                      "first on this line",
                      "", table.skippedBlankRows)});
    }
    return table;
}

} // namespace debrief
