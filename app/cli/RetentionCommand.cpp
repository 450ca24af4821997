#include "RetentionCommand.h"

#include "CommandLine.h"
#include "PrivacyCommandLine.h"

#include "csv/CsvWriter.h"
#include "privacy/RetentionPolicy.h"
#include "privacy/RetentionSettings.h"
#include "storage/Database.h"

namespace debrief::cli {
namespace {

const QString kActor = QStringLiteral("debrief-cli");

struct RetentionOptions {
    QCommandLineOption period{QStringLiteral("period"),
                              RetentionCommand::tr("The retention period, such as 12m, 180d or "
                                                   "2y. Default: the one stored in FILE."),
                              RetentionCommand::tr("PERIOD")};
    QCommandLineOption save{QStringLiteral("save"),
                            RetentionCommand::tr("Store --period as FILE's retention period, "
                                                 "which the window then applies every time it "
                                                 "opens FILE.")};
    QCommandLineOption apply{QStringLiteral("apply"),
                             RetentionCommand::tr("Anonymise the candidates listed. Without it "
                                                  "nothing is changed (a dry run).")};
    QCommandLineOption names{QStringLiteral("names"),
                             RetentionCommand::tr("List names too (a dry run only). Without it "
                                                  "the list holds ids and dates, no personal "
                                                  "data.")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           RetentionCommand::tr("Print the list as CSV for a spreadsheet.")};
    QCommandLineOption today{QStringLiteral("today"),
                             RetentionCommand::tr("The day to judge by (default: today)."),
                             RetentionCommand::tr("YYYY-MM-DD")};
};

QString listLine(const RetentionCase& c, bool withName) {
    QString line =
        RetentionCommand::tr("#%1  last activity %2  %n application(s)", "", c.applications)
            .arg(c.candidateId)
            .arg(c.lastActivity.toString(Qt::ISODate));
    if (c.talentPool)
        line += RetentionCommand::tr("  in the talent pool");
    if (withName)
        line += QStringLiteral("  ") + PrivacyCommandLine::printable(c.fullName);
    return line;
}

void printCsv(QTextStream& out, const QList<RetentionCase>& cases, bool withName) {
    QStringList header{QStringLiteral("candidate"), QStringLiteral("last_activity"),
                       QStringLiteral("applications"), QStringLiteral("talent_pool")};
    if (withName)
        header.append(QStringLiteral("name"));
    out << CsvWriter::formatRecord(header) << '\n';
    for (const RetentionCase& c : cases) {
        QStringList cells{QString::number(c.candidateId), c.lastActivity.toString(Qt::ISODate),
                          QString::number(c.applications),
                          c.talentPool ? QStringLiteral("yes") : QStringLiteral("no")};
        if (withName)
            cells.append(c.fullName); // a name from an import may start with "="
        out << CsvWriter::formatRecord(cells) << '\n';
    }
}

QString idList(const QList<RetentionCase>& cases) {
    QStringList ids;
    for (const RetentionCase& c : cases)
        ids.append(QStringLiteral("#") + QString::number(c.candidateId));
    return ids.join(QStringLiteral(", "));
}

} // namespace

QString RetentionCommand::summary() const {
    return tr("List the candidates the retention period makes due for anonymisation, or "
              "anonymise them (--apply)");
}

int RetentionCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli retention --db FILE [--period PERIOD [--save]] "
                        "[--apply] [--names] [--csv] [--today YYYY-MM-DD]"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const RetentionOptions o;
    line.parser().addOptions({dbOption, o.period, o.save, o.apply, o.names, o.csv, o.today});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption}, 0))
        return line.usageError(err);
    if (line.isSet(o.save) && !line.isSet(o.period))
        return line.usageError(err, tr("--save stores the --period given; give one."));
    if (line.isSet(o.names) && line.isSet(o.apply))
        return line.usageError(err, tr("--names is for a dry run: with --apply only ids are "
                                       "printed, so the output holds nothing of the people "
                                       "anonymised."));
    auto today = PrivacyCommandLine::today(line.value(o.today));
    if (!today)
        return line.usageError(err, today.errorMessage());
    std::optional<RetentionPeriod> given;
    if (line.isSet(o.period)) {
        auto parsed = RetentionPeriod::fromText(line.value(o.period));
        if (!parsed)
            return line.usageError(err, parsed.errorMessage());
        given = *parsed;
    }

    auto db = Database::open(line.value(dbOption), Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.errorMessage());
    RetentionSettings settings(**db);
    if (line.isSet(o.save)) {
        if (Status saved = settings.setPeriod(given); !saved)
            return fail(err, saved.errorMessage());
        out << tr("Stored the retention period of %1 in %2.")
                   .arg(given->toDisplayText(), (*db)->location())
            << '\n';
    }
    if (!given) {
        auto stored = settings.period();
        if (!stored)
            return fail(err, stored.errorMessage());
        if (!*stored)
            return fail(err, tr("%1 has no retention period: give one with --period (and "
                                "--save to keep it), or set it in File › Data Protection….")
                                 .arg((*db)->location()));
        given = **stored;
    }
    const QString cutoff = given->cutoff(*today).toString(Qt::ISODate);

    if (line.isSet(o.apply)) {
        auto run =
            RetentionPolicy::apply(**db, *given, *today, kActor, QDateTime::currentDateTimeUtc());
        if (!run)
            return fail(err, run.errorMessage());
        if (line.isSet(o.csv)) {
            printCsv(out, run->anonymised, false);
            return 0;
        }
        if (run->anonymised.isEmpty()) {
            out << tr("Nobody's last activity was before %1 (retention period %2): nothing to "
                      "anonymise.")
                       .arg(cutoff, given->toDisplayText())
                << '\n';
        } else {
            out << tr("Anonymised %n candidate(s) whose last activity was before %1 "
                      "(retention period %2): %3.",
                      "", int(run->anonymised.size()))
                       .arg(cutoff, given->toDisplayText(), idList(run->anonymised))
                << '\n';
        }
        if (run->result.candidates > 0 || run->result.orphanEntries > 0)
            out << PrivacyCommandLine::scrubNote(run->result.fileScrubbed, (*db)->location())
                << '\n';
        return 0;
    }

    auto due = RetentionPolicy::due(**db, *given, *today);
    if (!due)
        return fail(err, due.errorMessage());
    const bool withNames = line.isSet(o.names);
    if (line.isSet(o.csv)) {
        printCsv(out, *due, withNames);
        return 0;
    }
    out << tr("%n candidate(s) of %1 would be anonymised: rejected or withdrawn, with no "
              "activity since before %2 (retention period %3).",
              "", int(due->size()))
               .arg((*db)->location(), cutoff, given->toDisplayText())
        << '\n';
    for (const RetentionCase& c : std::as_const(*due))
        out << QStringLiteral("  ") << listLine(c, withNames) << '\n';
    out << tr("Nothing was changed; --apply anonymises them.") << '\n';
    return 0;
}

} // namespace debrief::cli
