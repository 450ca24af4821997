#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <memory>
#include <optional>

namespace debrief {
class Database;
}

namespace debrief::cli {

/// Exit codes every command uses: 1 for bad input or a failed operation,
/// 2 when the command line itself is wrong.
inline constexpr int kInputError = 1;
inline constexpr int kUsageError = 2;

/// The parsing every command shares: a --help option, a one-line usage,
/// parse errors printed with that usage, and the small steps most commands
/// take next (open the database, read the input file). Commands add their
/// own options to parser() before calling parse().
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QString commandName, QString summary, QString usage);

    QCommandLineParser& parser() { return m_parser; }
    const QCommandLineParser& parser() const { return m_parser; }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    /// Parses `args`. Returns the exit code to end the command with when
    /// the arguments are wrong (usage printed to `err`) or --help was
    /// asked for (help printed to `out`); std::nullopt to go on.
    std::optional<int> parse(const QStringList& args, QTextStream& out, QTextStream& err);

    /// Prints the usage line and returns kUsageError.
    int usageError(QTextStream& err) const;
    /// Prints `message` and the usage line and returns kUsageError.
    int usageError(QTextStream& err, const QString& message) const;

    /// True when every option in `required` is set and exactly
    /// `positionalCount` positional arguments were given.
    bool hasArguments(std::initializer_list<const QCommandLineOption*> required,
                      qsizetype positionalCount) const;

    /// `--db FILE`, the existing database most commands work on.
    static QCommandLineOption databaseOption();
    /// `--opening ID`, an opening by row id or uuid (see RecordArgument).
    static QCommandLineOption openingOption();
    /// `--as PANELIST`, whose view of the scores an output shows (blind
    /// scoring); see RecordArgument::viewer.
    static QCommandLineOption viewerOption();

    /// Reads a whole input file; the error names the file.
    static Result<QByteArray> readFile(const QString& path);
    /// Opens `file` (named `path`) for reading; the error says which and why.
    static Status openFile(QFile& file, const QString& path);

private:
    QString m_name;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

/// Prints an error's message and returns kInputError.
int fail(QTextStream& err, const QString& message);

} // namespace debrief::cli
