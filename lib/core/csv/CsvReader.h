#pragma once

#include "CsvTable.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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

private:
    static QString decode(const QByteArray& bytes, const Options& options, CsvTable& table);
};

} // namespace debrief
