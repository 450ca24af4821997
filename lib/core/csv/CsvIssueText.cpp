#include "CsvIssueText.h"

namespace debrief {

QString CsvIssueText::place(const CsvIssue& issue, const QStringList& header) {
    if (issue.line <= 0)
        return tr("File");
    if (issue.field > 0) {
        const QString name = header.value(issue.field - 1).trimmed();
        // A file without a usable header still has numbered columns.
        return name.isEmpty() ? tr("Line %1, column %2").arg(issue.line).arg(issue.field)
                              : tr("Line %1, column “%2”").arg(issue.line).arg(name);
    }
    if (issue.column > 0)
        return tr("Line %1, character %2").arg(issue.line).arg(issue.column);
    return tr("Line %1").arg(issue.line);
}

QString CsvIssueText::describe(const CsvIssue& issue, const QStringList& header) {
    return tr("%1: %2").arg(place(issue, header), issue.message);
}

} // namespace debrief
