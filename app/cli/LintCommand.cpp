#include "LintCommand.h"

#include "CommandLine.h"

#include "tone/ToneChecker.h"
#include "tone/ToneReport.h"
#include "tone/Utf8Text.h"

namespace debrief::cli {
namespace {

/// The checker for --rules FILE, else the built-in rules of --lang.
Result<ToneChecker> checkerFor(const QString& rulesFile, const QString& language) {
    if (rulesFile.isEmpty())
        return ToneChecker::forLanguage(language);
    auto rules = ToneRuleSet::load(rulesFile);
    if (!rules)
        return rules.error();
    return ToneChecker(std::move(rules).value());
}

} // namespace

QString LintCommand::summary() const {
    return tr("Check a draft's tone: cold, vague or risky wording, unmade promises");
}

int LintCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandLine line(name(), summary(),
                     tr("Usage: debrief-cli lint FILE [--lang xx] [--json] [--name NAME] "
                        "[--other NAME]... [--talent-pool] [--rules RULES.json]"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("The language of the draft: %1 (default: en).")
            .arg(ToneRuleSet::builtInLanguages().join(QStringLiteral(", "))),
        tr("xx"), QStringLiteral("en"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the findings as JSON (docs/TONE.md)."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        tr("The candidate's full name; the first line must then greet them by name."), tr("NAME"));
    const QCommandLineOption otherOption(
        QStringLiteral("other"),
        tr("Another candidate of the opening, whose name must not appear (repeatable)."),
        tr("NAME"));
    const QCommandLineOption talentPoolOption(
        QStringLiteral("talent-pool"),
        tr("The candidate is in the talent pool, so future contact may be promised."));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"), tr("A rule file of your own instead of the built-in rules."),
        tr("RULES.json"));
    line.parser().addOptions(
        {langOption, jsonOption, nameOption, otherOption, talentPoolOption, rulesOption});
    if (auto exit = line.parse(args, out, err))
        return *exit;
    if (!line.hasArguments({}, 1))
        return line.usageError(err);

    const QString file = line.positionalArguments().constFirst();
    const auto bytes = CommandLine::readFile(file);
    if (!bytes) {
        err << bytes.errorMessage() << '\n';
        return kUsageOrInputError;
    }
    const auto text = Utf8Text::decode(*bytes, file);
    if (!text) {
        err << text.errorMessage() << '\n';
        return kUsageOrInputError;
    }
    const auto checker = checkerFor(line.value(rulesOption), line.value(langOption));
    if (!checker) {
        err << checker.errorMessage() << '\n';
        return kUsageOrInputError;
    }

    ToneContext context;
    context.candidateName = line.value(nameOption).simplified();
    context.otherCandidateNames = line.parser().values(otherOption);
    context.talentPool = line.isSet(talentPoolOption);
    const QList<ToneFinding> findings = checker->check(*text, context);

    if (line.isSet(jsonOption))
        out << ToneReport::json(file, checker->rules().language, *text, findings)
                   .toJson(QJsonDocument::Indented);
    else
        out << ToneReport::text(file, *text, findings);
    return findings.isEmpty() ? kClean : kFindings;
}

} // namespace debrief::cli
