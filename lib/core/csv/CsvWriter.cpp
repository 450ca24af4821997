#include "CsvWriter.h"

#include <QRegularExpression>

namespace debrief {

bool CsvWriter::looksLikeFormula(const QString& cell) {
    if (cell.isEmpty())
        return false;
    // Leading tab and carriage return are also used to smuggle formulas past
    // naive checks (OWASP "CSV injection").
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return triggers.contains(cell.front());
}

bool CsvWriter::looksLikeActiveFormula(const QString& cell) {
    static const QRegularExpression number(QStringLiteral(R"(^[+-][\d\s().\/-]*$)"));
    return looksLikeFormula(cell) && !number.match(cell).hasMatch();
}

QString CsvWriter::escapeCell(const QString& cell, QChar delimiter) {
    QString text = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    const bool needsQuotes = text.contains(delimiter) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::formatRecord(const QStringList& cells, QChar delimiter) {
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& cell : cells)
        escaped.append(escapeCell(cell, delimiter));
    return escaped.join(delimiter);
}

} // namespace debrief
