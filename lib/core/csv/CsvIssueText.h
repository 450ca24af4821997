#pragma once

#include "CsvTable.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

/// Says where a CSV issue is the way a person looks for it: by line and by
/// the column's header ("Line 7, column “Email”: …"), so that the import
/// wizard and any other list of problems word them alike.
class DEBRIEF_CORE_EXPORT CsvIssueText {
    Q_DECLARE_TR_FUNCTIONS(CsvIssueText)

public:
    /// "Line 7, column “Email”", "Line 3, character 26", "Line 4" or "File".
    static QString place(const CsvIssue& issue, const QStringList& header);
    /// The place, a colon and the message.
    static QString describe(const CsvIssue& issue, const QStringList& header);
};

} // namespace debrief
