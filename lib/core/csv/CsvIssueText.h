#pragma once

#include "CsvTable.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

/// Says where a CSV issue is the way a person looks for it: by line and by
/// the column's header ("Line 7, column “Email”: …"), so that the import
/// wizard and any other list of problems word them alike; and how long such
/// a list gets, so that a file with a million bad rows gives a screenful.
class DEBRIEF_CORE_EXPORT CsvIssueText {
    Q_DECLARE_TR_FUNCTIONS(CsvIssueText)

public:
    /// How many problems a list names before it only counts the rest.
    static constexpr int kListed = 20;

    /// The problems a list names and how many it leaves out.
    struct Digest {
        /// In the file's order: the first errors, then (while there is
        /// room) the first warnings, so that no warning hides an error.
        QList<CsvIssue> listed;
        int moreErrors = 0;
        int moreWarnings = 0;
    };
    static Digest digest(const QList<CsvIssue>& issues, int limit = kListed);
    /// As above, for a list that holds only the first of `errorTotal`
    /// errors and `warningTotal` warnings (as CandidateImportPlan keeps
    /// them for a large file): the ones left out are counted.
    static Digest digest(const QList<CsvIssue>& issues, int errorTotal, int warningTotal,
                         int limit = kListed);
    /// "…and 999,980 more problems (errors: 999,980, warnings: 0)"; empty
    /// when the digest lists every problem.
    static QString more(const Digest& digest);

    /// "Line 7, column “Email”", "Line 3, character 26", "Line 4" or "File".
    static QString place(const CsvIssue& issue, const QStringList& header);
    /// The place, a colon and the message.
    static QString describe(const CsvIssue& issue, const QStringList& header);
};

} // namespace debrief
