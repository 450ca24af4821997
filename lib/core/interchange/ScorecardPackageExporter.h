#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace debrief {

class Database;

/// Writes one panelist's submitted scorecards for one opening as a
/// "debrief-scorecards" JSON document (docs/INTERCHANGE.md), so that a
/// panelist without access to the panel's database can send them to the
/// panel lead. Drafts are never included; the output is deterministic.
class DEBRIEF_CORE_EXPORT ScorecardPackageExporter {
    Q_DECLARE_TR_FUNCTIONS(ScorecardPackageExporter)

public:
    explicit ScorecardPackageExporter(Database& db)
        : m_db(db) {}

    Result<QJsonDocument> exportDocument(RowId openingId, RowId panelistId);
    /// The document as indented UTF-8 JSON.
    Result<QByteArray> exportJson(RowId openingId, RowId panelistId);

private:
    Database& m_db;
};

} // namespace debrief
