#include "DatabaseDump.h"

#include "storage/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace debrief::test {

QStringList dumpDatabase(Database& db) {
    QStringList out;
    auto tables = db.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!tables)
        return {QStringLiteral("dump failed: ") + tables.errorMessage()};
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    for (const QString& name : std::as_const(names)) {
        // Test-only: the names come from the schema itself, not from input.
        auto rows = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        if (!rows)
            return {QStringLiteral("dump failed: ") + rows.errorMessage()};
        QStringList lines;
        while (rows->next()) {
            QStringList values;
            for (int i = 0; i < rows->record().count(); ++i)
                values.append(rows->value(i).isNull() ? QStringLiteral("NULL")
                                                      : rows->value(i).toString());
            lines.append(name + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
        lines.sort();
        out.append(name + QStringLiteral(" rows: ") + QString::number(lines.size()));
        out.append(lines);
    }
    return out;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool runRawSql(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s", qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace debrief::test
