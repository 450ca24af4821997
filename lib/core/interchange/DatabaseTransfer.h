#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace debrief {

class Database;

/// What a transfer copied.
struct TransferSummary {
    qint64 openings = 0;
    /// Rows of every table, openings included.
    qint64 rows = 0;
};

/// Moves a whole Debrief database between a file and a panel server (or
/// any two databases): every table row by row with its row id and uuid
/// (TableCopy), so that links, scorecard packages panelists exported
/// before and anything else that names a record by id or uuid still find
/// it. Everything is written in one transaction on the target, which must
/// hold no Debrief data; then every opening is exported as a
/// "debrief-opening" document (OpeningExporter) from both sides, and unless
/// each pair is byte for byte the same, nothing is kept. On any failure the
/// target is left as it was.
class DEBRIEF_CORE_EXPORT DatabaseTransfer {
    Q_DECLARE_TR_FUNCTIONS(DatabaseTransfer)

public:
    /// Told how far the transfer is (`done` of `total` steps: rows, then
    /// openings compared); returning false cancels it, writing nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Copies `source` into `target`. Both must be at this build's schema
    /// version; `target` must hold no Debrief data.
    static Result<TransferSummary> copy(Database& source, Database& target,
                                        const Progress& progress = {});

    /// Copies the database file `file` (opened for reading only) into the
    /// server database at `serverUri`, which is brought up to the current
    /// schema first and must hold no Debrief data.
    static Result<TransferSummary> push(const QString& file, const QString& serverUri,
                                        const Progress& progress = {});
    /// Copies the server database at `serverUri` (read in one snapshot,
    /// read-only) into a new database file `file`, readable by its owner
    /// only. An existing file that is not empty is refused; a file this
    /// call created is removed again when the copy fails.
    static Result<TransferSummary> pull(const QString& serverUri, const QString& file,
                                        const Progress& progress = {});

private:
    static Status checkCompatible(Database& source, Database& target);
    static Status checkEmpty(Database& target);
    static Status compareOpenings(Database& source, Database& target, const QList<qint64>& ids,
                                  const std::function<bool()>& step);
};

} // namespace debrief
