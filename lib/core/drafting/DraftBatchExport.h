#pragma once

#include "RejectionQueue.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "scoring/ScoreViewer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace debrief {

class Database;
class DraftContextLoader;
struct DraftContext;

/// How a batch of .eml files is written.
struct DraftBatchOptions {
    /// The language of drafts composed now; a stored unsent draft keeps its
    /// own (the sender may have chosen it).
    QString language = QStringLiteral("en");
    /// Also write the held runners-up's drafts (they stay held).
    bool includeHeld = false;
    /// Also write drafts with open tone findings, noting them in the log;
    /// otherwise they are left out and listed.
    bool allowFindings = false;
    /// Whose view of the scorecards the suggested strengths come from
    /// (blind scoring): the person sending the batch.
    ScoreViewer composer;
};

/// What a batch wrote and left out.
struct DraftBatchOutcome {
    /// The files written, one per application, in queue order.
    QStringList written;
    QList<RowId> writtenApplications;
    /// Of those, written while held (includeHeld).
    QList<RowId> writtenHeld;
    int heldSkipped = 0;
    int alreadySent = 0;
    /// "Application 12: 2 open tone findings (Vague reason)": left out.
    QStringList withFindings;
    /// "Application 12: …": could not be written.
    QStringList problems;
    bool cancelled = false;
    /// The folder was there already with other files in it, and others
    /// may list it (see sharedFolderNote()).
    bool folderShared = false;
};

/// "Save All Ready as .eml…" and `debrief-cli drafts`, one implementation:
/// one owner-only .eml file per Ready candidate of RejectionQueue (and the
/// Held ones on request) in a folder. Each is stored as a draft first (an
/// unsent stored draft is used as it is, so edits made in the window are
/// kept), tone-checked, written and logged as an output, all or nothing per
/// file. Drafts with open tone findings are left out unless allowed.
class DEBRIEF_CORE_EXPORT DraftBatchExport {
    Q_DECLARE_TR_FUNCTIONS(DraftBatchExport)

public:
    /// Called before each file with how many are done and how many there
    /// are, and once at the end; returning false cancels the rest.
    using Progress = std::function<bool(int done, int total)>;

    DraftBatchExport(Database& db, QString actor, DraftBatchOptions options, QDateTime now)
        : m_db(db)
        , m_actor(std::move(actor))
        , m_options(std::move(options))
        , m_now(std::move(now)) {}

    /// Writes the opening's batch into `folder` (prepareFolder()). Stops
    /// at the first draft that cannot start its transaction (the database
    /// is busy): the rest would wait and fail the same way.
    DraftBatchOutcome run(RowId openingId, const QString& folder, const Progress& progress = {});
    /// The candidates of `queue` a batch writes, in order.
    QList<DraftCandidate> selection(const QList<DraftCandidate>& queue) const;

    /// Makes `path` ready for drafts, whose file names carry candidates'
    /// names: created owner-only with any missing folder above it; an
    /// existing folder that holds nothing but .eml files (a drafts folder)
    /// is tightened to its owner; one with other files in it (a shared
    /// folder, the Desktop) is not Debrief's to lock and is left as it is.
    /// Never the database or one of its files (OutputPaths). True when
    /// others may still list the folder.
    static Result<bool> prepareFolder(const QString& path);
    /// Says that others can list `folder` and see the drafts' names there.
    static QString sharedFolderNote(const QString& folder);

private:
    /// The written file's path; empty when left out for its open tone
    /// findings, which `findings` then lists. `stop` is set when no draft
    /// after this one can be written either. `contexts` is the batch's one
    /// loader, so the opening is read once for all drafts.
    Result<QString> writeOne(const DraftCandidate& candidate, const QString& folder,
                             DraftContextLoader& contexts, QString* findings, bool* stop);

    Database& m_db;
    QString m_actor;
    DraftBatchOptions m_options;
    QDateTime m_now;
};

} // namespace debrief
