#include "SchedulingFixture.h"

#include "scheduling/InterviewScheduler.h"
#include "scheduling/MyInterviewsQuery.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::SchedulingFixture;

namespace {

QDateTime utc(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
}

/// "Now" in these tests: Tuesday 10 March 2026, 12:00 UTC.
const QDateTime kNow = utc(10, 12);

} // namespace

/// "My interviews" over a real SQLite file: which of a panelist's interviews
/// owe a scorecard (overdue ones first), which are still to come, and what
/// is left out (submitted cards, cancelled interviews, other people's seats).
/// The expected order was worked out by hand from the times below.
class TestMyInterviewsQuery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOwedScorecardsOverdueFirstThenUpcoming();
    void aDraftIsStillOwed();
    void anotherPanelistSeesTheirOwnSeats();
    void nothingForSomeoneOnNoInterview();

private:
    RowId schedule(RowId application, RowId round, const QDateTime& start, int minutes,
                   const QList<RowId>& panel);

    QTemporaryDir m_dir;
    SchedulingFixture m_f;
    // Interviews by what they are for Zoë at kNow.
    RowId m_overdueOldest = kNoRow; // 3 March: overdue
    RowId m_overdue = kNoRow;       // 6 March: overdue
    RowId m_owedWithDraft = kNoRow; // today 09:00–09:45: owed until tomorrow 09:45
    RowId m_submitted = kNoRow;     // 9 March, card submitted: not listed
    RowId m_running = kNoRow;       // today 11:30–12:30: upcoming
    RowId m_later = kNoRow;         // 12 March: upcoming
    RowId m_untimed = kNoRow;       // no time yet: upcoming, last
    RowId m_cancelled = kNoRow;     // 5 March, cancelled: not listed
    RowId m_notHers = kNoRow;       // 4 March, Łukasz only: not listed
};

RowId TestMyInterviewsQuery::schedule(RowId application, RowId round, const QDateTime& start,
                                      int minutes, const QList<RowId>& panel) {
    ScheduleRequest request = m_f.request(start);
    request.applicationId = application;
    request.roundId = round;
    request.durationMinutes = minutes;
    request.panelistIds = panel;
    auto scheduled = InterviewScheduler(*m_f.db).schedule(request, QStringLiteral("test"), kNow);
    if (!scheduled)
        qFatal("%s", qPrintable(scheduled.errorMessage()));
    return scheduled->id;
}

void TestMyInterviewsQuery::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString failed = m_f.create(m_dir.filePath(QStringLiteral("mine.sqlite")));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const RowId zoe = m_f.zoe;
    const RowId lukasz = m_f.lukasz;
    m_overdue = schedule(m_f.amelie, m_f.technicalScreen, utc(6, 9), 45, {zoe, lukasz});
    m_overdueOldest = schedule(m_f.jonas, m_f.technicalScreen, utc(3, 9), 45, {lukasz, zoe});
    m_owedWithDraft = schedule(m_f.jonas, m_f.pairProgramming, utc(10, 9), 45, {zoe});
    m_submitted = schedule(m_f.amelie, m_f.pairProgramming, utc(9, 10), 90, {zoe});
    m_running = schedule(m_f.amelie, m_f.teamChat, utc(10, 11, 30), 60, {zoe, lukasz});
    m_later = schedule(m_f.jonas, m_f.teamChat, utc(12, 10), 45, {zoe});
    m_cancelled = schedule(m_f.amelie, m_f.technicalScreen, utc(5, 14), 45, {zoe});
    m_notHers = schedule(m_f.jonas, m_f.technicalScreen, utc(4, 9), 45, {lukasz});
    QVERIFY(m_f.addScorecard(m_submitted, zoe, true).isEmpty());
    QVERIFY(m_f.addScorecard(m_owedWithDraft, zoe, false).isEmpty());
    QVERIFY(m_f.addScorecard(m_overdue, lukasz, true).isEmpty()); // Łukasz's, not hers
    QVERIFY(
        InterviewScheduler(*m_f.db).cancel((*InterviewRepository(*m_f.db).get(m_cancelled)).uuid,
                                           QStringLiteral("Clash"), QStringLiteral("test"), kNow));
    // An interview from an older file, with no time yet.
    Interview untimed;
    untimed.applicationId = m_f.amelie;
    untimed.roundId = m_f.pairProgramming;
    untimed.panelistIds = {zoe};
    QVERIFY(InterviewRepository(*m_f.db).insert(untimed));
    m_untimed = untimed.id;
}

void TestMyInterviewsQuery::listsOwedScorecardsOverdueFirstThenUpcoming() {
    auto lines = MyInterviewsQuery(*m_f.db).list(m_f.zoe, kNow);
    QVERIFY2(lines, qPrintable(lines.errorMessage()));
    QList<RowId> order;
    QList<MyInterview::Kind> kinds;
    for (const MyInterview& line : *lines) {
        order.append(line.interviewId);
        kinds.append(line.kind);
    }
    QCOMPARE(order, (QList<RowId>{m_overdueOldest, m_overdue, m_owedWithDraft, m_running, m_later,
                                  m_untimed}));
    using K = MyInterview::Kind;
    QCOMPARE(kinds, (QList<K>{K::OverdueScorecard, K::OverdueScorecard, K::OwedScorecard,
                              K::Upcoming, K::Upcoming, K::Upcoming}));

    const MyInterview& overdue = lines->at(1);
    QCOMPARE(overdue.candidateName, QString::fromUtf8("Amélie Dubois"));
    QCOMPARE(overdue.openingTitle, QStringLiteral("Backend Engineer"));
    QCOMPARE(overdue.roundName, QStringLiteral("Technical screen"));
    QCOMPARE(overdue.start, utc(6, 9));
    QCOMPARE(overdue.end, utc(6, 9, 45));
    // Due a day after it ended: 7 March 09:45, before kNow.
    QCOMPARE(overdue.scorecardDue, utc(7, 9, 45));
    QCOMPARE(overdue.location, QStringLiteral("Room 4.12, Alexanderplatz"));
    QVERIFY(overdue.owesScorecard());
    QCOMPARE(overdue.openingId, m_f.opening);
    QCOMPARE(overdue.applicationId, m_f.amelie);

    const MyInterview& running = lines->at(3);
    QVERIFY(!running.scorecardDue.isValid());
    QVERIFY(!running.owesScorecard());
    QVERIFY(!lines->constLast().start.isValid());
}

void TestMyInterviewsQuery::aDraftIsStillOwed() {
    auto lines = MyInterviewsQuery(*m_f.db).list(m_f.zoe, kNow);
    QVERIFY(lines);
    const MyInterview& owed = lines->at(2);
    QCOMPARE(owed.interviewId, m_owedWithDraft);
    QVERIFY(owed.hasDraft);
    QCOMPARE(owed.scorecardDue, utc(11, 9, 45));
    QVERIFY(!lines->at(0).hasDraft);
    // A day and a minute later, the same card is overdue.
    auto later = MyInterviewsQuery(*m_f.db).list(m_f.zoe, utc(11, 9, 46));
    QVERIFY(later);
    QCOMPARE(later->at(2).interviewId, m_owedWithDraft);
    QCOMPARE(later->at(2).kind, MyInterview::Kind::OverdueScorecard);
    // The running interview has ended by then and owes her card too.
    QCOMPARE(later->at(3).interviewId, m_running);
    QCOMPARE(later->at(3).kind, MyInterview::Kind::OwedScorecard);
}

void TestMyInterviewsQuery::anotherPanelistSeesTheirOwnSeats() {
    auto lines = MyInterviewsQuery(*m_f.db).list(m_f.lukasz, kNow);
    QVERIFY(lines);
    QList<RowId> order;
    for (const MyInterview& line : *lines)
        order.append(line.interviewId);
    // He submitted the 6 March card; the 3 and 4 March ones he owes.
    QCOMPARE(order, (QList<RowId>{m_overdueOldest, m_notHers, m_running}));
}

void TestMyInterviewsQuery::nothingForSomeoneOnNoInterview() {
    auto lines = MyInterviewsQuery(*m_f.db).list(m_f.omar, kNow);
    QVERIFY(lines);
    QVERIFY(lines->isEmpty());
}

QTEST_GUILESS_MAIN(TestMyInterviewsQuery)
#include "tst_myinterviewsquery.moc"
