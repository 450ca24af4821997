#pragma once

#include "CsvTable.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace debrief {

/// Reads the CSV files that spreadsheets and applicant-tracking systems
/// export (RFC 4180 plus the usual deviations): detects the encoding and the
/// delimiter, keeps quoted line breaks, and reports problems by line and
/// column instead of guessing silently.
class DEBRIEF_CORE_EXPORT CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options {
        /// Empty: detect (BOM, then valid UTF-8, else Windows-1252).
        QString encoding;
        /// Null: detect among comma, semicolon, tab and pipe.
        QChar delimiter;
    };

    static CsvTable parse(const QByteArray& bytes, const Options& options);
    static CsvTable parse(const QByteArray& bytes) { return parse(bytes, Options{}); }

    /// Detects the delimiter from the first lines of already decoded text.
    static QChar detectDelimiter(const QString& text);
    /// The encoding parse() assumes when none is chosen: the byte-order mark's,
    /// else UTF-8 when every byte is valid UTF-8, else Windows-1252.
    static QString detectEncoding(const QByteArray& bytes);

private:
    /// The text, or nullopt when it cannot be read at all. `badByte` is the
    /// offset of the first byte that is not UTF-8 when that was reported.
    static std::optional<QString> decode(const QByteArray& bytes, const Options& options,
                                         CsvTable& table, qsizetype& badByte);
};

} // namespace debrief
