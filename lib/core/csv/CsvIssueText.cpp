#include "CsvIssueText.h"

#include <QLocale>

#include <algorithm>

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

CsvIssueText::Digest CsvIssueText::digest(const QList<CsvIssue>& issues, int limit) {
    Digest digest;
    qsizetype errors = 0;
    for (const CsvIssue& issue : issues)
        errors += issue.isError() ? 1 : 0;
    const qsizetype listedErrors = std::min<qsizetype>(errors, limit);
    qsizetype roomForWarnings = limit - listedErrors;
    qsizetype errorsLeft = listedErrors;
    for (const CsvIssue& issue : issues) {
        if (issue.isError() ? errorsLeft-- > 0 : roomForWarnings-- > 0)
            digest.listed.append(issue);
        else if (issue.isError())
            ++digest.moreErrors;
        else
            ++digest.moreWarnings;
    }
    return digest;
}

CsvIssueText::Digest CsvIssueText::digest(const QList<CsvIssue>& issues, int errorTotal,
                                          int warningTotal, int limit) {
    Digest listed = digest(issues, limit);
    const auto errors = std::count_if(issues.cbegin(), issues.cend(),
                                      [](const CsvIssue& issue) { return issue.isError(); });
    listed.moreErrors += errorTotal - static_cast<int>(errors);
    listed.moreWarnings += warningTotal - static_cast<int>(issues.size() - errors);
    return listed;
}

QString CsvIssueText::more(const Digest& digest) {
    const int more = digest.moreErrors + digest.moreWarnings;
    if (more == 0)
        return {};
    const QLocale locale;
    return tr("…and %Ln more problem(s) (errors: %1, warnings: %2)", "", more)
        .arg(locale.toString(digest.moreErrors), locale.toString(digest.moreWarnings));
}

} // namespace debrief
