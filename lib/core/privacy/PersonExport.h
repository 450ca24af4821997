#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace debrief {

class Database;

/// "Export everything about this person": the answer to a data subject's
/// request for access, as one "debrief-person" JSON document
/// (docs/PRIVACY.md): the candidate, every application in every opening
/// with its interviews, scorecards, references, messages, rejection drafts
/// and what the decision says about them, and the audit entries about any
/// of these. The data controller makes it, so blind scoring does not apply:
/// every panelist's scorecard is in it as written, drafts included. The
/// decision's rationale is left out, since it speaks about the other
/// finalists too. Records are named (opening titles, rounds, criteria,
/// panelists) so a person can read it without the database. The same data
/// and `exportedAt` give the same bytes.
class DEBRIEF_CORE_EXPORT PersonExport {
    Q_DECLARE_TR_FUNCTIONS(PersonExport)

public:
    /// The value of the top-level "format" field, and its version.
    static QString formatMarker() { return QStringLiteral("debrief-person"); }
    static constexpr int kFormatVersion = 1;

    explicit PersonExport(Database& db)
        : m_db(db) {}

    Result<QJsonDocument> exportDocument(RowId candidateId, const QDateTime& exportedAt);
    /// The document as indented UTF-8 JSON.
    Result<QByteArray> exportJson(RowId candidateId, const QDateTime& exportedAt);

private:
    Database& m_db;
};

} // namespace debrief
