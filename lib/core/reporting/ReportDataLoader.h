#pragma once

#include "ReportData.h"
#include "ReportRequest.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

class Database;

/// Reads what a report needs (ReportData) for a ReportRequest, for
/// `debrief-cli report` and File › Export Report… alike, and refuses a
/// request that cannot make a report: no opening, a comparison with fewer
/// than two scored finalists, a packet without its candidate or of another
/// opening.
class DEBRIEF_CORE_EXPORT ReportDataLoader {
    Q_DECLARE_TR_FUNCTIONS(ReportDataLoader)

public:
    explicit ReportDataLoader(Database& db)
        : m_db(db) {}

    Result<ReportData> load(const ReportRequest& request);

    /// The application of a candidate (row id or uuid, as the CLI takes it)
    /// in an opening; an error naming both when they do not match.
    Result<RowId> applicationOf(RowId openingId, const QString& candidate);

private:
    Result<ReportData> comparison(const ReportRequest& request);
    Result<ReportData> packet(const ReportRequest& request);

    Database& m_db;
};

} // namespace debrief
