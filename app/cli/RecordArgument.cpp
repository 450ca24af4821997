#include "RecordArgument.h"

#include "storage/ApplicationRepository.h"
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

Result<RowId> RecordArgument::application(Database& db, const QString& given) {
    return resolve<ApplicationRepository>(db, given,
                                          tr("There is no application with uuid %1 in %2."));
}

Result<RowId> RecordArgument::interview(Database& db, const QString& given) {
    return resolve<InterviewRepository>(db, given, tr("There is no interview with uuid %1 in %2."));
}

} // namespace debrief::cli
