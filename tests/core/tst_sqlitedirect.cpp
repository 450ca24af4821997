// Database::fetchAll binds and reads through the SQLite library itself where
// that library is the one under Qt's driver. Whatever goes in must come out
// the same as through Qt: the same stored values (type and bytes), the same
// rows, the same messages, and nothing left open when the file is closed.
// The reference for every value is the same statement run through Qt's
// driver on another file, and for a few the value SQLite's documentation
// gives for the bound type.

#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <iterator>
#include <limits>

using namespace debrief;

namespace {

const QString kCreate = QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, v, "
                                       "tag TEXT NOT NULL UNIQUE)");
const QString kInsert =
    QStringLiteral("INSERT INTO probe (v, tag) VALUES (?, ?), (?, ?) RETURNING id, v, tag");

/// U+007F, U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFD, U+FFFF: the
/// first and last character of each UTF-8 length, around the surrogates.
const QChar kUtf8Edges[] = {QChar(0x7F),   QChar(0x80),   QChar(0x7FF),  QChar(0x800),
                            QChar(0xD7FF), QChar(0xE000), QChar(0xFFFD), QChar(0xFFFF)};
/// Their UTF-8 bytes by RFC 3629's table, written out by hand.
const char* const kUtf8EdgesHex = "7FC280DFBFE0A080ED9FBFEE8080EFBFBDEFBFBF";

/// Values of every type Qt's driver binds as it is, with their edges, and a
/// few it converts first (which go through Qt either way).
QVariantList probeValues() {
    const QChar lone[] = {QChar(0xD800)};
    QVariantList values;
    // Nulls, texts and bytes.
    values << QVariant() << QVariant(QMetaType::fromType<int>()) << QVariant(QString())
           << QVariant(QString(u""_qs)) << QVariant(QStringLiteral("Zoë 😀 \u00a0tab\there"))
           << QVariant(QString(lone, 1) + QStringLiteral("x"))
           << QVariant(QString(QChar(0)) + QStringLiteral("after NUL")) << QVariant(QByteArray())
           << QVariant(QByteArray("", 0)) << QVariant(QByteArray("a\0b", 3));
    // Numbers.
    values << QVariant(0) << QVariant(-1) << QVariant(std::numeric_limits<int>::min())
           << QVariant(true) << QVariant(false) << QVariant(0.1) << QVariant(-0.0)
           << QVariant(1e308) << QVariant(std::numeric_limits<double>::infinity())
           << QVariant(std::numeric_limits<uint>::max())
           << QVariant(std::numeric_limits<qint64>::max())
           << QVariant(std::numeric_limits<qint64>::min());
    // Every length of UTF-8 form and its edges, then a pair: two texts to one
    // statement (at 22 and 23), which goes through the library.
    values << QVariant(QString(kUtf8Edges, std::size(kUtf8Edges))) << QVariant(QStringLiteral("😀"));
    // Types Qt converts to text first.
    values << QVariant(std::numeric_limits<quint64>::max())
           << QVariant(QUuid(QStringLiteral("{01890a5d-ac96-774b-bcce-b302099a8057}")))
           << QVariant(QDate(2026, 12, 7))
           << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    return values;
}

/// typeof(), quote() and the length in bytes of every stored value, in order.
QStringList stored(Database& db) {
    auto query = db.exec(QStringLiteral("SELECT typeof(v) || ' ' || quote(v) || ' ' || "
                                        "ifnull(length(CAST(v AS BLOB)), '') FROM probe "
                                        "ORDER BY id"));
    QStringList rows;
    while (query && query->next())
        rows.append(query->value(0).toString());
    return rows;
}

} // namespace

class TestSqliteDirect : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> open(bool direct) {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_files)));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        (*db)->setFetchDirectly(direct);
        if (!(*db)->exec(kCreate))
            qFatal("cannot create the probe table");
        return std::move(db).value();
    }

    /// Stores every probe value (two to a statement) and gives the rows the
    /// statements returned.
    QList<QVariantList> storeAll(Database& db) {
        const QVariantList values = probeValues();
        QList<QVariantList> returned;
        for (qsizetype i = 0; i + 1 < values.size(); i += 2) {
            auto rows = db.fetchAll(kInsert, {values.at(i), QStringLiteral("t%1").arg(i),
                                              values.at(i + 1), QStringLiteral("t%1").arg(i + 1)});
            if (!rows)
                qFatal("%s", qPrintable(rows.error().message));
            returned.append(*rows);
        }
        return returned;
    }

private slots:
    void directOnThisPlatform() {
        // Linux builds link the system's SQLite, the one Qt's driver uses.
        auto db = open(true);
#ifdef Q_OS_LINUX
        QVERIFY(db->fetchesDirectly());
#endif
        db->setFetchDirectly(false);
        QVERIFY(!db->fetchesDirectly());
    }

    void storesWhatQtStores() {
        auto direct = open(true);
        auto qt = open(false);
        const QList<QVariantList> directRows = storeAll(*direct);
        const QList<QVariantList> qtRows = storeAll(*qt);
        const QStringList directStored = stored(*direct);
        QCOMPARE(directStored.size(), probeValues().size() / 2 * 2);
        QCOMPARE(directStored, stored(*qt));
        // RETURNING gives the same values, of the same types.
        QCOMPARE(directRows.size(), directStored.size());
        QCOMPARE(directRows.size(), qtRows.size());
        for (qsizetype r = 0; r < directRows.size(); ++r) {
            const QVariantList& a = directRows.at(r);
            const QVariantList& b = qtRows.at(r);
            QCOMPARE(a.size(), 3);
            QCOMPARE(b.size(), 3);
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(a.at(c).typeId(), b.at(c).typeId());
                QCOMPARE(a.at(c).isNull(), b.at(c).isNull());
                QCOMPARE(a.at(c), b.at(c));
            }
        }
        // Independent of Qt: what SQLite's documentation says each bound
        // type becomes.
        QCOMPARE(directStored.at(0), QStringLiteral("null NULL "));
        QCOMPARE(directStored.at(1), QStringLiteral("null NULL "));
        QCOMPARE(directStored.at(2), QStringLiteral("null NULL "));
        QCOMPARE(directStored.at(3), QStringLiteral("text '' 0"));
        QVERIFY(directStored.at(4).startsWith(QStringLiteral("text 'Zoë 😀")));
        QCOMPARE(directStored.at(7), QStringLiteral("null NULL "));
        QCOMPARE(directStored.at(9), QStringLiteral("blob X'610062' 3"));
        QCOMPARE(directStored.at(13), QStringLiteral("integer 1 1"));
        QCOMPARE(directStored.at(17), QStringLiteral("real 1.0e+308 8"));
        QCOMPARE(directStored.at(20), QStringLiteral("integer 9223372036854775807 19"));
        auto bytes = direct->exec(QStringLiteral("SELECT hex(v) FROM probe ORDER BY id"));
        QVERIFY(bytes);
        QStringList hex;
        while (bytes->next())
            hex.append(bytes->value(0).toString());
        QCOMPARE(hex.at(22), QLatin1String(kUtf8EdgesHex));
        QCOMPARE(hex.at(23), QStringLiteral("F09F9880"));
    }

    void refusalsReadTheSame() {
        auto direct = open(true);
        auto qt = open(false);
        QStringList messages;
        for (Database* db : {direct.get(), qt.get()}) {
            QVERIFY(db->fetchAll(kInsert, {1, QStringLiteral("a"), 2, QStringLiteral("b")}));
            // The second record repeats a tag: the whole statement is refused.
            auto refused = db->fetchAll(kInsert, {3, QStringLiteral("c"), 4, QStringLiteral("a")});
            QVERIFY(!refused);
            messages.append(refused.error().message);
            QCOMPARE(stored(*db).size(), 2);
        }
        QVERIFY2(messages.at(0).contains(QStringLiteral("UNIQUE constraint failed: probe.tag")),
                 qPrintable(messages.at(0)));
        // The file names differ; the rest of the message is the same.
        QCOMPARE(QString(messages.at(0)).replace(direct->location(), QStringLiteral("F")),
                 QString(messages.at(1)).replace(qt->location(), QStringLiteral("F")));
        // A statement with the wrong number of values, and one that does not
        // compile, are refused with a message either way.
        for (Database* db : {direct.get(), qt.get()}) {
            QVERIFY(!db->fetchAll(kInsert, {1}));
            auto wrong = db->fetchAll(QStringLiteral("SELECT x FROM nowhere"), {});
            QVERIFY(!wrong);
            QVERIFY2(wrong.error().message.contains(QStringLiteral("no such table")),
                     qPrintable(wrong.error().message));
        }
    }

    void busyIsExplained() {
        auto direct = open(true);
        const QString path = direct->location();
        auto other = Database::openSqlite(path);
        QVERIFY(other);
        Result<QList<QVariantList>> refused = QList<QVariantList>();
        {
            TransactionGuard holder(**other);
            QVERIFY(bool(holder.begun()));
            QVERIFY(
                (*other)->exec(QStringLiteral("INSERT INTO probe (v, tag) VALUES (1, 'held')")));
            // The other connection holds the write lock: after the busy timeout
            // the direct write is refused with the busy message.
            refused = direct->fetchAll(kInsert, {1, QStringLiteral("a"), 2, QStringLiteral("b")});
        }
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("is busy")),
                 qPrintable(refused.error().message));
        // Once the other connection is done, the same write goes through.
        QVERIFY(direct->fetchAll(kInsert, {1, QStringLiteral("a"), 2, QStringLiteral("b")}));
    }

    void closesCleanly() {
        // SQLite removes the -wal file when the last connection closes, and
        // cannot close one with a statement still compiled: the file's -wal
        // is gone only when every kept statement was finalized first.
        QString path;
        {
            auto db = open(true);
            path = db->location();
            QVERIFY(db->fetchAll(kInsert, {1, QStringLiteral("a"), 2, QStringLiteral("b")}));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        auto again = Database::openSqlite(path);
        QVERIFY(again);
        QCOMPARE(stored(**again).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSqliteDirect)
#include "tst_sqlitedirect.moc"
