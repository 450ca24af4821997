#include "ReportCommand.h"

#include "CommandLine.h"
#include "CompareCommand.h"
#include "RecordArgument.h"

#include "files/OutputPaths.h"
#include "report/ReportGenerator.h"
#include "report/ReportKind.h"
#include "report/ReportPageSetup.h"
#include "reporting/CandidatePacketData.h"
#include "reporting/ReportDataLoader.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>

namespace debrief::cli {
namespace {

using report::ReportKinds;

struct ReportOptions {
    QCommandLineOption db = CommandLine::databaseOption();
    QCommandLineOption opening = CommandLine::openingOption();
    QCommandLineOption viewer = CommandLine::viewerOption();
    QCommandLineOption kind{
        QStringLiteral("kind"),
        ReportCommand::tr("Which report: %1.").arg(ReportKinds::keys().join(QStringLiteral(", "))),
        ReportCommand::tr("KIND")};
    QCommandLineOption candidate{
        QStringLiteral("candidate"),
        ReportCommand::tr("The candidate of a packet: their id in FILE, or their uuid."),
        ReportCommand::tr("ID")};
    QCommandLineOption pageSize{
        QStringLiteral("page-size"),
        ReportCommand::tr("a4 or letter (default: from the locale, Letter in the US and Canada)."),
        ReportCommand::tr("SIZE")};
    QCommandLineOption pdfa{QStringLiteral("pdfa"),
                            ReportCommand::tr("Write PDF/A-1b, for archiving.")};
    QCommandLineOption generatedAt{
        QStringLiteral("generated-at"),
        ReportCommand::tr("The time the report says it was generated, and the day it judges "
                          "\"overdue\" by (default: now); makes the output reproducible."),
        ReportCommand::tr("YYYY-MM-DDTHH:MM")};
    QCommandLineOption out{QStringLiteral("out"), ReportCommand::tr("The PDF file to write."),
                           ReportCommand::tr("FILE.pdf")};
};

/// Applies --page-size and --pdfa; an empty string means success.
QString readPageSetup(const CommandLine& line, const ReportOptions& o,
                      report::ReportPageSetup& setup) {
    setup = report::ReportPageSetup::forLocale(QLocale());
    if (line.isSet(o.pageSize)) {
        const QString size = line.value(o.pageSize).toLower();
        if (size == QLatin1String("a4"))
            setup.pageSize = QPageSize(QPageSize::A4);
        else if (size == QLatin1String("letter"))
            setup.pageSize = QPageSize(QPageSize::Letter);
        else
            return ReportCommand::tr("--page-size takes a4 or letter, not '%1'.")
                .arg(line.value(o.pageSize));
    }
    setup.pdfA = line.isSet(o.pdfa);
    return {};
}

/// Reads --kind and --generated-at into `request`; an empty string means success.
QString readRequest(const CommandLine& line, const ReportOptions& o, ReportRequest& request) {
    const std::optional<ReportKind> kind = ReportKinds::fromKey(line.value(o.kind));
    if (!kind)
        return ReportCommand::tr("--kind takes one of %1, not '%2'.")
            .arg(ReportKinds::keys().join(QStringLiteral(", ")), line.value(o.kind));
    request.kind = *kind;
    if (ReportKinds::needsCandidate(*kind) != line.isSet(o.candidate))
        return ReportKinds::needsCandidate(*kind)
                   ? ReportCommand::tr("--kind packet needs --candidate ID.")
                   : ReportCommand::tr("--candidate is only for --kind packet.");
    if (line.isSet(o.generatedAt)) {
        request.generatedAt = QDateTime::fromString(line.value(o.generatedAt), Qt::ISODate);
        if (!request.generatedAt.isValid())
            return ReportCommand::tr("--generated-at takes a time such as 2026-11-26T09:00, not "
                                     "'%1'.")
                .arg(line.value(o.generatedAt));
    } else {
        request.generatedAt = QDateTime::currentDateTime();
    }
    request.today = request.generatedAt.date();
    request.locale = QLocale();
    return {};
}

} // namespace

QString ReportCommand::summary() const {
    return tr("Write a PDF report: comparison, packet, calibration or summary");
}

std::unique_ptr<QCoreApplication> ReportCommand::createApplication(int& argc, char** argv) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // No display to connect to: draw on the offscreen platform instead of
    // failing to start (the PDF does not need a screen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QApplication>(argc, argv);
}

int ReportCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli report --db FILE --opening ID --kind "
                        "comparison|packet|calibration|summary [--candidate ID] [--as PANELIST] "
                        "[--page-size a4|letter] [--pdfa] [--generated-at TIME] --out FILE.pdf"));
    const ReportOptions o;
    line.parser().addOptions(
        {o.db, o.opening, o.viewer, o.kind, o.candidate, o.pageSize, o.pdfa, o.generatedAt, o.out});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&o.db, &o.opening, &o.kind, &o.out}, 0))
        return line.usageError(err);
    ReportRequest request;
    if (const QString problem = readRequest(line, o, request); !problem.isEmpty())
        return line.usageError(err, problem);
    report::ReportPageSetup setup;
    if (const QString problem = readPageSetup(line, o, setup); !problem.isEmpty())
        return line.usageError(err, problem);
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr)
        return fail(err, tr("The report command needs the graphical application object."));

    auto db = Database::open(line.value(o.db), Database::OpenMode::ReadOnly);
    if (!db)
        return fail(err, db.errorMessage());
    if (Status allowed = OutputPaths::check(line.value(o.out), (*db)->location()); !allowed)
        return fail(err, allowed.errorMessage());
    auto openingId = RecordArgument::opening(**db, line.value(o.opening));
    if (!openingId)
        return fail(err, openingId.errorMessage());
    if (*openingId == kNoRow)
        return line.usageError(err, tr("--opening takes a number or a uuid."));
    request.openingId = *openingId;
    auto viewer = RecordArgument::viewer(**db, *openingId, line.value(o.viewer));
    if (!viewer)
        return fail(err, viewer.errorMessage());
    request.viewer = *viewer;
    if (line.isSet(o.candidate)) {
        auto candidateId = RecordArgument::candidate(**db, line.value(o.candidate));
        if (!candidateId)
            return fail(err, candidateId.errorMessage());
        if (*candidateId == kNoRow)
            return line.usageError(err, tr("--candidate takes a number or a uuid."));
        auto application = CandidatePacketData::applicationOf(**db, *openingId, *candidateId);
        if (!application)
            return fail(err, application.errorMessage());
        request.applicationId = *application;
    }
    auto data = ReportDataLoader(**db).load(request);
    if (!data)
        return fail(err, data.errorMessage());
    report::ReportGenerator generator;
    const QString path = line.value(o.out);
    if (Status written = generator.write(*data, request, setup, path); !written)
        return fail(err, written.errorMessage());
    out << tr("Wrote %1 (%n page(s)).", "", generator.writer().pageCount())
               .arg(QFileInfo(path).absoluteFilePath())
        << '\n'
        << request.viewer.seenBy() << '\n';
    if (const QString hint = CompareCommand::viewerHint(request.viewer); !hint.isEmpty())
        out << hint.trimmed() << '\n';
    return 0;
}

} // namespace debrief::cli
