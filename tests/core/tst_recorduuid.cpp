// RecordUuid: version 7 uuids whose order is the order they were made.
// The layout is checked against the example uuid of RFC 9562 (appendix
// A.6), an independent reference.

#include "storage/RecordUuid.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTest>
#include <QThread>

#include <memory>

using namespace debrief;

namespace {

QString text(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

qint64 msecsOf(const QUuid& uuid) {
    const QByteArray bytes = uuid.toRfc4122();
    qint64 msecs = 0;
    for (int i = 0; i < 6; ++i)
        msecs = (msecs << 8) | quint8(bytes[i]);
    return msecs;
}

} // namespace

class TestRecordUuid : public QObject {
    Q_OBJECT

private slots:
    void layoutIsTheRfcExample() {
        // RFC 9562, A.6: unix_ts_ms 0x017F22E279B0 (2022-02-22 19:22:22
        // UTC), rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F.
        const QUuid uuid = RecordUuid::fromParts(0x017F22E279B0LL, 0xCC3, 0x18C4DC0C0C07398FULL);
        QCOMPARE(text(uuid), QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(msecsOf(uuid), Qt::UTC),
                 QDateTime(QDate(2022, 2, 22), QTime(19, 22, 22), Qt::UTC));
    }

    void eachIsLaterThanTheOneBefore() {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QList<QUuid> made;
        for (int i = 0; i < 20000; ++i)
            made.append(RecordUuid::create());
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        for (qsizetype i = 0; i < made.size(); ++i) {
            const QUuid& uuid = made[i];
            // Qt 6.4's QUuid::version() knows versions up to 5: the nibble.
            QCOMPARE(quint8(uuid.toRfc4122()[6]) >> 4, 7);
            QCOMPARE(uuid.variant(), QUuid::DCE);
            // The time is now, give or take the milliseconds a burst of
            // more than 4096 in one millisecond borrows.
            QVERIFY(msecsOf(uuid) >= before);
            QVERIFY(msecsOf(uuid) <= after + made.size() / 2048 + 1);
            if (i > 0) {
                QVERIFY2(text(made[i - 1]) < text(uuid), qPrintable(text(uuid)));
                QVERIFY(made[i - 1].toRfc4122() < uuid.toRfc4122());
            }
        }
    }

    void threadsNeverMakeTheSameOne() {
        constexpr int kThreads = 4;
        constexpr int kEach = 5000;
        QList<QList<QUuid>> made(kThreads);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&made, t] {
                for (int i = 0; i < kEach; ++i)
                    made[t].append(RecordUuid::create());
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(60000));
        QSet<QUuid> distinct;
        for (const QList<QUuid>& list : std::as_const(made)) {
            for (qsizetype i = 1; i < list.size(); ++i)
                QVERIFY(text(list[i - 1]) < text(list[i]));
            for (const QUuid& uuid : list)
                distinct.insert(uuid);
        }
        QCOMPARE(distinct.size(), kThreads * kEach);
    }
};

QTEST_GUILESS_MAIN(TestRecordUuid)
#include "tst_recorduuid.moc"
