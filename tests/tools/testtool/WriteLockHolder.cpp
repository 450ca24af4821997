#include "WriteLockHolder.h"

#include "ToolOptions.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

namespace debrief::test {

int holdWriteLock(const QStringList& args) {
    ToolOptions options(args);
    const QString path = options.value(QStringLiteral("--db"));
    const QString ms = options.value(QStringLiteral("--ms"));
    if (path.isEmpty() || !options.unknown().isEmpty())
        return usage("hold-lock --db FILE [--ms N]");
    int status = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            status = fail(QStringLiteral("cannot take the write lock: ") +
                          (db.isOpen() ? query.lastError().text() : db.lastError().text()));
        } else {
            std::printf("locked\n");
            std::fflush(stdout);
            if (!ms.isEmpty()) {
                QThread::msleep(ms.toULong());
            } else {
                char line[16];
                (void)std::fgets(line, sizeof line, stdin);
            }
            query.exec(QStringLiteral("ROLLBACK"));
            std::printf("released\n");
            std::fflush(stdout);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QLatin1String(QSqlDatabase::defaultConnection));
    return status;
}

} // namespace debrief::test
