#pragma once

#include "CliCommand.h"

namespace debrief::cli {

/// `debrief-cli lint`: the tone and risk check of a draft saved as a text
/// file, the same check the draft editor runs. Prints compiler-style lines
/// or the "debrief-tone-findings" JSON (docs/TONE.md); exits 0 when clean,
/// 1 with findings, 2 when the command line or the file is wrong.
class LintCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    static constexpr int kClean = 0;
    static constexpr int kFindings = 1;
    static constexpr int kUsageOrInputError = 2;

    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override;
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace debrief::cli
