#include "DatabaseDump.h"

#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/SqlDialect.h"

#include <QCryptographicHash>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace debrief::test {

Result<QStringList> tableNames(Database& db) {
    auto tables = db.exec(db.dialect() == SqlDialect::PostgreSql
                              ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                               "WHERE table_schema = 'public' AND table_type = "
                                               "'BASE TABLE' ORDER BY table_name")
                              : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                               "'table' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    return names;
}

QStringList dumpDatabase(Database& db) {
    QStringList out;
    const auto names = tableNames(db);
    if (!names)
        return {QStringLiteral("dump failed: ") + names.errorMessage()};
    for (const QString& name : *names) {
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

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

QString permissionBits(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QString::number(info.st_mode & 0777, 8);
#else
    // Windows: no permission bits; access lists decide.
    Q_UNUSED(path);
    return {};
#endif
}

QStringList schemaUpTo(int version) {
    QStringList statements{QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL "
                                          "PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT "
                                          "NOT NULL)")};
    for (const Migration& step : allMigrations()) {
        if (step.version > version)
            break;
        for (const QString& ddl : step.statements)
            statements.append(adaptSql(ddl, SqlDialect::Sqlite));
        statements.append(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'step', "
                                         "'2025-01-01T00:00:00.000Z')")
                              .arg(step.version));
    }
    return statements;
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
