#include "CompareCommand.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "analytics/ComparisonContext.h"
#include "analytics/ComparisonInput.h"
#include "analytics/ComparisonJson.h"
#include "analytics/ComparisonTable.h"
#include "analytics/FinalistComparison.h"
#include "analytics/TieDetector.h"
#include "storage/Database.h"

namespace debrief::cli {
namespace {

/// "12,15,9" as row ids; std::nullopt when any part is not a number.
std::optional<QList<RowId>> parseIds(const QString& text) {
    QList<RowId> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const RowId id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}

} // namespace

QString CompareCommand::viewerHint(const ScoreViewer& viewer) {
    return viewer.basis == ScoreViewer::Basis::PanelLead
               ? QLatin1Char('\n') +
                     tr("Use --as PANELIST to see the scores as another panelist may.") +
                     QLatin1Char('\n')
               : QString();
}

QString CompareCommand::summary() const {
    return tr("Compare an opening's finalists: totals, ties and panel calibration");
}

int CompareCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli compare --db FILE --opening ID [--as PANELIST] "
                        "[--json] [--finalists ID,ID,...] [--seed N] [--resamples N]"));
    const QCommandLineOption dbOption = CommandLine::databaseOption();
    const QCommandLineOption openingOption = CommandLine::openingOption();
    const QCommandLineOption viewerOption = CommandLine::viewerOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the comparison as JSON (docs/COMPARE.md)."));
    const QCommandLineOption finalistsOption(
        QStringLiteral("finalists"),
        tr("The applications to compare, by id, in this order (default: those the recorded "
           "decision names, else every finalist with a submitted scorecard)."),
        tr("ID,ID,..."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed of the tie detection's resampling."), tr("N"));
    const QCommandLineOption resamplesOption(
        QStringLiteral("resamples"),
        tr("Resamples of the panel (at least %1).").arg(TieDetector::kMinimumResamples), tr("N"));
    line.parser().addOptions({dbOption, openingOption, viewerOption, jsonOption, finalistsOption,
                              seedOption, resamplesOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({&dbOption, &openingOption}, 0))
        return line.usageError(err);

    TieOptions ties;
    if (line.isSet(seedOption)) {
        bool ok = false;
        ties.seed = line.value(seedOption).toULongLong(&ok);
        if (!ok)
            return line.usageError(err, tr("--seed takes a whole number from 0."));
    }
    if (line.isSet(resamplesOption)) {
        bool ok = false;
        ties.resamples = line.value(resamplesOption).toInt(&ok);
        if (!ok)
            return line.usageError(err, tr("--resamples takes a whole number."));
    }
    QList<RowId> applicationIds;
    if (line.isSet(finalistsOption)) {
        const auto ids = parseIds(line.value(finalistsOption));
        if (!ids)
            return line.usageError(err, tr("--finalists takes application ids separated by "
                                           "commas."));
        applicationIds = *ids;
    }

    auto db = Database::open(line.value(dbOption), Database::OpenMode::ReadOnly);
    if (!db)
        return fail(err, db.errorMessage());
    auto openingId = RecordArgument::opening(**db, line.value(openingOption));
    if (!openingId)
        return fail(err, openingId.errorMessage());
    if (*openingId == kNoRow)
        return line.usageError(err, tr("--opening takes a number or a uuid."));

    auto viewer = RecordArgument::viewer(**db, *openingId, line.value(viewerOption));
    if (!viewer)
        return fail(err, viewer.errorMessage());
    // The window's and the report's finalists unless others were asked for.
    auto finalists = applicationIds.isEmpty()
                         ? FinalistSet::forOpening(**db, *openingId)
                         : Result<FinalistSet>(FinalistSet::given(applicationIds));
    if (!finalists)
        return fail(err, finalists.errorMessage());
    auto input = ComparisonInput::load(**db, *openingId, *viewer, *finalists);
    if (!input)
        return fail(err, input.errorMessage());
    if (const int scored = input->scoredFinalists(); scored < 2) {
        return fail(err, tr("Opening %1 has %n finalist(s) with a submitted scorecard; a "
                            "comparison needs at least 2.",
                            "", scored)
                             .arg(*openingId));
    }
    auto report = FinalistComparison::run(input->matrix, ties);
    if (!report)
        return fail(err, report.errorMessage());
    auto context = ComparisonContext::load(**db, *openingId, input->rubricId);
    if (!context)
        return fail(err, context.errorMessage());

    if (line.isSet(jsonOption))
        out << ComparisonJson::write(*context, *input, *report).toJson(QJsonDocument::Indented);
    else
        out << ComparisonTable::write(*context, *input, *report) << viewerHint(*viewer);
    return 0;
}

} // namespace debrief::cli
