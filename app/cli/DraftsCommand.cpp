#include "DraftsCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "drafting/DraftBatchExport.h"
#include "drafting/DraftLanguage.h"
#include "scoring/ScoreViewer.h"
#include "storage/Database.h"

namespace debrief::cli {
namespace {

const QString kActor = QStringLiteral("debrief-cli");

} // namespace

QString DraftsCommand::summary() const {
    return tr("Write a rejection e-mail (.eml) for every candidate of an opening not chosen");
}

int DraftsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli drafts --db FILE --opening ID --out DIR [--lang xx] "
                        "[--include-held] [--allow-findings]"));
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
    const QCommandLineOption findingsOption(
        QStringLiteral("allow-findings"),
        tr("Also write drafts the tone check has open findings on (each is noted in the "
           "communication log); without it they are left out and listed."));
    line.parser().addOptions(
        {dbOption, openingOption, outOption, langOption, heldOption, findingsOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &openingOption, &outOption}, 0))
        return line.usageError(err);
    auto language = DraftLanguage::load(line.value(langOption));
    if (!language)
        return line.usageError(err, language.errorMessage());

    auto db = Database::open(line.value(dbOption), Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.errorMessage());
    auto openingId = RecordArgument::opening(**db, line.value(openingOption));
    if (!openingId)
        return fail(err, openingId.errorMessage());
    if (*openingId == kNoRow)
        return line.usageError(err, tr("--opening takes a number or a uuid."));
    const QString outDir = line.value(outOption);
    // The strengths come from the panel lead's view of the scorecards: the
    // lead answers for what the panel tells candidates.
    auto lead = ScoreViewer::panelLead(**db, *openingId);
    if (!lead)
        return fail(err, lead.errorMessage());
    DraftBatchOptions options{language->code(), line.isSet(heldOption), line.isSet(findingsOption),
                              *lead};
    const DraftBatchOutcome batch =
        DraftBatchExport(**db, kActor, options, QDateTime::currentDateTimeUtc())
            .run(*openingId, outDir);
    for (qsizetype i = 0; i < batch.written.size(); ++i)
        out << batch.written.at(i)
            << (batch.writtenHeld.contains(batch.writtenApplications.at(i)) ? tr(" (held)")
                                                                            : QString())
            << '\n';
    for (const QString& problem : batch.problems)
        err << problem << '\n';
    if (batch.folderShared)
        err << DraftBatchExport::sharedFolderNote(outDir) << '\n';
    out << tr("Wrote %n draft(s) to %1.", "", int(batch.written.size())).arg(outDir) << '\n';
    if (batch.heldSkipped > 0)
        out << tr("Skipped %n held runner-up draft(s): the chosen candidate has not accepted yet "
                  "(--include-held writes them anyway).",
                  "", batch.heldSkipped)
            << '\n';
    if (batch.alreadySent > 0)
        out << tr("Skipped %n candidate(s) whose rejection was already sent.", "",
                  batch.alreadySent)
            << '\n';
    if (!batch.withFindings.isEmpty()) {
        out << tr("Left out %n draft(s) with open tone findings (review them in the window, or "
                  "--allow-findings writes them anyway):",
                  "", int(batch.withFindings.size()))
            << '\n';
        for (const QString& left : batch.withFindings)
            out << "  " << left << '\n';
    }
    return batch.problems.isEmpty() ? 0 : kInputError;
}

} // namespace debrief::cli
