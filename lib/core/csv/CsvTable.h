#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

/// One record of a CSV file and the physical line it starts on (1-based), so
/// that every message about it can name the line a person sees in an editor.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// Something wrong with a CSV file at a place a person can find.
struct CsvIssue {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    int line = 0;
    /// 1-based position for a text editor (`file:line:column`): the character
    /// where reading failed (a quote, a byte), or the CSV column of a value
    /// that is wrong; 0 when the issue concerns the whole line.
    int column = 0;
    QString message;
    /// 1-based CSV column (field) the issue lies in, so that a message can
    /// name it by its header; 0 when it concerns the whole line or file.
    int field = 0;

    bool isError() const { return severity == Severity::Error; }
};

/// Whether any of the issues blocks an import.
inline bool containsErrors(const QList<CsvIssue>& issues) {
    for (const auto& issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

/// A parsed CSV file: the header row, the records below it, how the bytes
/// were read, and what was found wrong.
struct CsvTable {
    QStringList header;
    QList<CsvRecord> records;
    /// "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252".
    QString encoding;
    QChar delimiter = QLatin1Char(',');
    QList<CsvIssue> issues;
    /// Rows below the header that hold nothing but delimiters and spaces
    /// (what a spreadsheet writes for a row it once touched): left out of
    /// `records`, counted here and noted once in `issues`.
    int skippedBlankRows = 0;

    bool hasErrors() const { return containsErrors(issues); }
};

} // namespace debrief
