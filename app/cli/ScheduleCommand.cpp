#include "ScheduleCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "files/OutputPaths.h"
#include "pipeline/CandidateRecords.h"
#include "scheduling/InterviewInvitation.h"
#include "scheduling/InterviewRecords.h"
#include "scheduling/InterviewScheduler.h"
#include "scheduling/LocalTime.h"
#include "storage/Database.h"

#include <QTimeZone>

namespace debrief::cli {
namespace {

const QString kActor = QStringLiteral("debrief-cli");

/// The options of the command, spelled once.
struct Options {
    QCommandLineOption db = CommandLine::databaseOption();
    QCommandLineOption application{QStringLiteral("application"),
                                   ScheduleCommand::tr("Schedule a new interview for this "
                                                       "application: its id in FILE, or its uuid."),
                                   ScheduleCommand::tr("ID")};
    QCommandLineOption interview{QStringLiteral("interview"),
                                 ScheduleCommand::tr("Change this interview (or write its "
                                                     "invitation): its id in FILE, or its uuid."),
                                 ScheduleCommand::tr("ID")};
    QCommandLineOption round{QStringLiteral("round"),
                             ScheduleCommand::tr("The round: its id, uuid or name (default: the "
                                                 "first round the candidate has not had yet)."),
                             ScheduleCommand::tr("ROUND")};
    QCommandLineOption at{QStringLiteral("at"),
                          ScheduleCommand::tr("When it starts, on the clocks of --tz: "
                                              "\"YYYY-MM-DD HH:MM\"."),
                          ScheduleCommand::tr("TIME")};
    QCommandLineOption tz{QStringLiteral("tz"),
                          ScheduleCommand::tr("The time zone of --at and of the output, an IANA "
                                              "name such as Europe/Berlin (default: this "
                                              "computer's)."),
                          ScheduleCommand::tr("ZONE")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                ScheduleCommand::tr("How long it lasts, in minutes (default: the "
                                                    "round's)."),
                                ScheduleCommand::tr("MINUTES")};
    QCommandLineOption location{QStringLiteral("location"),
                                ScheduleCommand::tr("Where: a room, an address or a phone number."),
                                ScheduleCommand::tr("TEXT")};
    QCommandLineOption videoLink{QStringLiteral("video-link"),
                                 ScheduleCommand::tr("The video call's web address."),
                                 ScheduleCommand::tr("URL")};
    QCommandLineOption panelist{QStringLiteral("panelist"),
                                ScheduleCommand::tr("A panelist on the interview (id or uuid); "
                                                    "repeat it, or separate with commas (default: "
                                                    "the round's panel)."),
                                ScheduleCommand::tr("ID")};
    QCommandLineOption cancel{QStringLiteral("cancel"),
                              ScheduleCommand::tr("Cancel the interview given by --interview "
                                                  "(needs --reason)."),
                              QString()};
    QCommandLineOption reason{QStringLiteral("reason"),
                              ScheduleCommand::tr("Why the interview is cancelled."),
                              ScheduleCommand::tr("TEXT")};
    QCommandLineOption ics{QStringLiteral("ics"),
                           ScheduleCommand::tr("Also write the interview's calendar invitation "
                                               "to this file (readable by you only)."),
                           ScheduleCommand::tr("FILE.ics")};

    QList<QCommandLineOption> all() const {
        return {db,       application, interview, round,  at,     tz, duration,
                location, videoLink,   panelist,  cancel, reason, ics};
    }
    /// The options that change what an interview is.
    QList<const QCommandLineOption*> changes() const {
        return {&round, &at, &duration, &location, &videoLink, &panelist};
    }
};

/// The option a problem of `field` is about, as a user typed it.
QString optionFor(ScheduleField field, bool newInterview) {
    switch (field) {
    case ScheduleField::Application:
        return newInterview ? QStringLiteral("--application") : QStringLiteral("--interview");
    case ScheduleField::Round:
        return QStringLiteral("--round");
    case ScheduleField::Start:
        return QStringLiteral("--at");
    case ScheduleField::Duration:
        return QStringLiteral("--duration");
    case ScheduleField::Location:
        return QStringLiteral("--location");
    case ScheduleField::VideoLink:
        return QStringLiteral("--video-link");
    case ScheduleField::Panelists:
        return QStringLiteral("--panelist");
    case ScheduleField::Reason:
        return QStringLiteral("--reason");
    }
    return {};
}

/// "--option: message", worded by the translation (French puts a space
/// before the colon).
QString optionProblem(const QString& option, const QString& message) {
    return ScheduleCommand::tr("%1: %2", "an option, then what is wrong with it")
        .arg(option, message);
}

/// Prints every problem as "--option: message" (without names) and
/// returns kInputError.
int refuse(QTextStream& err, const QList<ScheduleProblem>& problems, bool newInterview) {
    for (const ScheduleProblem& problem : problems)
        err << optionProblem(optionFor(problem.field, newInterview), problem.withoutNames) << '\n';
    return kInputError;
}

/// What one run works on, once the options are read.
struct Run {
    CommandLine& line;
    const Options& options;
    Database& db;
    QTimeZone zone;
    QTextStream& out;
    QTextStream& err;
};

/// The round the user named (id, uuid or name) among the opening's rounds.
Result<RowId> roundOf(Run& run, RowId openingId) {
    const QString given = run.line.value(run.options.round).trimmed();
    auto rounds = InterviewRecords(run.db).roundsOf(openingId);
    if (!rounds)
        return rounds.error();
    QStringList names;
    for (const InterviewRound& round : std::as_const(*rounds)) {
        if (QString::number(round.id) == given || round.uuid == QUuid::fromString(given) ||
            round.name.compare(given, Qt::CaseInsensitive) == 0)
            return round.id;
        names.append(round.name);
    }
    return Error{ScheduleCommand::tr("--round: the opening has no round “%1” (its rounds: %2).")
                     .arg(given, names.join(QStringLiteral(", ")))};
}

/// Applies the options given to `request` (those not given keep its values).
/// std::nullopt after printing why, with the exit code in `exit`.
std::optional<ScheduleRequest> withOptions(Run& run, ScheduleRequest request, RowId openingId,
                                           int& exit) {
    const Options& o = run.options;
    if (run.line.isSet(o.round)) {
        auto round = roundOf(run, openingId);
        if (!round) {
            exit = fail(run.err, round.errorMessage());
            return std::nullopt;
        }
        request.roundId = *round;
    }
    if (run.line.isSet(o.at)) {
        auto start = LocalTime::parse(run.line.value(o.at), run.zone);
        if (!start) {
            exit = run.line.usageError(run.err,
                                       optionProblem(QStringLiteral("--at"), start.errorMessage()));
            return std::nullopt;
        }
        request.start = *start;
    }
    if (run.line.isSet(o.duration)) {
        bool number = false;
        request.durationMinutes = run.line.value(o.duration).toInt(&number);
        if (!number) {
            exit = run.line.usageError(
                run.err, ScheduleCommand::tr("--duration takes a number of minutes."));
            return std::nullopt;
        }
    }
    if (run.line.isSet(o.location))
        request.location = run.line.value(o.location);
    if (run.line.isSet(o.videoLink))
        request.videoLink = run.line.value(o.videoLink);
    if (run.line.isSet(o.panelist)) {
        request.panelistIds.clear();
        for (const QString& value : run.line.parser().values(o.panelist)) {
            for (const QString& given : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                auto id = RecordArgument::panelist(run.db, given.trimmed());
                if (!id) {
                    exit = fail(run.err,
                                optionProblem(QStringLiteral("--panelist"), id.errorMessage()));
                    return std::nullopt;
                }
                if (*id == kNoRow) {
                    exit = run.line.usageError(
                        run.err, ScheduleCommand::tr("--panelist takes numbers or uuids."));
                    return std::nullopt;
                }
                request.panelistIds.append(*id);
            }
        }
    }
    return request;
}

QString whenText(const Run& run, const Interview& interview) {
    const QDateTime local = interview.scheduledAt.toTimeZone(run.zone);
    return ScheduleCommand::tr("%1 %2").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                            LocalTime::zoneName(run.zone, interview.scheduledAt));
}

/// Prints what the interview is now; names of people stay out of it.
void report(Run& run, const QString& done, const Interview& interview) {
    auto round = InterviewRecords(run.db).round(interview.roundId);
    run.out << ScheduleCommand::tr("%1 interview %2 (%3): %4, %5, %n minute(s)", "",
                                   interview.durationMinutes)
                   .arg(done)
                   .arg(interview.id)
                   .arg(interview.uuid.toString(QUuid::WithoutBraces),
                        round ? round->name : QString(), whenText(run, interview))
            << ", " << ScheduleCommand::tr("%n panelist(s).", "", int(interview.panelistIds.size()))
            << '\n';
}

/// Writes the interview's invitation when --ics was given.
int writeInvitation(Run& run, RowId interviewId) {
    if (!run.line.isSet(run.options.ics))
        return 0;
    const QString path = run.line.value(run.options.ics);
    auto invitation = InterviewInvitation::load(run.db, interviewId);
    if (!invitation)
        return fail(run.err, invitation.errorMessage());
    if (Status saved = invitation->save(path, QDateTime::currentDateTimeUtc()); !saved)
        return fail(run.err, saved.errorMessage());
    run.out << ScheduleCommand::tr("Wrote the invitation (%1, sequence %2) to %3")
                   .arg(invitation->method())
                   .arg(invitation->sequence)
                   .arg(path)
            << '\n';
    return 0;
}

int scheduleNew(Run& run, RowId applicationId) {
    if (!run.line.isSet(run.options.at))
        return run.line.usageError(run.err,
                                   ScheduleCommand::tr("--at: say when the interview starts, for "
                                                       "example --at \"2026-03-02 09:30\"."));
    auto application = CandidateRecords(run.db).application(applicationId);
    if (!application)
        return fail(run.err,
                    optionProblem(QStringLiteral("--application"), application.errorMessage()));
    InterviewScheduler scheduler(run.db);
    RowId round = kNoRow;
    if (run.line.isSet(run.options.round)) {
        auto named = roundOf(run, application->openingId);
        if (!named)
            return fail(run.err, named.errorMessage());
        round = *named;
    }
    // The round's defaults first, then whatever the options say.
    auto proposal = scheduler.proposal(applicationId, round, QDateTime());
    if (!proposal)
        return fail(run.err, proposal.errorMessage());
    int exit = 0;
    auto request = withOptions(run, *proposal, application->openingId, exit);
    if (!request)
        return exit;
    auto problems = scheduler.check(*request);
    if (!problems)
        return fail(run.err, problems.errorMessage());
    if (!problems->isEmpty())
        return refuse(run.err, *problems, true);
    auto scheduled = scheduler.schedule(*request, kActor, QDateTime::currentDateTimeUtc());
    if (!scheduled)
        return fail(run.err, scheduled.errorMessage());
    report(run, ScheduleCommand::tr("Scheduled"), *scheduled);
    return writeInvitation(run, scheduled->id);
}

int change(Run& run, const Interview& interview) {
    InterviewScheduler scheduler(run.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (run.line.isSet(run.options.cancel)) {
        if (const auto problems =
                InterviewScheduler::validateReason(run.line.value(run.options.reason));
            !problems.isEmpty())
            return refuse(run.err, problems, false);
        auto cancelled =
            scheduler.cancel(interview.uuid, run.line.value(run.options.reason), kActor, now);
        if (!cancelled)
            return fail(run.err, cancelled.errorMessage());
        report(run, ScheduleCommand::tr("Cancelled"), cancelled->after);
        return writeInvitation(run, interview.id);
    }
    auto application = CandidateRecords(run.db).application(interview.applicationId);
    if (!application)
        return fail(run.err, application.errorMessage());
    int exit = 0;
    auto request =
        withOptions(run, InterviewScheduler::requestFor(interview), application->openingId, exit);
    if (!request)
        return exit;
    auto problems = scheduler.check(*request, interview.uuid);
    if (!problems)
        return fail(run.err, problems.errorMessage());
    if (!problems->isEmpty())
        return refuse(run.err, *problems, false);
    auto moved = scheduler.reschedule(interview.uuid, *request, kActor, now);
    if (!moved)
        return fail(run.err, moved.errorMessage());
    report(run,
           moved->changedAnything() ? ScheduleCommand::tr("Rescheduled")
                                    : ScheduleCommand::tr("Unchanged"),
           moved->after);
    return writeInvitation(run, interview.id);
}

} // namespace

QString ScheduleCommand::summary() const {
    return tr("Schedule, move or cancel an interview, or write its calendar invitation (.ics)");
}

int ScheduleCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(
        name(), summary(),
        tr("Usage: debrief-cli schedule --db FILE --application ID --at \"YYYY-MM-DD HH:MM\" "
           "[--tz ZONE] [--round ROUND] [--duration MINUTES] [--location TEXT] [--video-link "
           "URL] [--panelist ID]... [--ics FILE.ics]\n"
           "       debrief-cli schedule --db FILE --interview ID [--at TIME] [--tz ZONE] "
           "[--round ROUND] [--duration MINUTES] [--location TEXT] [--video-link URL] "
           "[--panelist ID]... [--ics FILE.ics]\n"
           "       debrief-cli schedule --db FILE --interview ID --cancel --reason TEXT "
           "[--ics FILE.ics]\n"
           "       debrief-cli schedule --db FILE --interview ID --ics FILE.ics"));
    const Options o;
    line.parser().addOptions(o.all());
    if (auto exit = line.parse(args, out, err))
        return *exit;
    const bool isNew = line.isSet(o.application);
    if (!line.hasArguments({&o.db}, 0) || isNew == line.isSet(o.interview))
        return line.usageError(err, tr("Give --application to schedule a new interview, or "
                                       "--interview to change one or write its invitation."));
    const QList<const QCommandLineOption*> changeOptions = o.changes();
    const bool changes =
        std::any_of(changeOptions.cbegin(), changeOptions.cend(),
                    [&line](const QCommandLineOption* option) { return line.isSet(*option); });
    if (line.isSet(o.cancel) && (isNew || changes))
        return line.usageError(err, tr("--cancel takes an --interview, a --reason and perhaps "
                                       "--ics, nothing else."));
    if (line.isSet(o.reason) && !line.isSet(o.cancel))
        return line.usageError(err, tr("--reason goes with --cancel."));
    if (!isNew && !changes && !line.isSet(o.cancel) && !line.isSet(o.ics))
        return line.usageError(err, tr("Say what to change (--at, --round, …), --cancel it, or "
                                       "--ics FILE to write its invitation."));
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (line.isSet(o.tz)) {
        zone = QTimeZone(line.value(o.tz).toUtf8());
        if (!zone.isValid())
            return line.usageError(err, tr("--tz: unknown time zone “%1”; give an IANA name such "
                                           "as Europe/Berlin.")
                                            .arg(line.value(o.tz)));
    }

    auto db = Database::open(line.value(o.db), Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.errorMessage());
    if (line.isSet(o.ics)) {
        if (Status allowed = OutputPaths::check(line.value(o.ics), (*db)->location()); !allowed)
            return fail(err, allowed.errorMessage());
    }
    Run run{line, o, **db, zone, out, err};
    const QString given = line.value(isNew ? o.application : o.interview);
    auto id =
        isNew ? RecordArgument::application(**db, given) : RecordArgument::interview(**db, given);
    if (!id)
        return fail(err, id.errorMessage());
    if (*id == kNoRow)
        return line.usageError(err, isNew ? tr("--application takes a number or a uuid.")
                                          : tr("--interview takes a number or a uuid."));
    if (isNew)
        return scheduleNew(run, *id);
    auto interview = InterviewRecords(**db).interview(*id);
    if (!interview)
        return fail(err, optionProblem(QStringLiteral("--interview"), interview.errorMessage()));
    if (!changes && !line.isSet(o.cancel))
        return writeInvitation(run, interview->id);
    return change(run, *interview);
}

} // namespace debrief::cli
