#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>

namespace debrief {

class Database;

/// Writes one opening with everything that belongs to it (rubric versions,
/// rounds, panelists, candidates, applications, interviews, scorecards,
/// references, decision, communication log and the audit entries about
/// them) as a "debrief-opening" JSON document; see docs/INTERCHANGE.md.
/// The output is a pure function of the stored data: exporting twice gives
/// the same bytes.
class DEBRIEF_CORE_EXPORT OpeningExporter {
    Q_DECLARE_TR_FUNCTIONS(OpeningExporter)

public:
    explicit OpeningExporter(Database& db)
        : m_db(db) {}

    Result<QJsonDocument> exportDocument(RowId openingId);
    /// The document as indented UTF-8 JSON.
    Result<QByteArray> exportJson(RowId openingId);

private:
    Database& m_db;
};

} // namespace debrief
