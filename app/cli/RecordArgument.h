#pragma once

#include "Result.h"
#include "domain/RowId.h"
#include "scoring/ScoreViewer.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {
class Database;
}

namespace debrief::cli {

/// Reads a command-line value that names a stored record: its row id in the
/// file, or its uuid (stable across files, so a panelist's uuid works on
/// every copy of the panel's database).
class RecordArgument {
    Q_DECLARE_TR_FUNCTIONS(RecordArgument)

public:
    /// The opening's row id; kNoRow when `given` is neither a number nor a
    /// uuid; an Error naming the file when no opening in `db` has that id
    /// or uuid ("There is no opening 999 in t.sqlite.").
    static Result<RowId> opening(Database& db, const QString& given);
    /// The same for a panelist.
    static Result<RowId> panelist(Database& db, const QString& given);
    /// The same for a candidate (a person, not one of their applications).
    static Result<RowId> candidate(Database& db, const QString& given);
    /// A panelist by row id, uuid or e-mail (case does not matter); errors
    /// name `option`, the command-line option that gave it, and never the
    /// address.
    static Result<RowId> panelistOrEmail(Database& db, const QString& given, const QString& option);
    /// The viewer `--as` names for an opening's scores: a panelist by row
    /// id, uuid or e-mail (case does not matter); when `given` is empty, the
    /// opening's panel lead, and the viewer says it was not named.
    static Result<ScoreViewer> viewer(Database& db, RowId openingId, const QString& given);
    /// The same for an application (one candidate in one opening).
    static Result<RowId> application(Database& db, const QString& given);
    /// The same for an interview.
    static Result<RowId> interview(Database& db, const QString& given);
};

} // namespace debrief::cli
