#include "FileScrub.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace debrief {
namespace {

/// PRAGMA wal_checkpoint(TRUNCATE) answers (busy, log frames, checkpointed
/// frames); busy 0 means every frame was copied and the log truncated.
Result<bool> checkpoint(Database& db) {
    auto query = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!query)
        return query.error();
    const bool complete = query->next() && query->value(0).toInt() == 0;
    query->finish();
    return complete;
}

} // namespace

Result<bool> FileScrub::run(Database& db) {
    if (db.dialect() != SqlDialect::Sqlite)
        return true; // the server reuses and overwrites its own pages
    if (auto before = checkpoint(db); !before)
        return before.error();
    if (auto vacuum = db.exec(QStringLiteral("VACUUM")); !vacuum)
        return vacuum.error();
    return checkpoint(db);
}

QString FileScrub::incompleteNote(const QString& location) {
    return tr("Another program still has %1 open, so some of the removed text stays in its "
              "write-ahead log (%1-wal) until that program closes the file.")
        .arg(location);
}

} // namespace debrief
