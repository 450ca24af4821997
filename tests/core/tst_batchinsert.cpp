// Storing many records at once (CandidateRepository::insertAll and
// ApplicationRepository::insertAll, many rows to a statement) must store
// exactly what storing them one by one does, and the hand-written date and
// timestamp texts must be the ones Qt's own ISO formatting gives.

#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Opening.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++m_files)));
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

    void nothingToStoreIsNoError() {
        auto db = open();
        QList<Candidate> none;
        QVERIFY(CandidateRepository(*db).insertAll(none));
        QCOMPARE(count(*db, QStringLiteral("candidates")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
