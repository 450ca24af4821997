#pragma once

#include "domain/RowId.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace debrief {
class Database;
}

namespace debrief::test {

/// What the data-protection tests share: the demo database, the personal
/// text it holds per candidate (read by SQL of its own, not through
/// lib/core/privacy), a search of the file's bytes, and the figures the
/// statistics show, to compare before and after.
class PrivacyFixture {
public:
    /// The day the demo is generated for.
    static QDate demoDay() { return {2026, 11, 26}; }

    /// Writes the demo (seed 1, demoDay()) to `path` and opens it; null
    /// with `error` set on failure.
    static std::unique_ptr<Database> demo(const QString& path, QString* error);

    /// The row id of the candidate with this full name (kNoRow when none).
    static RowId candidateNamed(Database& db, const QString& fullName);

    /// Every personal text the database holds, by candidate: their own
    /// fields, their applications', interviews', scorecards', ratings',
    /// referees', messages' and drafts' text, and the audit values about
    /// any of those records. Texts shorter than four characters are left
    /// out (they would match bytes by chance).
    static QHash<RowId, QStringList> personalTextByCandidate(Database& db);
    /// Text that belongs to nobody: openings, panelists, rubrics, rounds,
    /// message templates.
    static QStringList sharedText(Database& db);
    /// The personal text of `candidates` that occurs nowhere in anyone
    /// else's personal text or in the shared text, so that finding it in
    /// the file can only mean it was not removed.
    static QStringList distinctiveText(Database& db, const QList<RowId>& candidates);

    /// The needles found in the bytes of `path` or its -wal and -shm files.
    static QStringList foundInFile(const QString& path, const QStringList& needles);
    /// What is left of the needles where `db` keeps its data: in the bytes
    /// of its SQLite file `path` (foundInFile), or on the server in any
    /// stored value (the server reuses its own pages; no file to read).
    static QStringList foundStored(Database& db, const QString& path, const QStringList& needles);
    /// Lets deleted content stay in SQLite's free pages until the scrub, as
    /// builds without SECURE_DELETE do (Debian's zeroes it); nothing on the
    /// server. False when the setting fails.
    static bool keepDeletedContent(Database& db);

    /// The figures of the statistics, one line each: per opening, the
    /// pipeline by stage and time in stage (opening summary), every score
    /// and recommendation and each scored application's weighted total
    /// (calibration data, as the panel lead sees it), and the panel's
    /// calibration. Applications in `leaveOut` are skipped, and with
    /// `perApplicationOnly` the figures over several candidates are too
    /// (an erased person's scores change a panelist's leniency).
    static QStringList statistics(Database& db, const QDate& today,
                                  const QSet<RowId>& leaveOut = {},
                                  bool perApplicationOnly = false);
};

} // namespace debrief::test
