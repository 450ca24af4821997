#include "CsvRecordStream.h"

#include "Utf8Scan.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace debrief {
namespace {

/// How much is read and decoded at a time: a record is re-read from its
/// start when a chunk ends inside it, so this bounds that work, not a record.
constexpr qint64 kChunkBytes = 1 << 16;

/// The 1-based CSV column that the byte at `offset` lies in: delimiters
/// outside quotes since the record began. Works on the raw bytes because the
/// position is known only there (before decoding) and the delimiter only
/// after decoding.
int fieldOfByte(QIODevice& device, qint64 offset, QChar delimiter) {
    if (offset < 0 || delimiter.unicode() > 0x7F)
        return 0;
    const char separator = static_cast<char>(delimiter.unicode());
    const qint64 resume = device.pos();
    device.seek(0);
    int field = 1;
    bool quoted = false;
    for (qint64 done = 0; done < offset;) {
        const QByteArray chunk = device.read(std::min(kChunkBytes, offset - done));
        if (chunk.isEmpty())
            break;
        for (const char c : chunk) {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == separator)
                ++field;
            else if (!quoted && c == '\n')
                field = 1;
        }
        done += chunk.size();
    }
    device.seek(resume);
    return field;
}

/// Whether the text holds `kSampleLines` line breaks outside quotes: enough
/// for CsvReader::detectDelimiter to judge as it would on the whole file.
bool holdsSampleLines(const QString& text) {
    int lines = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n') && ++lines >= CsvReader::kSampleLines)
            return true;
    }
    return false;
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

/// The decoded text in a window that moves along the file, split into
/// records honouring quotes. A record the window ends inside is read again
/// from its start once more text is decoded, so the splitting rules never
/// see a chunk boundary.
struct CsvRecordStream::Reader {
    Reader(QIODevice& source, const CsvReader::Options& chosen)
        : device(source)
        , options(chosen) {}

    QIODevice& device;
    CsvReader::Options options;
    QString encoding;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<CsvIssue> issues;
    int skippedBlankRows = 0;
    int firstBlankLine = 0;
    bool finished = false;

    QStringDecoder decoder;
    QString text;
    qsizetype index = 0;
    /// The device has no more bytes: the end of `text` is the file's end.
    bool eof = false;
    /// The window ended inside the record being read: read it again.
    bool shortOfText = false;
    bool failed = false;
    int line = 1;
    int column = 1;
    /// 1-based column of the field being read, for messages.
    int field = 0;

    // Reading the bytes.

    bool decideEncoding(qint64& badByte) {
        device.seek(0);
        const QByteArray head = device.peek(CsvReader::kUtf16SampleBytes);
        QString chosen = options.encoding;
        std::optional<csv::Utf8Scan::Position> bad;
        if (chosen.isEmpty()) {
            chosen = headEncoding(head);
            if (chosen.isEmpty()) {
                bad = csv::Utf8Scan::of(device);
                chosen = bad->offset < 0 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
            }
        }
        decoder = QStringDecoder(chosen.toLatin1().constData());
        if (!decoder.isValid()) {
            issues.append({CsvIssue::Severity::Error, 0, 0,
                           CsvReader::tr("the encoding \"%1\" is not supported").arg(chosen)});
            return false;
        }
        encoding = chosen;
        const QString utf16 = CsvReader::utf16ByZeroBytes(head);
        if (!utf16.isEmpty() &&
            !encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)) {
            // Read as anything else, every other character would be a NUL.
            issues.append({CsvIssue::Severity::Error, 0, 0,
                           CsvReader::tr("every other byte of the file is zero: it is %1 text "
                                         "(what \"Unicode text\" saves), not %2; choose %1 as the "
                                         "encoding, or save the file as \"CSV UTF-8\"")
                               .arg(utf16, encoding)});
            return false;
        }
        const bool utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
        const bool guessedWestern =
            options.encoding.isEmpty() && !utf8 && encoding == QLatin1String("Windows-1252");
        if ((utf8 || guessedWestern) && !bad)
            bad = csv::Utf8Scan::of(device);
        badByte = bad ? bad->offset : -1;
        if (guessedWestern && badByte >= 0) {
            // Detected, not chosen: say where the guess came from.
            issues.append({CsvIssue::Severity::Warning, bad->line, bad->column,
                           CsvReader::tr("the file is not valid UTF-8 from here on; it was read "
                                         "as Windows-1252 (Western European). Check the accented "
                                         "letters in the preview, or choose another encoding.")});
        } else if (utf8 && badByte >= 0) {
            // Chosen as UTF-8 but it is not: the text has replacement
            // characters, so it must not be imported, but the preview still
            // shows the rows.
            issues.append({CsvIssue::Severity::Error, bad->line, bad->column,
                           CsvReader::tr("this byte is not valid UTF-8; choose the file's "
                                         "encoding (often Windows-1252 for files saved by "
                                         "Excel)")});
        }
        if (!utf8 && !decodesWhole()) {
            issues.append({CsvIssue::Severity::Error, 0, 0,
                           CsvReader::tr("the file cannot be read as %1").arg(encoding)});
            return false;
        }
        device.seek(0);
        decoder = QStringDecoder(encoding.toLatin1().constData());
        return true;
    }

    /// The encoding the first bytes decide (a byte-order mark, UTF-16's zero
    /// bytes); empty when only the whole file can say.
    static QString headEncoding(const QByteArray& head) {
        if (head.startsWith("\xEF\xBB\xBF"))
            return QStringLiteral("UTF-8");
        if (head.startsWith("\xFF\xFE"))
            return QStringLiteral("UTF-16LE");
        if (head.startsWith("\xFE\xFF"))
            return QStringLiteral("UTF-16BE");
        return CsvReader::utf16ByZeroBytes(head);
    }

    /// Whether every byte decodes in the chosen encoding; a file that does
    /// not is refused before any record is read.
    bool decodesWhole() {
        device.seek(0);
        for (QByteArray chunk = device.read(kChunkBytes); !chunk.isEmpty();
             chunk = device.read(kChunkBytes))
            (void)decoder.decode(chunk);
        return !decoder.hasError();
    }

    /// Decodes the next chunk into the window, dropping what was read.
    void refill() {
        text.remove(0, index);
        index = 0;
        const QByteArray chunk = device.read(kChunkBytes);
        if (chunk.isEmpty()) {
            eof = true;
            return;
        }
        const bool atStart = device.pos() == chunk.size();
        text.append(decoder.decode(chunk));
        if (atStart && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }

    void detectDelimiter() {
        while (!eof && !holdsSampleLines(text))
            refill();
        delimiter =
            options.delimiter.isNull() ? CsvReader::detectDelimiter(text) : options.delimiter;
    }

    // Splitting the text.

    /// Whether the window holds position `i`; when it does not but the file
    /// goes on, the record must be read again with more text.
    bool has(qsizetype i) {
        if (shortOfText)
            return false;
        if (i < text.size())
            return true;
        shortOfText = !eof;
        return false;
    }

    /// The next record in the file, or false at its end.
    bool readRecord(CsvRecord& record) {
        for (;;) {
            if (failed)
                return false;
            const qsizetype startIndex = index;
            const int startLine = line;
            const int startColumn = column;
            const qsizetype knownIssues = issues.size();
            shortOfText = false;
            if (has(index)) {
                record = splitRecord();
                if (!shortOfText)
                    return !failed;
            } else if (!shortOfText) {
                return false;
            }
            index = startIndex;
            line = startLine;
            column = startColumn;
            issues.resize(knownIssues);
            refill();
        }
    }

    CsvRecord splitRecord() {
        CsvRecord record;
        record.line = line;
        for (;;) {
            field = static_cast<int>(record.fields.size()) + 1;
            record.fields.append(readField());
            if (failed || !has(index))
                return record;
            if (text.at(index) == delimiter) {
                advance();
                continue;
            }
            consumeLineBreak();
            return record;
        }
    }

    QString readField() {
        if (has(index) && text.at(index) == QLatin1Char('"'))
            return readQuotedField();
        // Unquoted text holds no line break, so only the column moves.
        const qsizetype start = index;
        const QChar* chars = text.constData();
        const qsizetype size = text.size();
        while (index < size) {
            const QChar c = chars[index];
            if (c == delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            ++index;
        }
        column += static_cast<int>(index - start);
        if (index >= size)
            shortOfText = !eof;
        return text.mid(start, index - start);
    }

    QString readQuotedField() {
        const int openLine = line;
        const int openColumn = column;
        advance();
        QString value;
        while (has(index)) {
            const QChar c = text.at(index);
            if (c == QLatin1Char('"')) {
                if (has(index + 1) && text.at(index + 1) == QLatin1Char('"')) {
                    value.append(c);
                    advance();
                    advance();
                    continue;
                }
                if (shortOfText)
                    return {};
                advance();
                skipAfterClosingQuote();
                return value;
            }
            value.append(c);
            advance();
        }
        if (shortOfText)
            return {};
        failed = true;
        issues.append({CsvIssue::Severity::Error, openLine, openColumn,
                       CsvReader::tr("a quote opens a field here but is never closed; "
                                     "the rest of the file cannot be read"),
                       field});
        return value;
    }

    /// Text between a closing quote and the next delimiter is kept out of the
    /// field but reported, since it usually means a stray quote.
    void skipAfterClosingQuote() {
        const int strayLine = line;
        const int strayColumn = column;
        bool stray = false;
        while (has(index)) {
            const QChar c = text.at(index);
            if (c == delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            stray = stray || !c.isSpace();
            advance();
        }
        if (stray && !shortOfText) {
            issues.append({CsvIssue::Severity::Error, strayLine, strayColumn,
                           CsvReader::tr("unexpected text after a closing quote "
                                         "(a quote inside a field must be doubled)"),
                           field});
        }
    }

    void consumeLineBreak() {
        if (has(index) && text.at(index) == QLatin1Char('\r'))
            advance();
        if (has(index) && text.at(index) == QLatin1Char('\n'))
            advance();
    }

    void advance() {
        const QChar c = text.at(index);
        ++index;
        if (c == QLatin1Char('\n') ||
            (c == QLatin1Char('\r') && (!has(index) || text.at(index) != QLatin1Char('\n')))) {
            ++line;
            column = 1;
        } else if (c != QLatin1Char('\r')) {
            ++column;
        }
    }

    /// The next record that is not an empty line.
    bool readNonEmpty(CsvRecord& record) {
        while (readRecord(record)) {
            if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
                return true;
        }
        return false;
    }

    void finish() {
        if (finished)
            return;
        finished = true;
        if (skippedBlankRows > 0) {
            issues.append(
                {CsvIssue::Severity::Warning, firstBlankLine, 0,
                 skippedBlankRows == 1
                     ? CsvReader::tr("this row holds nothing but delimiters or spaces and was "
                                     "skipped")
                     : CsvReader::tr("%Ln rows hold nothing but delimiters or spaces and were "
                                     "skipped, the first on this line",
                                     "", skippedBlankRows)});
        }
    }
};

CsvRecordStream::CsvRecordStream(QIODevice& device, const CsvReader::Options& options)
    : d(std::make_unique<Reader>(device, options)) {
}

CsvRecordStream::~CsvRecordStream() = default;

bool CsvRecordStream::open() {
    qint64 badByte = -1;
    if (!d->decideEncoding(badByte)) {
        d->finished = true;
        return false;
    }
    d->detectDelimiter();
    if (badByte >= 0 && !d->issues.isEmpty())
        d->issues.last().field = fieldOfByte(d->device, badByte, d->delimiter);
    // Spreadsheets write a row of bare delimiters for every row once
    // touched: above the header such rows are not the header.
    CsvRecord record;
    while (d->readNonEmpty(record)) {
        if (isBlank(record))
            continue;
        d->header = record.fields;
        for (QString& name : d->header)
            name = name.trimmed();
        return true;
    }
    d->finished = true;
    d->issues.append(
        {CsvIssue::Severity::Error, 1, 0, CsvReader::tr("the file has no header row")});
    return false;
}

const QStringList& CsvRecordStream::header() const {
    return d->header;
}

QString CsvRecordStream::encoding() const {
    return d->encoding;
}

QChar CsvRecordStream::delimiter() const {
    return d->delimiter;
}

bool CsvRecordStream::next(CsvRecord& record) {
    if (d->finished)
        return false;
    const qsizetype width = d->header.size();
    while (d->readNonEmpty(record)) {
        // Below the header a row of bare delimiters is no one.
        if (isBlank(record)) {
            d->firstBlankLine = d->firstBlankLine > 0 ? d->firstBlankLine : record.line;
            ++d->skippedBlankRows;
            continue;
        }
        dropEmptyFieldsBeyond(record, width);
        if (record.fields.size() != width) {
            d->issues.append({CsvIssue::Severity::Error, record.line, 0,
                              CsvReader::tr("expected %1 fields as in the header, found %2")
                                  .arg(width)
                                  .arg(record.fields.size())});
        }
        return true;
    }
    d->finish();
    return false;
}

QList<CsvIssue> CsvRecordStream::takeIssues() {
    return std::exchange(d->issues, {});
}

int CsvRecordStream::skippedBlankRows() const {
    return d->skippedBlankRows;
}

qint64 CsvRecordStream::bytesRead() const {
    return d->device.pos();
}

qint64 CsvRecordStream::totalBytes() const {
    return d->device.size();
}

} // namespace debrief
