#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace debrief {
class Database;
}

namespace debrief::cli {

class CommandLine;

/// The database a person command works on and the candidate it names.
struct PersonArguments {
    std::unique_ptr<Database> db;
    RowId candidateId = kNoRow;
};

/// What the data-protection commands (`retention`, `person-export`,
/// `person-erase`) share on the command line.
class PrivacyCommandLine {
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommandLine)

public:
    /// `--candidate ID`: a candidate by row id or uuid.
    static QCommandLineOption candidateOption();
    /// Opens `--db` and reads `--candidate` into `into`; the exit code to end
    /// the command with when either fails (the message printed to `err`).
    static std::optional<int> openPerson(const CommandLine& line, const QCommandLineOption& db,
                                         const QCommandLineOption& candidate, QTextStream& err,
                                         PersonArguments& into);
    /// `--today`: the date given, or today's when `given` is empty.
    static Result<QDate> today(const QString& given);
    /// `text` with control characters (escape sequences, line breaks)
    /// shown as "?", so stored data cannot steer the terminal.
    static QString printable(const QString& text);
    /// What to print after a scrub: done, or what stays until when.
    static QString scrubNote(bool scrubbed, const QString& database);
};

} // namespace debrief::cli
