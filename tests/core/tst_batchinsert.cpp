// Storing many records at once (CandidateRepository::insertAll and
// ApplicationRepository::insertAll, many rows to a statement) must store
// exactly what storing them one by one does, and the hand-written date and
// timestamp texts must be the ones Qt's own ISO formatting gives.

#include "TestDatabase.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Opening.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/TransactionGuard.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace debrief;

namespace {

/// `count` candidates whose fields and creation times vary row by row; the
/// times cover the years Qt writes with four digits, the ends of days and
/// milliseconds, and come in other offsets than UTC.
QList<Candidate> candidates(int count, quint32 seed) {
    QRandomGenerator random(seed);
    QList<Candidate> list;
    for (int i = 0; i < count; ++i) {
        Candidate c;
        c.fullName = QStringLiteral("Person %1 Zoë").arg(i);
        c.email = QStringLiteral("p%1.%2@example.org").arg(i).arg(seed);
        c.phone = i % 3 ? QStringLiteral("+49 30 %1").arg(i) : QString();
        c.notes = QString(i % 17, QChar(u'ß'));
        const int year = i == 0 ? 1 : i == 1 ? 9999 : 1900 + int(random.bounded(300));
        const QDate day(year, 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
        const QTime time(int(random.bounded(24)), int(random.bounded(60)), int(random.bounded(60)),
                         int(random.bounded(1000)));
        // Offsets from -12:00 to +13:30, all valid.
        const int offset = (int(random.bounded(26)) - 12) * 3600 + (i % 2) * 1800;
        c.createdAt = QDateTime(day, time, QTimeZone(offset));
        Q_ASSERT(c.createdAt.isValid());
        list.append(c);
    }
    return list;
}

} // namespace

class TestBatchInsert : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;

    std::unique_ptr<Database> open() {
        auto db =
            test::TestDatabase::open(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++m_files)));
        if (!db)
            qFatal("cannot open a database");
        return std::move(db).value();
    }

    static QStringList rows(Database& db, const QString& sql) {
        QStringList lines;
        auto query = db.exec(sql);
        if (!query)
            return {QStringLiteral("failed")};
        while (query->next()) {
            QStringList values;
            for (int i = 0; i < query->record().count(); ++i)
                values.append(query->value(i).toString());
            lines.append(values.join(u'|'));
        }
        return lines;
    }

    static qint64 count(Database& db, const QString& table) {
        auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void manyAtOnceStoreWhatOneByOneStores() {
        // 257 candidates: statements of 99 rows (10 columns each), so the
        // last one is partial.
        const QList<Candidate> input = candidates(257, 7);
        auto single = open();
        for (Candidate c : input)
            QVERIFY(CandidateRepository(*single).insert(c));
        auto batch = open();
        QList<Candidate> stored = input;
        QVERIFY(CandidateRepository(*batch).insertAll(stored));
        const QString everyColumn =
            QStringLiteral("SELECT full_name, preferred_name, email, phone, location, source, "
                           "notes, created_at, search_key FROM candidates ORDER BY id");
        QCOMPARE(rows(*batch, everyColumn), rows(*single, everyColumn));
        // Each record got the id of its own row, in the order given.
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QVERIFY(!stored[i].uuid.isNull());
            auto back = CandidateRepository(*batch).get(stored[i].id);
            QVERIFY(back);
            QCOMPARE(back->uuid, stored[i].uuid);
            QCOMPARE(back->email, input[i].email);
            QCOMPARE(back->createdAt, input[i].createdAt.toUTC());
            if (i > 0)
                QVERIFY(stored[i].id > stored[i - 1].id);
        }
    }

    void storedTextsAreQtsIsoTexts() {
        auto db = open();
        QList<Candidate> stored = candidates(400, 11);
        QVERIFY(CandidateRepository(*db).insertAll(stored));
        const QStringList texts =
            rows(*db, QStringLiteral("SELECT created_at FROM candidates ORDER BY id"));
        QCOMPARE(texts.size(), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(texts[i], stored[i].createdAt.toUTC().toString(Qt::ISODateWithMs));

        Opening opening;
        opening.title = QStringLiteral("Backend");
        QVERIFY(OpeningRepository(*db).insert(opening));
        QList<Application> applications;
        for (const Candidate& c : std::as_const(stored)) {
            Application a;
            a.candidateId = c.id;
            a.openingId = opening.id;
            a.appliedOn = c.createdAt.date();
            a.promisedResponseDate = applications.size() % 2 ? QDate() : a.appliedOn.addDays(9);
            a.updatedAt = c.createdAt;
            applications.append(a);
        }
        QVERIFY(ApplicationRepository(*db).insertAll(applications));
        const QStringList dates =
            rows(*db, QStringLiteral("SELECT applied_on, COALESCE(promised_response_date, 'NULL'), "
                                     "updated_at FROM applications ORDER BY id"));
        QCOMPARE(dates.size(), applications.size());
        for (qsizetype i = 0; i < applications.size(); ++i) {
            const Application& a = applications[i];
            const QString promised = a.promisedResponseDate.isValid()
                                         ? a.promisedResponseDate.toString(Qt::ISODate)
                                         : QStringLiteral("NULL");
            QCOMPARE(dates[i], QStringList({a.appliedOn.toString(Qt::ISODate), promised,
                                            a.updatedAt.toUTC().toString(Qt::ISODateWithMs)})
                                   .join(u'|'));
        }
    }

    void oneRefusedRecordStoresNone() {
        auto db = open();
        QList<Candidate> first = candidates(3, 5);
        QVERIFY(CandidateRepository(*db).insertAll(first));
        // The 150th record has the address of a stored one (the unique key
        // refuses it): none of the 200 is stored, none gets an id.
        QList<Candidate> more = candidates(200, 6);
        more[150].email = first[1].email.toUpper();
        const QList<Candidate> before = more;
        QVERIFY(!CandidateRepository(*db).insertAll(more));
        QCOMPARE(count(*db, QStringLiteral("candidates")), 3);
        for (qsizetype i = 0; i < more.size(); ++i) {
            QCOMPARE(more[i].id, kNoRow);
            QCOMPARE(more[i].uuid, before[i].uuid);
        }
    }

    void idsAreTheOnesSqliteWouldGive() {
        // The same steps on two files, one storing each record on its own
        // (SQLite's AUTOINCREMENT chooses the id) and one in batches (the
        // batch chooses them): a delete at the end, a refused batch, a delete
        // of everything. Every id must be the same, including those of single
        // inserts after a batch.
        const auto oneByOne = [](Database& db, QList<Candidate>& list) {
            // In one transaction, as a batch is: all or nothing.
            TransactionGuard tx(db);
            for (Candidate& c : list) {
                if (!CandidateRepository(db).insert(c))
                    return false;
            }
            return bool(tx.commit());
        };
        const auto batch = [](Database& db, QList<Candidate>& list) {
            return bool(CandidateRepository(db).insertAll(list));
        };
        QList<QList<qint64>> idsOfEach;
        for (const auto& store : {std::function<bool(Database&, QList<Candidate>&)>(oneByOne),
                                  std::function<bool(Database&, QList<Candidate>&)>(batch)}) {
            auto db = open();
            QList<qint64> ids;
            const auto keep = [&ids](const QList<Candidate>& list) {
                for (const Candidate& c : list)
                    ids.append(c.id);
            };
            QList<Candidate> first = candidates(120, 21);
            QVERIFY(store(*db, first));
            keep(first);
            // The newest rows go: their ids are never given again.
            QVERIFY(
                db->exec(QStringLiteral("DELETE FROM candidates WHERE id > ?"), {first[100].id}));
            QList<Candidate> second = candidates(30, 22);
            QVERIFY(store(*db, second));
            keep(second);
            // Refused halfway (an address already stored): nothing stored,
            // no id used up.
            QList<Candidate> refused = candidates(10, 23);
            refused[5].email = first[0].email;
            QVERIFY(!store(*db, refused));
            QList<Candidate> third = candidates(5, 24);
            QVERIFY(store(*db, third));
            keep(third);
            // Then one on its own, through SQLite's own choice.
            Candidate single = candidates(1, 25).constFirst();
            QVERIFY(CandidateRepository(*db).insert(single));
            ids.append(single.id);
            // Everything gone: still no id given twice.
            QVERIFY(db->exec(QStringLiteral("DELETE FROM candidates")));
            QList<Candidate> last = candidates(3, 26);
            QVERIFY(store(*db, last));
            keep(last);
            idsOfEach.append(ids);
        }
        if (test::TestDatabase::onServer()) {
            // A server's sequence never takes back what a refused
            // transaction drew (one by one it draws up to the refused row,
            // a batch draws all ten), so the ids after the refusal differ
            // from SQLite's; what holds either way: 1–120 first, and every
            // id after that above every id given before, deletes or not.
            for (const QList<qint64>& ids : std::as_const(idsOfEach)) {
                QCOMPARE(ids.size(), 120 + 30 + 5 + 1 + 3);
                QCOMPARE(ids.at(0), 1);
                QCOMPARE(ids.at(119), 120);
                for (qsizetype i = 1; i < ids.size(); ++i)
                    QVERIFY2(ids.at(i) > ids.at(i - 1), qPrintable(QString::number(i)));
            }
            return;
        }
        QCOMPARE(idsOfEach.at(1), idsOfEach.at(0));
        // By hand: 1–120; 101–120 deleted but given, so 121–150; the
        // refusal takes none, so 151–155; the single one 156; after
        // everything is deleted, 157–159.
        QCOMPARE(idsOfEach.at(0).size(), 120 + 30 + 5 + 1 + 3);
        QCOMPARE(idsOfEach.at(0).at(0), 1);
        QCOMPARE(idsOfEach.at(0).at(119), 120);
        QCOMPARE(idsOfEach.at(0).at(120), 121);
        QCOMPARE(idsOfEach.at(0).at(150), 151);
        QCOMPARE(idsOfEach.at(0).at(155), 156);
        QCOMPARE(idsOfEach.at(0).at(156), 157);
        QCOMPARE(idsOfEach.at(0).last(), 159);
    }

    void nothingToStoreIsNoError() {
        auto db = open();
        QList<Candidate> none;
        QVERIFY(CandidateRepository(*db).insertAll(none));
        QCOMPARE(count(*db, QStringLiteral("candidates")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
