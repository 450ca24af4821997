// debrief-cli with --db naming a shared panel server: the commands run
// against the PostgreSQL server ctest starts (scripts/pg-test-server), and a
// server address is never taken for a file name. What a command stored is
// read back through a connection of the test's own.

#include "CliProcess.h"
#include "PostgresServer.h"

#include "domain/Opening.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::PostgresServer;
using debrief::test::runCli;

class TestPostgresCommands : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(PostgresServer::admin(), "the test server is not running");
    }

    void importAndExportOnTheServer() {
        const auto address = PostgresServer::freshDatabase(QStringLiteral("debrief_cli"));
        QVERIFY(address);
        RowId openingId = kNoRow;
        {
            auto db = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            Opening opening;
            opening.title = QStringLiteral("Support Lead");
            opening.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
            QVERIFY(OpeningRepository(**db).insert(opening));
            openingId = opening.id;
        }
        const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Email,Applied on\n"
                   "Zoë Ørsted,zoe@example.org,2026-12-01\n"
                   "Kenji Nguyen,kenji@example.org,02.12.2026\n"
                   "Zoë again,ZOE@example.org ,2026-12-03\n");
        file.close();
        const QString uri = address->display();
        const auto imported =
            runCli({QStringLiteral("import-candidates"), QStringLiteral("--db"), uri,
                    QStringLiteral("--opening"), QString::number(openingId), csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("Imported 2 candidates")),
                 qPrintable(imported.out));
        const QString json = m_dir.filePath(QStringLiteral("opening.json"));
        const auto exported = runCli({QStringLiteral("export-json"), QStringLiteral("--db"), uri,
                                      QStringLiteral("--opening"), QString::number(openingId),
                                      QStringLiteral("--out"), json});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile written(json);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.contains("zoe@example.org"));
        QVERIFY(text.contains("kenji@example.org"));
        QVERIFY(!text.contains("Zoë again"));
        QVERIFY(text.contains("\"2026-12-02\""));
    }

    void aServerIsNeverBackedUpAsAFile() {
        const QString uri = QStringLiteral("postgresql://nobody@127.0.0.1:1/panel?sslmode=disable");
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        const auto backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), uri});
        const auto restore =
            runCli({QStringLiteral("restore"), QStringLiteral("--db"), uri,
                    QStringLiteral("--from"), m_dir.filePath(QStringLiteral("people.csv"))});
        const auto exported = runCli({QStringLiteral("export-json"), QStringLiteral("--db"), uri,
                                      QStringLiteral("--opening"), QStringLiteral("1")});
        QVERIFY(QDir::setCurrent(before));
        QVERIFY(backup.exitCode != 0);
        QVERIFY2(backup.err.contains(QStringLiteral("is a database on a server")),
                 qPrintable(backup.err));
        QVERIFY(restore.exitCode != 0);
        QVERIFY2(restore.err.contains(QStringLiteral("is a database on a server")),
                 qPrintable(restore.err));
        QVERIFY(exported.exitCode != 0);
        QVERIFY2(
            exported.err.contains(QStringLiteral("Cannot reach the Debrief server at 127.0.0.1:1")),
            qPrintable(exported.err));
        // No file appeared under a name made of the address.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), files);
    }
};

QTEST_GUILESS_MAIN(TestPostgresCommands)
#include "tst_postgrescommands.moc"
