#include "PrivacyCommandLine.h"

#include "CommandLine.h"
#include "RecordArgument.h"

#include "privacy/FileScrub.h"
#include "storage/Database.h"

namespace debrief::cli {

QCommandLineOption PrivacyCommandLine::candidateOption() {
    return {QStringLiteral("candidate"), tr("The candidate: their id in FILE, or their uuid."),
            tr("ID")};
}

std::optional<int> PrivacyCommandLine::openPerson(const CommandLine& line,
                                                  const QCommandLineOption& db,
                                                  const QCommandLineOption& candidate,
                                                  QTextStream& err, PersonArguments& into) {
    auto opened = Database::open(line.value(db), Database::OpenMode::MustExist);
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
