#include "csv/CsvDateReader.h"

#include <QTest>

#include <ctime>

using namespace debrief;

namespace {

using Outcome = CsvDateReader::Outcome;

QDate readDate(const char* text, DateOrder order = DateOrder::Detect) {
    const auto reading = CsvDateReader::read(QString::fromUtf8(text), order);
    return reading.outcome == Outcome::Date ? reading.date : QDate();
}

} // namespace

/// CsvDateReader: every form candidate exports write, the day/month order
/// decided per file, and nothing guessed. Expected dates worked out by hand.
class TestCsvDateReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // A zone an hour ahead of UTC, so that converting a date-time with
        // Z or an offset to the local date shows.
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void isoDatesAndDateTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("date") << QStringLiteral("2026-03-01") << QDate(2026, 3, 1);
        QTest::newRow("one digit") << QStringLiteral("2026-3-1") << QDate(2026, 3, 1);
        QTest::newRow("slashes") << QStringLiteral("2026/03/01") << QDate(2026, 3, 1);
        QTest::newRow("excel") << QStringLiteral("2026-01-05 10:30:00") << QDate(2026, 1, 5);
        QTest::newRow("no seconds") << QStringLiteral("2026-01-05 10:30") << QDate(2026, 1, 5);
        QTest::newRow("pm") << QStringLiteral("2026-01-05 9:05 PM") << QDate(2026, 1, 5);
        // 10:30 UTC is 11:30 in Berlin, the same day.
        QTest::newRow("Z") << QStringLiteral("2026-01-05T10:30:00Z") << QDate(2026, 1, 5);
        // 23:30 UTC is 00:30 the next day in Berlin.
        QTest::newRow("Z late") << QStringLiteral("2026-01-05T23:30:00Z") << QDate(2026, 1, 6);
        // 20:00 at -05:00 is 01:00 UTC on the 6th, 02:00 in Berlin.
        QTest::newRow("offset") << QStringLiteral("2026-01-05T20:00:00-05:00") << QDate(2026, 1, 6);
        QTest::newRow("offset no colon")
            << QStringLiteral("2026-01-05T20:00:00.250+0100") << QDate(2026, 1, 5);
        // A date-time without a zone is taken as written.
        QTest::newRow("local") << QStringLiteral("2026-01-05T23:30:00") << QDate(2026, 1, 5);
    }

    void isoDatesAndDateTimes() {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto reading = CsvDateReader::read(text, DateOrder::Detect);
        QCOMPARE(reading.outcome, Outcome::Date);
        QCOMPARE(reading.date, expected);
    }

    void dottedDatesAreDayFirst() {
        QCOMPARE(readDate("05.01.2026"), QDate(2026, 1, 5));
        QCOMPARE(readDate("5.1.2026"), QDate(2026, 1, 5));
        // Even when the file is said to put the month first: dots never do.
        QCOMPARE(readDate("05.01.2026", DateOrder::MonthFirst), QDate(2026, 1, 5));
        QCOMPARE(readDate("05.01.2026 14:00"), QDate(2026, 1, 5));
        QVERIFY(!readDate("31.11.2026").isValid());
    }

    void slashedDatesNeedAnOrder() {
        const auto reading = CsvDateReader::read(QStringLiteral("05/01/2026"), DateOrder::Detect);
        QCOMPARE(reading.outcome, Outcome::Ambiguous);
        QCOMPARE(reading.date, QDate(2026, 1, 5));
        QCOMPARE(reading.monthFirst, QDate(2026, 5, 1));
        QCOMPARE(readDate("05/01/2026", DateOrder::DayFirst), QDate(2026, 1, 5));
        QCOMPARE(readDate("05/01/2026", DateOrder::MonthFirst), QDate(2026, 5, 1));
        QCOMPARE(readDate("05-01-2026", DateOrder::MonthFirst), QDate(2026, 5, 1));
        // Only one reading exists, or both are the same day.
        QCOMPARE(readDate("13/01/2026"), QDate(2026, 1, 13));
        QCOMPARE(readDate("01/13/2026"), QDate(2026, 1, 13));
        QCOMPARE(readDate("07/07/2026"), QDate(2026, 7, 7));
        // An order that the value contradicts is not silently swapped.
        QVERIFY(!readDate("01/13/2026", DateOrder::DayFirst).isValid());
        QVERIFY(!readDate("1/2/26").isValid());
    }

    void monthNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("en d MMM") << QStringLiteral("5 Jan 2026") << QDate(2026, 1, 5);
        QTest::newRow("en MMM d,") << QStringLiteral("Jan 5, 2026") << QDate(2026, 1, 5);
        QTest::newRow("en dd-MMM") << QStringLiteral("05-Jan-2026") << QDate(2026, 1, 5);
        QTest::newRow("en ordinal") << QStringLiteral("January 5th, 2026") << QDate(2026, 1, 5);
        QTest::newRow("en sept") << QStringLiteral("12 Sept 2025") << QDate(2025, 9, 12);
        QTest::newRow("en weekday") << QStringLiteral("Mon, 5 Jan 2026") << QDate(2026, 1, 5);
        QTest::newRow("en time") << QStringLiteral("5 Jan 2026 9:00") << QDate(2026, 1, 5);
        QTest::newRow("de") << QStringLiteral("5. Januar 2026") << QDate(2026, 1, 5);
        QTest::newRow("de März") << QStringLiteral("5. März 2026") << QDate(2026, 3, 5);
        QTest::newRow("de Mär") << QStringLiteral("5. Mär. 2026") << QDate(2026, 3, 5);
        QTest::newRow("de Dez") << QStringLiteral("24. Dez. 2025") << QDate(2025, 12, 24);
        QTest::newRow("de Okt") << QStringLiteral("1 Okt 2025") << QDate(2025, 10, 1);
        QTest::newRow("fr") << QStringLiteral("3 février 2026") << QDate(2026, 2, 3);
        QTest::newRow("fr 1er") << QStringLiteral("1er mars 2026") << QDate(2026, 3, 1);
        QTest::newRow("fr janv.") << QStringLiteral("5 janv. 2026") << QDate(2026, 1, 5);
        QTest::newRow("fr juil.") << QStringLiteral("14 juil. 2026") << QDate(2026, 7, 14);
        QTest::newRow("fr août") << QStringLiteral("15 août 2026") << QDate(2026, 8, 15);
        QTest::newRow("fr weekday") << QStringLiteral("lundi 5 janvier 2026") << QDate(2026, 1, 5);
        QTest::newRow("upper case") << QStringLiteral("05-JAN-2026") << QDate(2026, 1, 5);
    }

    void monthNames() {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto reading = CsvDateReader::read(text, DateOrder::Detect);
        QCOMPARE(reading.outcome, Outcome::Date);
        QCOMPARE(reading.date, expected);
    }

    void notDates_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("no year") << QStringLiteral("March 1st");
        QTest::newRow("juin or juillet") << QStringLiteral("5 jui 2026");
        QTest::newRow("two letters") << QStringLiteral("5 ja 2026");
        QTest::newRow("day 32") << QStringLiteral("32 Jan 2026");
        QTest::newRow("30 February") << QStringLiteral("30 Feb 2026");
        QTest::newRow("hour 25") << QStringLiteral("2026-01-05T25:00:00");
        QTest::newRow("13 PM") << QStringLiteral("2026-01-05 13:05 PM");
        QTest::newRow("word") << QStringLiteral("yesterday");
        QTest::newRow("two months") << QStringLiteral("Jan Feb 2026");
        QTest::newRow("empty") << QString();
    }

    void notDates() {
        QFETCH(QString, text);
        QCOMPARE(CsvDateReader::read(text, DateOrder::Detect).outcome, Outcome::NotADate);
    }

    void orderIsDecidedByTheFilesDates() {
        const QStringList values{QStringLiteral("03/04/2026"), QStringLiteral("2026-01-01"),
                                 QStringLiteral("13/04/2026"), QStringLiteral("04/14/2026"),
                                 QStringLiteral("25/12/2026")};
        const auto evidence = CsvDateReader::orderOf(values);
        QCOMPARE(evidence.order, DateOrder::DayFirst);
        QCOMPARE(evidence.deciding, 2);
        QCOMPARE(evidence.contradicting, 3);

        const auto us =
            CsvDateReader::orderOf({QStringLiteral("01/05/2026"), QStringLiteral("01/15/2026")});
        QCOMPARE(us.order, DateOrder::MonthFirst);
        QCOMPARE(us.deciding, 1);
        QCOMPARE(us.contradicting, -1);

        const auto open =
            CsvDateReader::orderOf({QStringLiteral("03/04/2026"), QStringLiteral("5 Jan 2026")});
        QCOMPARE(open.order, DateOrder::Detect);
        QCOMPARE(open.deciding, -1);
    }
};

QTEST_GUILESS_MAIN(TestCsvDateReader)
#include "tst_csvdatereader.moc"
