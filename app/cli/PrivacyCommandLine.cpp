#include "PrivacyCommandLine.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "privacy/FileScrub.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace debrief::cli {
namespace {

/// The path with its folder resolved (symbolic links, "..") and the file
/// name kept: the file itself may not exist yet.
QString resolved(const QString& path) {
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

} // namespace

QCommandLineOption PrivacyCommandLine::candidateOption() {
    return {QStringLiteral("candidate"), tr("The candidate: their id in FILE, or their uuid."),
            tr("ID")};
}

std::optional<int> PrivacyCommandLine::openPerson(const CommandLine& line,
                                                  const QCommandLineOption& db,
                                                  const QCommandLineOption& candidate,
                                                  QTextStream& err, PersonArguments& into) {
    auto opened = Database::openSqlite(line.value(db), Database::OpenMode::MustExist);
    if (!opened)
        return fail(err, opened.errorMessage());
    into.db = std::move(*opened);
    auto id = RecordArgument::candidate(*into.db, line.value(candidate));
    if (!id)
        return fail(err, id.errorMessage());
    if (*id == kNoRow)
        return line.usageError(err, tr("--candidate takes a number or a uuid."));
    into.candidateId = *id;
    return std::nullopt;
}

Status PrivacyCommandLine::checkOutputIsNotDatabase(const QString& output,
                                                    const QString& database) {
    const QString out =
        QFileInfo(output).exists() ? QFileInfo(output).canonicalFilePath() : resolved(output);
    const QString db =
        QFileInfo(database).exists() ? QFileInfo(database).canonicalFilePath() : resolved(database);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        if (out == db + QLatin1String(suffix))
            return Error{tr("%1 is the database (or one of its files); choose another file to "
                            "write to.")
                             .arg(output)};
    }
    return {};
}

Result<QDate> PrivacyCommandLine::today(const QString& given) {
    if (given.isEmpty())
        return QDate::currentDate();
    const QDate date = QDate::fromString(given, Qt::ISODate);
    if (!date.isValid())
        return Error{
            tr("--today must be a date such as 2026-03-14, not “%1”.").arg(given.left(40))};
    return date;
}

QString PrivacyCommandLine::printable(const QString& text) {
    QString shown = text;
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u'?';
    }
    return shown;
}

QString PrivacyCommandLine::scrubNote(bool scrubbed, const QString& database) {
    return scrubbed ? tr("The file was compacted, so the removed text is gone from it.")
                    : FileScrub::incompleteNote(database);
}

} // namespace debrief::cli
