#include "DemoCommand.h"

#include "demo/DemoDatabaseFile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace debrief::cli {
namespace {

struct DemoRequest {
    QString outPath;
    bool force = false;
    DemoDataGenerator::Options options;
};

void addOptions(QCommandLineParser& parser) {
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), DemoCommand::tr("Database file to write."),
                      DemoCommand::tr("FILE")});
    parser.addOption({QStringLiteral("seed"),
                      DemoCommand::tr("Seed for the generator; the same seed and date give the "
                                      "same database (default 1)."),
                      DemoCommand::tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("today"),
                      DemoCommand::tr("Date the demo is set around (default: today)."),
                      DemoCommand::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("candidates"),
                      DemoCommand::tr("Extra candidates to add for scale testing (default 0)."),
                      DemoCommand::tr("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("one-opening"),
                      DemoCommand::tr("Put the extra candidates into one opening, the one ready "
                                      "for its debrief (benchmarks).")});
    parser.addOption({QStringLiteral("rejected"),
                      DemoCommand::tr("Reject this percentage of the extra candidates (default: "
                                      "each opening's own mix)."),
                      DemoCommand::tr("PERCENT")});
    parser.addOption({QStringLiteral("force"), DemoCommand::tr("Replace FILE if it exists.")});
}

/// Reads the options; an empty error string means success.
QString readRequest(const QCommandLineParser& parser, DemoRequest& request) {
    request.outPath = parser.value(QStringLiteral("out"));
    if (request.outPath.isEmpty())
        return DemoCommand::tr("--out FILE is required.");
    bool ok = false;
    request.options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return DemoCommand::tr("--seed must be a whole number from 0 to 4294967295, not '%1'.")
            .arg(parser.value(QStringLiteral("seed")));
    if (parser.isSet(QStringLiteral("today"))) {
        const QString text = parser.value(QStringLiteral("today"));
        request.options.today = QDate::fromString(text, Qt::ISODate);
        if (!request.options.today.isValid())
            return DemoCommand::tr("--today must be a date such as 2025-03-14, not '%1'.")
                .arg(text);
    }
    request.options.extraCandidates = parser.value(QStringLiteral("candidates")).toInt(&ok);
    if (!ok || request.options.extraCandidates < 0)
        return DemoCommand::tr("--candidates must be a whole number of 0 or more, not '%1'.")
            .arg(parser.value(QStringLiteral("candidates")));
    request.options.extraCandidatesInOneOpening = parser.isSet(QStringLiteral("one-opening"));
    if (parser.isSet(QStringLiteral("rejected"))) {
        const QString text = parser.value(QStringLiteral("rejected"));
        request.options.extraRejectedPercent = text.toInt(&ok);
        if (!ok || request.options.extraRejectedPercent < 0 ||
            request.options.extraRejectedPercent > 100)
            return DemoCommand::tr("--rejected must be a whole number from 0 to 100, not '%1'.")
                .arg(text);
    }
    request.force = parser.isSet(QStringLiteral("force"));
    return {};
}

QString summaryLine(const QString& path, const DemoDataSummary& s, qint64 ms) {
    // Counts as "label: number" so that a count of one reads right in every
    // language without ten plural forms in one sentence.
    return DemoCommand::tr("Wrote %1 in %11 s. Openings: %2, panelists: %3, candidates: %4, "
                           "applications: %5, interviews: %6, scorecards: %7, references: %8, "
                           "messages: %9, decisions: %10.")
        .arg(path)
        .arg(s.openings)
        .arg(s.panelists)
        .arg(s.candidates)
        .arg(s.applications)
        .arg(s.interviews)
        .arg(s.scorecards)
        .arg(s.references)
        .arg(s.communications)
        .arg(s.decisions)
        .arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

QString DemoCommand::name() const {
    return QStringLiteral("demo");
}

QString DemoCommand::summary() const {
    return tr("Write a database with realistic, reproducible demo data");
}

int DemoCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("debrief-cli demo")} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the binary's full path; say the command instead.
        out << tr("Usage: debrief-cli demo --out FILE [options]") << '\n'
            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    DemoRequest request;
    if (const QString problem = readRequest(parser, request); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    const QString target = QFileInfo(request.outPath).absoluteFilePath();
    if (QFileInfo::exists(target) && !request.force) {
        err << tr("%1 already exists; pass --force to replace it.").arg(target) << '\n';
        return 1;
    }
    if (Status replaceable = DemoDatabaseFile::mayReplace(target); !replaceable) {
        err << replaceable.errorMessage() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoDatabaseFile::write(target, request.options);
    if (!summary) {
        err << summary.errorMessage() << '\n';
        return 1;
    }
    out << summaryLine(target, *summary, timer.elapsed()) << '\n';
    return 0;
}

} // namespace debrief::cli
