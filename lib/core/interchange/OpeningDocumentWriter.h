#pragma once

#include "OpeningDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace debrief {

class Database;

/// Stores a validated OpeningDocument through the repositories inside one
/// transaction, resolving UUID references to the target's row ids.
/// Panelists and candidates already in the target (same uuid) are reused
/// as stored; audit entries already there are skipped.
class OpeningDocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(OpeningDocumentWriter)

public:
    explicit OpeningDocumentWriter(Database& db)
        : m_db(db) {}

    /// The new opening's row id; on failure nothing is left written.
    Result<RowId> write(const OpeningDocument& doc);

private:
    using Ids = QHash<QUuid, RowId>;

    Status writePeople(const OpeningDocument& doc);
    Result<RowId> writeOpening(const DocOpening& doc);
    Status writeRubrics(const OpeningDocument& doc, RowId openingId);
    Status writeRounds(const OpeningDocument& doc, RowId openingId);
    Status writeApplications(const OpeningDocument& doc, RowId openingId);
    Status writeInterviews(const OpeningDocument& doc);
    Status writeScorecards(const OpeningDocument& doc);
    Status writeApplicationLogs(const OpeningDocument& doc);
    Status writeDecision(const DocDecision& doc, RowId openingId);
    Status writeAuditLog(const OpeningDocument& doc);

    static QList<RowId> resolve(const Ids& ids, const QList<UuidRef>& refs);

    Database& m_db;
    Ids m_panelists;
    Ids m_candidates;
    Ids m_rubrics;
    Ids m_criteria;
    Ids m_rounds;
    Ids m_applications;
    Ids m_interviews;
};

} // namespace debrief
