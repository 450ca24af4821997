#pragma once

#include "CsvTable.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <limits>

class QIODevice;

namespace debrief {

/// Reads the CSV files that spreadsheets and applicant-tracking systems
/// export (RFC 4180 plus the usual deviations): detects the encoding and the
/// delimiter, keeps quoted line breaks, and reports problems by line and
/// column instead of guessing silently.
class DEBRIEF_CORE_EXPORT CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// How many lines the delimiter is judged by.
    static constexpr int kSampleLines = 20;
    /// How much of a file the UTF-16 test looks at: enough lines to judge.
    static constexpr qsizetype kUtf16SampleBytes = 4096;

    struct Options {
        /// Empty: detect (BOM, then valid UTF-8, else Windows-1252).
        QString encoding;
        /// Null: detect among comma, semicolon, tab and pipe.
        QChar delimiter;
    };

    static CsvTable parse(const QByteArray& bytes, const Options& options);
    static CsvTable parse(const QByteArray& bytes) { return parse(bytes, Options{}); }
    /// Reads `device` (seekable, from its start) through CsvRecordStream;
    /// with `maxRecords` only the header and that many records (the head
    /// of a large file, for guessing the mapping and showing the columns).
    static CsvTable parse(QIODevice& device, const Options& options,
                          qsizetype maxRecords = std::numeric_limits<qsizetype>::max());

    /// Detects the delimiter from the first lines of already decoded text.
    static QChar detectDelimiter(const QString& text);
    /// The encoding parse() assumes when none is chosen: the byte-order mark's,
    /// else UTF-16 when every other byte is zero (a file saved as "Unicode
    /// text" without a mark), else UTF-8 when every byte is valid UTF-8,
    /// else Windows-1252.
    static QString detectEncoding(const QByteArray& bytes);
    /// "UTF-16LE" or "UTF-16BE" when the zero bytes of `bytes` fall on every
    /// other byte as in UTF-16 text, whatever its byte-order mark; else empty.
    static QString utf16ByZeroBytes(const QByteArray& bytes);
    /// A delimiter a person chose by name: one character, or tab, comma,
    /// semicolon, pipe or space (any case). A quote, a line break, a letter,
    /// a digit or any other control character cannot separate fields.
    static Result<QChar> delimiterNamed(const QString& name);
};

} // namespace debrief
