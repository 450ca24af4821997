#include "OpeningArgument.h"

#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QUuid>

namespace debrief::cli {

Result<RowId> OpeningArgument::resolve(Database& db, const QString& given) {
    bool isNumber = false;
    const RowId id = given.toLongLong(&isNumber);
    if (isNumber)
        return id;
    const QUuid uuid = QUuid::fromString(given);
    if (uuid.isNull())
        return kNoRow;
    auto found = OpeningRepository(db).findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("There is no opening with uuid %1 in %2.")
                         .arg(uuid.toString(QUuid::WithoutBraces), db.location())};
    return (*found)->id;
}

} // namespace debrief::cli
