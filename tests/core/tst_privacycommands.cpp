// The data-protection commands of the real debrief-cli (retention,
// person-export, person-erase) on a demo database: what they print (ids,
// not names, unless asked), what they change, and what they refuse.
#include "CliProcess.h"
#include "PrivacyFixture.h"

#include "csv/CsvReader.h"
#include "privacy/RetentionPolicy.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using test::CliRun;
using test::PrivacyFixture;
using test::runCli;

namespace {

const QString kToday = QStringLiteral("2026-11-26");

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString describe(const CliRun& run) {
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestPrivacyCommands : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void retentionListsIdsAndNamesOnlyWhenAsked();
    void retentionCsvNeutralisesFormulaCells();
    void retentionUsesTheStoredPeriodAndApplies();
    void personExportWritesAPrivateFileAndNeverTheDatabase();
    void personEraseRefusesThenErases();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("demo.sqlite")); }
    /// Opens the file for a look, and closes it again before the next run.
    std::unique_ptr<Database> open() const;
    QStringList allNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPrivacyCommands::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(PrivacyFixture::demo(path(), &error), qPrintable(error));
}

void TestPrivacyCommands::cleanup() {
    m_dir.reset();
}

std::unique_ptr<Database> TestPrivacyCommands::open() const {
    auto db = Database::openSqlite(path(), Database::OpenMode::MustExist);
    return db ? std::move(*db) : nullptr;
}

QStringList TestPrivacyCommands::allNames() const {
    auto db = open();
    QStringList names;
    auto query = db->exec(QStringLiteral("SELECT full_name FROM candidates"));
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

void TestPrivacyCommands::retentionListsIdsAndNamesOnlyWhenAsked() {
    QList<RetentionCase> due;
    {
        auto db = open();
        auto listed = RetentionPolicy::due(*db, {30, RetentionPeriod::Unit::Days},
                                           QDate::fromString(kToday, Qt::ISODate));
        QVERIFY(listed && listed->size() >= 5);
        due = *listed;
    }
    const QStringList names = allNames();
    const CliRun dry = runCli({QStringLiteral("retention"), QStringLiteral("--db"), path(),
                               QStringLiteral("--period"), QStringLiteral("30d"),
                               QStringLiteral("--today"), kToday});
    QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
    for (const RetentionCase& c : std::as_const(due)) {
        QVERIFY(dry.out.contains(QStringLiteral("#%1  last activity %2")
                                     .arg(c.candidateId)
                                     .arg(c.lastActivity.toString(Qt::ISODate))));
    }
    QCOMPARE(dry.out.count(QStringLiteral("  last activity ")), due.size());
    QVERIFY(dry.out.contains(QStringLiteral("2026-10-27"))); // the cutoff
    for (const QString& name : names)
        QVERIFY2(!dry.out.contains(name) && !dry.err.contains(name), qPrintable(name));
    // Nothing changed.
    QCOMPARE(allNames(), names);

    const CliRun named = runCli({QStringLiteral("retention"), QStringLiteral("--db"), path(),
                                 QStringLiteral("--period"), QStringLiteral("30d"),
                                 QStringLiteral("--today"), kToday, QStringLiteral("--names")});
    QCOMPARE(named.exitCode, 0);
    for (const RetentionCase& c : std::as_const(due))
        QVERIFY2(named.out.contains(c.fullName), qPrintable(c.fullName));

    // --names is for the dry run only; bad periods and dates are refused.
    for (const QStringList& wrong :
         {QStringList{QStringLiteral("--period"), QStringLiteral("30d"), QStringLiteral("--names"),
                      QStringLiteral("--apply")},
          QStringList{QStringLiteral("--period"), QStringLiteral("30 weeks")},
          QStringList{QStringLiteral("--period"), QStringLiteral("0m")},
          QStringList{QStringLiteral("--save")},
          QStringList{QStringLiteral("--period"), QStringLiteral("1m"), QStringLiteral("--today"),
                      QStringLiteral("26.11.2026")}}) {
        const CliRun refused = runCli(
            QStringList{QStringLiteral("retention"), QStringLiteral("--db"), path()} + wrong);
        QVERIFY2(refused.exitCode == 2, qPrintable(describe(refused)));
    }
    QCOMPARE(allNames(), names);
}

void TestPrivacyCommands::retentionCsvNeutralisesFormulaCells() {
    // A name that arrived by a CSV import from a careless or hostile source.
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    RowId renamed = kNoRow;
    {
        auto db = open();
        auto due = RetentionPolicy::due(*db, {30, RetentionPeriod::Unit::Days},
                                        QDate::fromString(kToday, Qt::ISODate));
        QVERIFY(due && !due->isEmpty());
        renamed = due->constFirst().candidateId;
        QVERIFY(db->exec(QStringLiteral("UPDATE candidates SET full_name = ? WHERE id = ?"),
                         {formula, renamed}));
    }
    const CliRun csv =
        runCli({QStringLiteral("retention"), QStringLiteral("--db"), path(),
                QStringLiteral("--period"), QStringLiteral("30d"), QStringLiteral("--today"),
                kToday, QStringLiteral("--names"), QStringLiteral("--csv")});
    QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));
    const CsvTable table = CsvReader::parse(csv.out.toUtf8());
    QCOMPARE(table.header,
             (QStringList{QStringLiteral("candidate"), QStringLiteral("last_activity"),
                          QStringLiteral("applications"), QStringLiteral("talent_pool"),
                          QStringLiteral("name")}));
    QVERIFY(table.records.size() >= 5);
    bool seen = false;
    for (const CsvRecord& record : table.records) {
        QCOMPARE(record.fields.size(), 5);
        // No cell a spreadsheet would run as a formula.
        for (const QString& cell : record.fields)
            QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
        if (record.fields.at(0) == QString::number(renamed)) {
            QCOMPARE(record.fields.at(4), QLatin1Char('\'') + formula);
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestPrivacyCommands::retentionUsesTheStoredPeriodAndApplies() {
    const CliRun none = runCli({QStringLiteral("retention"), QStringLiteral("--db"), path()});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains(QStringLiteral("no retention period")));
    const CliRun saved = runCli({QStringLiteral("retention"), QStringLiteral("--db"), path(),
                                 QStringLiteral("--period"), QStringLiteral("30d"),
                                 QStringLiteral("--save"), QStringLiteral("--today"), kToday});
    QVERIFY2(saved.exitCode == 0, qPrintable(describe(saved)));
    QList<RowId> due;
    QStringList distinctive;
    {
        auto db = open();
        auto listed = RetentionPolicy::due(*db, {30, RetentionPeriod::Unit::Days},
                                           QDate::fromString(kToday, Qt::ISODate));
        QVERIFY(listed);
        for (const RetentionCase& c : std::as_const(*listed))
            due.append(c.candidateId);
        distinctive = PrivacyFixture::distinctiveText(*db, due);
    }
    QVERIFY(distinctive.size() > due.size());

    const CliRun applied = runCli({QStringLiteral("retention"), QStringLiteral("--db"), path(),
                                   QStringLiteral("--apply"), QStringLiteral("--today"), kToday});
    QVERIFY2(applied.exitCode == 0, qPrintable(describe(applied)));
    for (const RowId id : std::as_const(due))
        QVERIFY(applied.out.contains(QStringLiteral("#%1").arg(id)));
    QVERIFY(applied.out.contains(QStringLiteral("compacted")));
    QCOMPARE(PrivacyFixture::foundInFile(path(), distinctive), QStringList());
    for (const QString& text : std::as_const(distinctive))
        QVERIFY(!applied.out.contains(text) && !applied.err.contains(text));
    {
        auto db = open();
        auto count = RetentionPolicy::anonymisedCount(*db);
        QVERIFY(count);
        QCOMPARE(*count, due.size());
    }
    const CliRun again = runCli({QStringLiteral("retention"), QStringLiteral("--db"), path(),
                                 QStringLiteral("--apply"), QStringLiteral("--today"), kToday});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("nothing to anonymise")));
}

void TestPrivacyCommands::personExportWritesAPrivateFileAndNeverTheDatabase() {
    const QByteArray before = fileHash(path());
    QVERIFY(!before.isEmpty());
    for (const QString& target :
         QStringList{path(), path() + QStringLiteral("-wal"),
                     m_dir->filePath(QStringLiteral("./sub/../demo.sqlite"))}) {
        const CliRun refused = runCli({QStringLiteral("person-export"), QStringLiteral("--db"),
                                       path(), QStringLiteral("--candidate"), QStringLiteral("38"),
                                       QStringLiteral("--out"), target});
        QVERIFY2(refused.exitCode == 2, qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains(QStringLiteral("is the database")) ||
                     refused.err.contains(QStringLiteral("one of the database's own files")),
                 qPrintable(refused.err));
    }
    QCOMPARE(fileHash(path()), before);
    QVERIFY(open()); // still a database

    const QString out = m_dir->filePath(QStringLiteral("person.json"));
    QString fullName;
    QString uuid;
    {
        auto db = open();
        auto row = db->exec(QStringLiteral("SELECT full_name, uuid FROM candidates WHERE id = 38"));
        QVERIFY(row && row->next());
        fullName = row->value(0).toString();
        uuid = row->value(1).toString();
    }
    const CliRun written =
        runCli({QStringLiteral("person-export"), QStringLiteral("--db"), path(),
                QStringLiteral("--candidate"), uuid, QStringLiteral("--out"), out});
    QVERIFY2(written.exitCode == 0, qPrintable(describe(written)));
    QVERIFY(written.out.contains(QStringLiteral("candidate #38")));
    QVERIFY(!written.out.contains(fullName));
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(out) & others, QFile::Permissions());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("debrief-person"));
    QCOMPARE(root.value(u"candidate").toObject().value(u"fullName").toString(), fullName);

    const CliRun missing = runCli({QStringLiteral("person-export"), QStringLiteral("--db"), path(),
                                   QStringLiteral("--candidate"), QStringLiteral("9999"),
                                   QStringLiteral("--out"), out + QStringLiteral("2")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("9999")));
    QVERIFY(!QFile::exists(out + QStringLiteral("2")));
}

void TestPrivacyCommands::personEraseRefusesThenErases() {
    RowId chosen = kNoRow;
    RowId theo = kNoRow;
    {
        auto db = open();
        chosen = PrivacyFixture::candidateNamed(*db, QStringLiteral("Nguyễn Thị Lan"));
        theo = PrivacyFixture::candidateNamed(*db, QStringLiteral("Théo Girard"));
    }
    const QByteArray before = fileHash(path());
    const CliRun refused =
        runCli({QStringLiteral("person-erase"), QStringLiteral("--db"), path(),
                QStringLiteral("--candidate"), QString::number(chosen), QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("chosen candidate")));
    QVERIFY(!refused.err.contains(QStringLiteral("Nguyễn")));
    const CliRun dry = runCli({QStringLiteral("person-erase"), QStringLiteral("--db"), path(),
                               QStringLiteral("--candidate"), QString::number(theo)});
    QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
    QVERIFY(dry.out.contains(QStringLiteral("Nothing was changed")));
    QVERIFY(!dry.out.contains(QStringLiteral("Théo")));
    QCOMPARE(fileHash(path()), before);
    QVERIFY(allNames().contains(QStringLiteral("Théo Girard")));

    const CliRun erased =
        runCli({QStringLiteral("person-erase"), QStringLiteral("--db"), path(),
                QStringLiteral("--candidate"), QString::number(theo), QStringLiteral("--yes")});
    QVERIFY2(erased.exitCode == 0, qPrintable(describe(erased)));
    QVERIFY(erased.out.contains(QStringLiteral("Erased candidate #%1").arg(theo)));
    QVERIFY(!allNames().contains(QStringLiteral("Théo Girard")));
    QCOMPARE(PrivacyFixture::foundInFile(path(), {QStringLiteral("Théo Girard")}), QStringList());
}

QTEST_GUILESS_MAIN(TestPrivacyCommands)
#include "tst_privacycommands.moc"
