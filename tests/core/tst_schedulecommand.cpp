#include "CliProcess.h"
#include "IcsCheck.h"
#include "SchedulingFixture.h"

#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/PanelistRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::SchedulingFixture;

namespace {

using Run = test::CliRun;

Run runCli(const QStringList& args) {
    return test::runProgram(QStringLiteral(DEBRIEF_CLI),
                            QStringList{QStringLiteral("schedule")} + args);
}

QJsonObject parseIcs(const QString& path) {
    return test::readIcsWithPython(path);
}

QJsonObject eventOf(const QJsonObject& calendar) {
    return calendar.value(u"events").toArray().at(0).toObject();
}

QString id(RowId value) {
    return QString::number(value);
}

} // namespace

/// The real `debrief-cli schedule` on a panel's own opening
/// (SchedulingFixture), in Berlin time: scheduling with the round's defaults,
/// ids, uuids and round names, every problem named by its option, moving and
/// cancelling, and the .ics it writes read back by Python's icalendar.
class TestScheduleCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void schedulesWithTheRoundsDefaults();
    void takesUuidsAndRoundNames();
    void problemsNameTheOptionAndNoPerson();
    void badCommandLinesAreUsageErrors_data();
    void badCommandLinesAreUsageErrors();
    void reschedulesAndCancelsWithAReason();
    void writesTheInvitationOfAnExistingInterview();
    void refusesACandidateNoLongerInProcess();

private:
    QList<Interview> interviewsOf(RowId application);
    QStringList base() const { return {QStringLiteral("--db"), m_path}; }

    QTemporaryDir m_dir;
    SchedulingFixture m_f;
    QString m_path;
};

void TestScheduleCommand::initTestCase() {
    if (const QString missing = test::icsCheckerMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
}

void TestScheduleCommand::init() {
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("panel%1.sqlite").arg(++n));
    m_f = {};
    const QString failed = m_f.create(m_path);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestScheduleCommand::cleanup() {
    m_f.db.reset();
}

QList<Interview> TestScheduleCommand::interviewsOf(RowId application) {
    auto interviews = InterviewRepository(*m_f.db).forApplication(application);
    return interviews ? *interviews : QList<Interview>();
}

void TestScheduleCommand::schedulesWithTheRoundsDefaults() {
    const QString ics = m_dir.filePath(QStringLiteral("new.ics"));
    const Run run =
        runCli(base() +
               QStringList{QStringLiteral("--application"), id(m_f.amelie), QStringLiteral("--at"),
                           QStringLiteral("2026-03-04 09:30"), QStringLiteral("--tz"),
                           QStringLiteral("Europe/Berlin"), QStringLiteral("--location"),
                           QStringLiteral("Raum 4.12; Flügel B"), QStringLiteral("--ics"), ics});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<Interview> stored = interviewsOf(m_f.amelie);
    QCOMPARE(stored.size(), 1);
    const Interview& i = stored.constFirst();
    QCOMPARE(i.roundId, m_f.technicalScreen);                                 // her first round
    QCOMPARE(i.durationMinutes, 45);                                          // the round's
    QCOMPARE(i.panelistIds, (QList<RowId>{m_f.zoe, m_f.lukasz, m_f.ingrid})); // the whole panel
    QCOMPARE(i.scheduledAt, QDateTime(QDate(2026, 3, 4), QTime(8, 30), QTimeZone::utc()));
    QCOMPARE(i.location, QStringLiteral("Raum 4.12; Flügel B"));
    QVERIFY2(run.out.startsWith(QStringLiteral("Scheduled interview %1 (%2): Technical screen, "
                                               "2026-03-04 09:30 Europe/Berlin (UTC+01:00)")
                                    .arg(i.id)
                                    .arg(i.uuid.toString(QUuid::WithoutBraces))),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("Amélie")) &&
                 !run.out.contains(QStringLiteral("Zoë")),
             qPrintable(run.out));
    // Audited as the command line.
    auto trail = AuditRepository(*m_f.db).forEntity(QStringLiteral("interview"), i.uuid);
    QVERIFY(trail && !trail->isEmpty());
    QCOMPARE(trail->constFirst().actor, QStringLiteral("debrief-cli"));

    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(ics) & others, QFile::Permissions());
    const QJsonObject parsed = parseIcs(ics);
    QCOMPARE(parsed.value(u"method").toString(), QStringLiteral("REQUEST"));
    const QJsonObject event = eventOf(parsed);
    QCOMPARE(event.value(u"uid").toString(), i.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(event.value(u"dtstart").toString(), QStringLiteral("2026-03-04T08:30:00+00:00"));
    QCOMPARE(event.value(u"dtend").toString(), QStringLiteral("2026-03-04T09:15:00+00:00"));
    QCOMPARE(event.value(u"location").toString(), QStringLiteral("Raum 4.12; Flügel B"));
    QCOMPARE(event.value(u"sequence").toInt(), 0);
    QCOMPARE(event.value(u"attendees").toArray().size(), 2); // Ingrid has no address
}

void TestScheduleCommand::takesUuidsAndRoundNames() {
    auto amelie = ApplicationRepository(*m_f.db).get(m_f.amelie);
    auto zoe = PanelistRepository(*m_f.db).get(m_f.zoe);
    QVERIFY(amelie && zoe);
    const Run run = runCli(
        base() + QStringList{QStringLiteral("--application"),
                             amelie->uuid.toString(QUuid::WithoutBraces), QStringLiteral("--round"),
                             QStringLiteral("pair PROGRAMMING"), QStringLiteral("--at"),
                             QStringLiteral("2026-07-01T14:00"), QStringLiteral("--tz"),
                             QStringLiteral("Europe/Berlin"), QStringLiteral("--panelist"),
                             zoe->uuid.toString(QUuid::WithoutBraces) + u',' + id(m_f.lukasz),
                             QStringLiteral("--video-link"),
                             QStringLiteral("https://meet.example.org/pp")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Interview i = interviewsOf(m_f.amelie).constFirst();
    QCOMPARE(i.roundId, m_f.pairProgramming);
    QCOMPARE(i.durationMinutes, 90);
    QCOMPARE(i.panelistIds, (QList<RowId>{m_f.zoe, m_f.lukasz}));
    // Summer time: 14:00 in Berlin is 12:00 UTC.
    QCOMPARE(i.scheduledAt, QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(i.videoLink, QStringLiteral("https://meet.example.org/pp"));
    QVERIFY2(run.out.contains(QStringLiteral("2026-07-01 14:00 Europe/Berlin (UTC+02:00)")),
             qPrintable(run.out));
}

void TestScheduleCommand::problemsNameTheOptionAndNoPerson() {
    const Run run = runCli(
        base() + QStringList{QStringLiteral("--application"), id(m_f.amelie),
                             QStringLiteral("--at"), QStringLiteral("2026-03-04 09:30"),
                             QStringLiteral("--duration"), QStringLiteral("2"),
                             QStringLiteral("--video-link"), QStringLiteral("meet.example.org/x"),
                             QStringLiteral("--panelist"), id(m_f.omar)});
    QCOMPARE(run.exitCode, 1);
    QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("--duration: An interview lasts from 5 minutes "
                                                   "to 8 hours")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1),
             QStringLiteral("--video-link: Enter the call's web address, starting with https://."));
    QCOMPARE(
        lines.at(2),
        QStringLiteral("--panelist: Panelist %1 is not on this opening's panel.").arg(m_f.omar));
    QVERIFY(!run.err.contains(QStringLiteral("Omar")));
    QVERIFY(interviewsOf(m_f.amelie).isEmpty());
}

void TestScheduleCommand::badCommandLinesAreUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no time") << QStringList{QStringLiteral("--application"), QStringLiteral("1")}
                             << QStringLiteral("--at: say when the interview starts");
    QTest::newRow("both records")
        << QStringList{QStringLiteral("--application"), QStringLiteral("1"),
                       QStringLiteral("--interview"), QStringLiteral("1")}
        << QStringLiteral("Give --application to schedule a new interview, or --interview");
    QTest::newRow("unknown zone") << QStringList{QStringLiteral("--application"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--at"),
                                                 QStringLiteral("2026-03-04 09:30"),
                                                 QStringLiteral("--tz"),
                                                 QStringLiteral("Mars/Olympus")}
                                  << QStringLiteral("--tz: unknown time zone “Mars/Olympus”");
    QTest::newRow("skipped hour")
        << QStringList{QStringLiteral("--application"), QStringLiteral("1"),
                       QStringLiteral("--at"),          QStringLiteral("2026-03-29 02:30"),
                       QStringLiteral("--tz"),          QStringLiteral("Europe/Berlin")}
        << QStringLiteral("--at: 2026-03-29 02:30 does not exist in Europe/Berlin");
    QTest::newRow("not a time")
        << QStringList{QStringLiteral("--application"), QStringLiteral("1"), QStringLiteral("--at"),
                       QStringLiteral("next Monday")}
        << QStringLiteral("--at: “next Monday” is not a date and time: write it as YYYY-MM-DD "
                          "HH:MM");
    QTest::newRow("minutes in words")
        << QStringList{QStringLiteral("--application"), QStringLiteral("1"),
                       QStringLiteral("--at"),          QStringLiteral("2026-03-04 09:30"),
                       QStringLiteral("--duration"),    QStringLiteral("an hour")}
        << QStringLiteral("--duration takes a number of minutes.");
    QTest::newRow("reason without cancel")
        << QStringList{QStringLiteral("--interview"), QStringLiteral("1"),
                       QStringLiteral("--reason"), QStringLiteral("x")}
        << QStringLiteral("--reason goes with --cancel.");
    QTest::newRow("nothing to do")
        << QStringList{QStringLiteral("--interview"), QStringLiteral("1")}
        << QStringLiteral("Say what to change");
}

void TestScheduleCommand::badCommandLinesAreUsageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = runCli(base() + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Usage: debrief-cli schedule")));
}

void TestScheduleCommand::reschedulesAndCancelsWithAReason() {
    Run run =
        runCli(base() + QStringList{QStringLiteral("--application"), id(m_f.jonas),
                                    QStringLiteral("--at"), QStringLiteral("2026-03-04 09:30"),
                                    QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Interview scheduled = interviewsOf(m_f.jonas).constFirst();

    run = runCli(base() + QStringList{QStringLiteral("--interview"), id(scheduled.id),
                                      QStringLiteral("--at"), QStringLiteral("2026-03-05 15:00"),
                                      QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                                      QStringLiteral("--panelist"), id(m_f.lukasz)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("Rescheduled interview %1").arg(scheduled.id)),
             qPrintable(run.out));
    Interview moved = interviewsOf(m_f.jonas).constFirst();
    QCOMPARE(moved.scheduledAt, QDateTime(QDate(2026, 3, 5), QTime(14, 0), QTimeZone::utc()));
    QCOMPARE(moved.panelistIds, QList<RowId>{m_f.lukasz});
    QCOMPARE(moved.durationMinutes, 45); // what was not given stays
    QCOMPARE(moved.invitationSequence, 1);

    run = runCli(base() + QStringList{QStringLiteral("--interview"), id(scheduled.id),
                                      QStringLiteral("--cancel"), QStringLiteral("--reason"),
                                      QStringLiteral("   ")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("--reason: Say why the interview is cancelled")),
             qPrintable(run.err));
    QVERIFY(!interviewsOf(m_f.jonas).constFirst().isCancelled());

    const QString ics = m_dir.filePath(QStringLiteral("cancel.ics"));
    run = runCli(base() + QStringList{QStringLiteral("--interview"),
                                      scheduled.uuid.toString(QUuid::WithoutBraces),
                                      QStringLiteral("--cancel"), QStringLiteral("--reason"),
                                      QStringLiteral("Jonas asked to move it; no date yet."),
                                      QStringLiteral("--ics"), ics});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Interview cancelled = interviewsOf(m_f.jonas).constFirst();
    QVERIFY(cancelled.isCancelled());
    QCOMPARE(cancelled.cancelledBy, QStringLiteral("debrief-cli"));
    QCOMPARE(cancelled.cancellationReason, QStringLiteral("Jonas asked to move it; no date yet."));
    const QJsonObject parsed = parseIcs(ics);
    QCOMPARE(parsed.value(u"method").toString(), QStringLiteral("CANCEL"));
    QCOMPARE(eventOf(parsed).value(u"status").toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(eventOf(parsed).value(u"sequence").toInt(), 2);

    // Cancelled is final: it is not moved again.
    run = runCli(base() + QStringList{QStringLiteral("--interview"), id(scheduled.id),
                                      QStringLiteral("--duration"), QStringLiteral("60")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cancelled; schedule a new one")),
             qPrintable(run.err));
}

void TestScheduleCommand::writesTheInvitationOfAnExistingInterview() {
    Run run =
        runCli(base() + QStringList{QStringLiteral("--application"), id(m_f.amelie),
                                    QStringLiteral("--at"), QStringLiteral("2026-03-04 09:30"),
                                    QStringLiteral("--tz"), QStringLiteral("UTC")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Interview scheduled = interviewsOf(m_f.amelie).constFirst();
    const QString ics = m_dir.filePath(QStringLiteral("again.ics"));
    run = runCli(base() + QStringList{QStringLiteral("--interview"), id(scheduled.id),
                                      QStringLiteral("--ics"), ics});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("Wrote the invitation (REQUEST, sequence 0) to %1").arg(ics));
    const QJsonObject event = eventOf(parseIcs(ics));
    QCOMPARE(event.value(u"dtstart").toString(), QStringLiteral("2026-03-04T09:30:00+00:00"));
    QCOMPARE(event.value(u"organizer").toObject().value(u"address").toString(),
             QStringLiteral("zoe@example.org"));
    // Nothing about the interview changed.
    QCOMPARE(interviewsOf(m_f.amelie).constFirst(), scheduled);
}

void TestScheduleCommand::refusesACandidateNoLongerInProcess() {
    const Run run =
        runCli(base() + QStringList{QStringLiteral("--application"), id(m_f.carla),
                                    QStringLiteral("--at"), QStringLiteral("2026-03-04 09:30")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("--application: The candidate is no longer in "
                                               "process (Rejected)")),
             qPrintable(run.err));
    QVERIFY(interviewsOf(m_f.carla).isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduleCommand)
#include "tst_schedulecommand.moc"
