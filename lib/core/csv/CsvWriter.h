#pragma once

#include "debrief_core_export.h"

#include <QString>
#include <QStringList>

namespace debrief {

/// Writes CSV that spreadsheets open safely: quotes where needed, and a cell
/// that a spreadsheet would run as a formula is written as plain text.
class DEBRIEF_CORE_EXPORT CsvWriter {
public:
    /// True when a spreadsheet would treat the text as a formula: it starts
    /// with =, +, -, @, a tab or a carriage return (OWASP "CSV injection").
    /// escapeCell() neutralises every such cell.
    static bool looksLikeFormula(const QString& cell);
    /// looksLikeFormula(), less signed numbers and phone numbers ("+49 30
    /// 1234567", "-2"), which a spreadsheet shows as numbers: the cells worth
    /// pointing out to a person reading a file.
    static bool looksLikeActiveFormula(const QString& cell);
    /// The cell as CSV text: formula-like cells get a leading apostrophe (the
    /// spreadsheet convention for "this is text"), then RFC 4180 quoting.
    static QString escapeCell(const QString& cell, QChar delimiter = QLatin1Char(','));
    /// One record, cells escaped, without the line break.
    static QString formatRecord(const QStringList& cells, QChar delimiter = QLatin1Char(','));
};

} // namespace debrief
