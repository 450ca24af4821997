#include "ServerAddPanelistCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"
#include "ServerCommandLine.h"

#include "opening/PanelDirectory.h"
#include "server/PanelistLogin.h"
#include "storage/Database.h"

namespace debrief::cli {

QString ServerAddPanelistCommand::summary() const {
    return tr("Give a panelist a login on a panel server (optionally as an opening's lead) and "
              "print its one-time password");
}

int ServerAddPanelistCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli server-add-panelist --db postgresql://ADMIN@HOST/"
                        "DATABASE --panelist PANELIST [--login NAME] [--lead-of OPENING]"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption panelistOption(QStringLiteral("panelist"),
                                            tr("The panelist: their id, uuid or e-mail address."),
                                            tr("PANELIST"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"),
        tr("The login role's name: a-z, 0-9 and _. Default: the e-mail address's local part."),
        tr("NAME"));
    const QCommandLineOption leadOption(
        QStringLiteral("lead-of"),
        tr("Make the panelist the lead of this opening (id or uuid); they must sit on its panel."),
        tr("OPENING"));
    line.parser().addOptions({dbOption, panelistOption, loginOption, leadOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &panelistOption}, 0))
        return line.usageError(err);
    auto opened = ServerCommandLine::open(line, dbOption, err);
    if (const int* exit = std::get_if<int>(&opened))
        return *exit;
    auto& db = std::get<std::unique_ptr<Database>>(opened);
    auto panelistId = RecordArgument::panelistOrEmail(*db, line.value(panelistOption),
                                                      QStringLiteral("--panelist"));
    if (!panelistId)
        return fail(err, panelistId.errorMessage());
    std::optional<RowId> leadOf;
    if (line.isSet(leadOption)) {
        auto opening = RecordArgument::opening(*db, line.value(leadOption));
        if (!opening)
            return fail(err, opening.errorMessage());
        if (*opening == kNoRow)
            return line.usageError(err, tr("--lead-of takes an opening's id or uuid."));
        leadOf = *opening;
    }
    QString role = line.value(loginOption);
    if (role.isEmpty()) {
        auto panelist = PanelDirectory(*db).panelist(*panelistId);
        if (!panelist)
            return fail(err, panelist.errorMessage());
        role = PanelistLogin::suggestedRole(panelist->email);
        if (role.isEmpty())
            return line.usageError(err, tr("Panelist %1 has no e-mail address to name a login "
                                           "after: give one with --login.")
                                            .arg(*panelistId));
    }
    auto created = PanelistLogin::create(*db, *panelistId, role, leadOf);
    if (!created)
        return fail(err, created.errorMessage());
    // The password goes to standard output once, for the administrator to
    // hand over; it is not stored anywhere, so it cannot be shown again.
    out << (created->passwordReset ? tr("Login %1 of panelist %2 has a new password.")
                                   : tr("Panelist %2 logs in to the server as %1."))
               .arg(created->role)
               .arg(*panelistId)
        << '\n';
    if (leadOf)
        out << tr("They lead opening %1.").arg(*leadOf) << '\n';
    out << tr("One-time password (shown only now): %1").arg(created->password) << '\n';
    return 0;
}

} // namespace debrief::cli
