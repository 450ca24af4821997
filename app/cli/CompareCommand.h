#pragma once

#include "CliCommand.h"

#include "scoring/ScoreViewer.h"

namespace debrief::cli {

/// `debrief-cli compare`: the finalist comparison of an opening (totals,
/// criteria, tie detection, panel calibration) as a table, or as the
/// "debrief-comparison" JSON document (docs/COMPARE.md) with --json, as
/// the panelist `--as` names may see the scores (default: the panel lead).
class CompareCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;

    /// Said after an output shown as the panel lead because `--as` was not
    /// given (also by `report`); empty otherwise.
    static QString viewerHint(const ScoreViewer& viewer);
};

} // namespace debrief::cli
