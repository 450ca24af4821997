#include "RecordArgument.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"

#include <QUuid>

namespace debrief::cli {
namespace {

/// `Repository` has findByUuid(QUuid) -> Result<std::optional<Record>>.
template <typename Repository>
Result<RowId> resolve(Database& db, const QString& given, const QString& missingMessage) {
    bool isNumber = false;
    const RowId id = given.toLongLong(&isNumber);
    if (isNumber)
        return id;
    const QUuid uuid = QUuid::fromString(given);
    if (uuid.isNull())
        return kNoRow;
    auto found = Repository(db).findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{missingMessage.arg(uuid.toString(QUuid::WithoutBraces), db.location())};
    return (*found)->id;
}

} // namespace

Result<RowId> RecordArgument::opening(Database& db, const QString& given) {
    return resolve<OpeningRepository>(db, given, tr("There is no opening with uuid %1 in %2."));
}

Result<RowId> RecordArgument::panelist(Database& db, const QString& given) {
    return resolve<PanelistRepository>(db, given, tr("There is no panelist with uuid %1 in %2."));
}

Result<ScoreViewer> RecordArgument::viewer(Database& db, RowId openingId, const QString& given) {
    if (given.trimmed().isEmpty())
        return ScoreViewer::panelLead(db, openingId);
    if (given.contains(QLatin1Char('@'))) {
        auto all = PanelistRepository(db).list();
        if (!all)
            return all.error();
        for (const Panelist& p : std::as_const(*all)) {
            if (p.email.trimmed().compare(given.trimmed(), Qt::CaseInsensitive) == 0)
                return ScoreViewer::panelist(p.id, p.name);
        }
        // The address itself is personal data: the message names the file only.
        return Error{tr("No panelist in %1 has that e-mail address (--as).").arg(db.location())};
    }
    auto id = panelist(db, given);
    if (!id)
        return id.error();
    if (*id == kNoRow)
        return Error{tr("--as takes a panelist's id, uuid or e-mail.")};
    return ScoreViewer::named(db, *id);
}

Result<RowId> RecordArgument::application(Database& db, const QString& given) {
    return resolve<ApplicationRepository>(db, given,
                                          tr("There is no application with uuid %1 in %2."));
}

Result<RowId> RecordArgument::interview(Database& db, const QString& given) {
    return resolve<InterviewRepository>(db, given, tr("There is no interview with uuid %1 in %2."));
}

Result<RowId> RecordArgument::candidate(Database& db, const QString& given) {
    return resolve<CandidateRepository>(db, given, tr("There is no candidate with uuid %1 in %2."));
}

} // namespace debrief::cli
