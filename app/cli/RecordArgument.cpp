#include "RecordArgument.h"

#include "opening/PanelDirectory.h"
#include "pipeline/CandidateRecords.h"
#include "scheduling/InterviewRecords.h"
#include "storage/Database.h"

#include <QDir>
#include <QUuid>

#include <functional>

namespace debrief::cli {
namespace {

/// How to find a record by id, and what a missing one is called.
struct RecordKind {
    QString existsSql;   // "SELECT 1 FROM openings WHERE id = ?"
    QString missingId;   // "There is no opening %1 in %2."
    QString missingUuid; // "There is no opening with uuid %1 in %2."
};

/// The id of the record with a uuid; std::nullopt when there is none.
using UuidLookup = std::function<Result<std::optional<RowId>>(const QUuid&)>;

template <typename Record>
Result<std::optional<RowId>> idOf(const Result<std::optional<Record>>& found) {
    if (!found)
        return found.error();
    return found->has_value() ? std::optional<RowId>((*found)->id) : std::nullopt;
}

/// A number must be the id of a stored record: checked here, before any
/// command acts on it, so that every command says the same thing about an
/// id that is not there (and none stores half an import first).
Result<RowId> resolve(Database& db, const QString& given, const RecordKind& kind,
                      const UuidLookup& findByUuid) {
    const QString file = QDir::toNativeSeparators(db.location());
    bool isNumber = false;
    const RowId id = given.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        auto found = db.exec(kind.existsSql, {id});
        if (!found)
            return found.error();
        if (!found->next())
            return Error{kind.missingId.arg(id).arg(file)};
        return id;
    }
    const QUuid uuid = QUuid::fromString(given.trimmed());
    if (uuid.isNull())
        return kNoRow;
    auto found = findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{kind.missingUuid.arg(uuid.toString(QUuid::WithoutBraces), file)};
    return **found;
}

} // namespace

Result<RowId> RecordArgument::opening(Database& db, const QString& given) {
    return resolve(
        db, given,
        {QStringLiteral("SELECT 1 FROM openings WHERE id = ?"), tr("There is no opening %1 in %2."),
         tr("There is no opening with uuid %1 in %2.")},
        [&db](const QUuid& uuid) { return idOf(PanelDirectory(db).openingByUuid(uuid)); });
}

Result<RowId> RecordArgument::panelist(Database& db, const QString& given) {
    return resolve(
        db, given,
        {QStringLiteral("SELECT 1 FROM panelists WHERE id = ?"),
         tr("There is no panelist %1 in %2."), tr("There is no panelist with uuid %1 in %2.")},
        [&db](const QUuid& uuid) { return idOf(PanelDirectory(db).panelistByUuid(uuid)); });
}

Result<RowId> RecordArgument::candidate(Database& db, const QString& given) {
    return resolve(
        db, given,
        {QStringLiteral("SELECT 1 FROM candidates WHERE id = ?"),
         tr("There is no candidate %1 in %2."), tr("There is no candidate with uuid %1 in %2.")},
        [&db](const QUuid& uuid) { return idOf(CandidateRecords(db).candidateByUuid(uuid)); });
}

Result<RowId> RecordArgument::panelistOrEmail(Database& db, const QString& given,
                                              const QString& option) {
    if (given.contains(QLatin1Char('@'))) {
        auto all = PanelDirectory(db).panelists();
        if (!all)
            return all.error();
        for (const Panelist& p : std::as_const(*all)) {
            if (p.email.trimmed().compare(given.trimmed(), Qt::CaseInsensitive) == 0)
                return p.id;
        }
        // The address itself is personal data: the message names the file only.
        return Error{
            tr("No panelist in %1 has that e-mail address (%2).").arg(db.location(), option)};
    }
    auto id = panelist(db, given);
    if (!id)
        return id.error();
    if (*id == kNoRow)
        return Error{tr("%1 takes a panelist's id, uuid or e-mail.").arg(option)};
    return *id;
}

Result<ScoreViewer> RecordArgument::viewer(Database& db, RowId openingId, const QString& given) {
    if (given.trimmed().isEmpty())
        return ScoreViewer::panelLead(db, openingId);
    auto id = panelistOrEmail(db, given, QStringLiteral("--as"));
    if (!id)
        return id.error();
    return ScoreViewer::named(db, *id);
}

Result<RowId> RecordArgument::application(Database& db, const QString& given) {
    return resolve(
        db, given,
        {QStringLiteral("SELECT 1 FROM applications WHERE id = ?"),
         tr("There is no application %1 in %2."),
         tr("There is no application with uuid %1 in %2.")},
        [&db](const QUuid& uuid) { return idOf(CandidateRecords(db).applicationByUuid(uuid)); });
}

Result<RowId> RecordArgument::interview(Database& db, const QString& given) {
    return resolve(
        db, given,
        {QStringLiteral("SELECT 1 FROM interviews WHERE id = ?"),
         tr("There is no interview %1 in %2."), tr("There is no interview with uuid %1 in %2.")},
        [&db](const QUuid& uuid) { return idOf(InterviewRecords(db).interviewByUuid(uuid)); });
}

} // namespace debrief::cli
