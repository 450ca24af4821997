#include "DraftsCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "drafting/DraftComposer.h"
#include "drafting/DraftEmail.h"
#include "drafting/DraftLanguage.h"
#include "drafting/DraftWorkflow.h"
#include "drafting/RejectionRecipients.h"
#include "storage/Database.h"
#include "storage/RejectionDraftRepository.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace debrief::cli {
namespace {

const QString kActor = QStringLiteral("debrief-cli");

struct Batch {
    Database& db;
    QString language;
    QString outDir;
    bool includeHeld = false;
    QDateTime now;
    int written = 0;
    int heldSkipped = 0;
    int alreadySent = 0;
    int failed = 0;
    /// Whose view of the scorecards the strengths come from (blind scoring):
    /// the panel lead, who answers for what the panel tells candidates.
    ScoreViewer composer;
};

/// The application's unsent draft in this language, so edits made in the
/// application are kept; a new one from the template otherwise.
Result<RejectionDraft> draftFor(Batch& batch, const DraftContext& context) {
    auto latest = RejectionDraftRepository(batch.db).latestForApplication(context.application.id);
    if (!latest)
        return latest.error();
    if (latest->has_value() && !(*latest)->isSent() && (*latest)->language == batch.language)
        return **latest;
    auto composed = DraftComposer(batch.db).compose(context);
    if (!composed)
        return composed.error();
    return DraftWorkflow(batch.db).save(*composed, kActor, batch.now);
}

/// Stores the draft, logs the output and writes the file, all or nothing.
Result<QString> writeOne(Batch& batch, const DraftContext& context) {
    TransactionGuard tx(batch.db);
    if (!tx.begun())
        return tx.begun().error();
    auto draft = draftFor(batch, context);
    if (!draft)
        return draft.error();
    const QString path =
        QDir(batch.outDir)
            .filePath(DraftEmail::fileName(context.application.id, context.candidate.fullName));
    if (Status saved = DraftWorkflow(batch.db).saveEml(
            *draft, DraftEmail::message(context, *draft, batch.now), path, kActor, batch.now);
        !saved)
        return saved.error();
    if (auto committed = tx.commit(); !committed) {
        QFile::remove(path);
        return committed.error();
    }
    return path;
}

void runBatch(Batch& batch, const QList<Application>& applications, QTextStream& out,
              QTextStream& err) {
    DraftComposer composer(batch.db);
    for (const Application& application : applications) {
        if (application.onHold && !batch.includeHeld) {
            ++batch.heldSkipped;
            continue;
        }
        auto latest = RejectionDraftRepository(batch.db).latestForApplication(application.id);
        if (latest && latest->has_value() && (*latest)->isSent()) {
            ++batch.alreadySent;
            continue;
        }
        auto context =
            composer.context(application.id, batch.language, batch.now.date(), batch.composer);
        auto written = context ? writeOne(batch, *context) : Result<QString>(context.error());
        if (!written) {
            ++batch.failed;
            err << DraftsCommand::tr("Application %1: %2")
                       .arg(application.id)
                       .arg(written.errorMessage())
                << '\n';
            continue;
        }
        ++batch.written;
        out << *written << (application.onHold ? DraftsCommand::tr(" (held)") : QString()) << '\n';
    }
}

/// A folder made here is owner-only: the file names carry candidates' names.
Status makeFolder(const QString& path) {
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path))
        return Error{DraftsCommand::tr("Cannot create the folder %1.").arg(path)};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace

QString DraftsCommand::summary() const {
    return tr("Write a rejection e-mail (.eml) for every candidate of an opening not chosen");
}

int DraftsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli drafts --db FILE --opening ID --out DIR [--lang xx] "
                        "[--include-held]"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption openingOption = CommandLine::openingOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Folder to write the .eml files to."), tr("DIR"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("Language of the messages (default en; available: %1).")
            .arg(DraftLanguage::available().join(QStringLiteral(", "))),
        tr("xx"), QStringLiteral("en"));
    const QCommandLineOption heldOption(
        QStringLiteral("include-held"),
        tr("Also write the drafts of runners-up on hold while the chosen candidate's offer is "
           "pending (they stay held; do not send them before the offer is accepted)."));
    line.parser().addOptions({dbOption, openingOption, outOption, langOption, heldOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &openingOption, &outOption}, 0))
        return line.usageError(err);
    auto language = DraftLanguage::load(line.value(langOption));
    if (!language)
        return line.usageError(err, language.errorMessage());

    auto db = Database::openSqlite(line.value(dbOption), Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.errorMessage());
    auto openingId = RecordArgument::opening(**db, line.value(openingOption));
    if (!openingId)
        return fail(err, openingId.errorMessage());
    if (*openingId == kNoRow)
        return line.usageError(err, tr("--opening takes a number or a uuid."));
    auto applications = RejectionRecipients::forOpening(**db, *openingId);
    if (!applications)
        return fail(err, applications.errorMessage());
    const QString outDir = line.value(outOption);
    if (auto made = makeFolder(outDir); !made)
        return fail(err, made.errorMessage());

    auto lead = ScoreViewer::panelLead(**db, *openingId);
    if (!lead)
        return fail(err, lead.errorMessage());
    Batch batch{**db,
                language->code(),
                outDir,
                line.isSet(heldOption),
                QDateTime::currentDateTimeUtc(),
                0,
                0,
                0,
                0,
                *lead};
    runBatch(batch, *applications, out, err);
    out << tr("Wrote %n draft(s) to %1.", "", batch.written).arg(outDir) << '\n';
    if (batch.heldSkipped > 0)
        out << tr("Skipped %n held runner-up draft(s): the chosen candidate has not accepted yet "
                  "(--include-held writes them anyway).",
                  "", batch.heldSkipped)
            << '\n';
    if (batch.alreadySent > 0)
        out << tr("Skipped %n candidate(s) whose rejection was already sent.", "",
                  batch.alreadySent)
            << '\n';
    return batch.failed > 0 ? kInputError : 0;
}

} // namespace debrief::cli
