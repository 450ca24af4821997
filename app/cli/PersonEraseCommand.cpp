#include "PersonEraseCommand.h"

#include "CommandLine.h"
#include "PrivacyCommandLine.h"

#include "privacy/PersonEraser.h"
#include "storage/Database.h"

namespace debrief::cli {
namespace {

const QString kActor = QStringLiteral("debrief-cli");

} // namespace

QString PersonEraseCommand::summary() const {
    return tr("Erase one candidate and everything held about them (a request to erase)");
}

int PersonEraseCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli person-erase --db FILE --candidate ID [--yes]"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption candidateOption = PrivacyCommandLine::candidateOption();
    const QCommandLineOption yesOption(
        QStringLiteral("yes"), tr("Erase them. Without it nothing is changed: the command says "
                                  "what would be deleted. An erasure cannot be undone."));
    line.parser().addOptions({dbOption, candidateOption, yesOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &candidateOption}, 0))
        return line.usageError(err);

    PersonArguments person;
    if (auto exit = PrivacyCommandLine::openPerson(line, dbOption, candidateOption, err, person))
        return *exit;
    Database& db = *person.db;
    const RowId candidateId = person.candidateId;
    PersonEraser eraser(db);
    auto plan = eraser.plan(candidateId);
    if (!plan)
        return fail(err, plan.errorMessage());
    if (!plan->allowed())
        return fail(err, plan->refusal);
    if (!line.isSet(yesOption)) {
        out << tr("Erasing candidate #%1 would delete them and %2 from %3. Nothing was changed; "
                  "--yes erases them, which cannot be undone.")
                   .arg(candidateId)
                   .arg(plan->person.counts().toDisplayText(), db.location())
            << '\n';
        return 0;
    }
    auto erased = eraser.erase(candidateId, kActor, QDateTime::currentDateTimeUtc());
    if (!erased)
        return fail(err, erased.errorMessage());
    out << tr("Erased candidate #%1 and %2 from %3; the audit log keeps only the counts.")
               .arg(candidateId)
               .arg(erased->deleted.toDisplayText(), db.location())
        << '\n'
        << PrivacyCommandLine::scrubNote(erased->fileScrubbed, db.location()) << '\n';
    return 0;
}

} // namespace debrief::cli
