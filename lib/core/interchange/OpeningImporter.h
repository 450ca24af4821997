#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;
class JsonErrorList;
struct OpeningDocument;

/// Reads a "debrief-opening" JSON document (docs/INTERCHANGE.md) into a
/// database as a new opening. Everything is checked before anything is
/// written, and every problem is reported with its JSON path; on any error
/// the database is left exactly as it was.
class DEBRIEF_CORE_EXPORT OpeningImporter {
    Q_DECLARE_TR_FUNCTIONS(OpeningImporter)

public:
    /// How many errors the Error message lists before "…and N more".
    static constexpr int kListedErrors = 50;

    explicit OpeningImporter(Database& db)
        : m_db(db) {}

    /// The new opening's row id. `sourceName` (usually the file name)
    /// starts every error line when given.
    Result<RowId> importJson(const QByteArray& json, const QString& sourceName = {});
    /// Every error of the last importJson() call, uncapped, without the
    /// source name.
    const QStringList& errors() const { return m_errors; }

private:
    /// Refuses records that the target already holds; panelists and
    /// candidates are exempt because they are reused.
    void checkTarget(const OpeningDocument& doc, JsonErrorList& errors);

    Database& m_db;
    QStringList m_errors;
};

} // namespace debrief
