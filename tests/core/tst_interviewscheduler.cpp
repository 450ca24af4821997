#include "DatabaseDump.h"
#include "SchedulingFixture.h"

#include "scheduling/InterviewComparison.h"
#include "scheduling/InterviewScheduler.h"
#include "scheduling/LocalTime.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::SchedulingFixture;

namespace {

const QString kActor = QStringLiteral("Zoë Brandt");
const QDateTime kNow(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());

QList<ScheduleField> fieldsOf(const QList<ScheduleProblem>& problems) {
    QList<ScheduleField> fields;
    for (const ScheduleProblem& problem : problems)
        fields.append(problem.field);
    return fields;
}

/// field → (old, new, reason) of the entries about one interview, in order.
QStringList auditLines(Database& db, const QUuid& interview) {
    QStringList lines;
    auto entries = AuditRepository(db).forEntity(QStringLiteral("interview"), interview);
    if (!entries)
        return {entries.errorMessage()};
    for (const AuditEntry& e : *entries)
        lines.append(QStringLiteral("%1: %2 -> %3 [%4] by %5")
                         .arg(e.field, e.oldValue, e.newValue, e.reason, e.actor));
    return lines;
}

/// Everything but the audit trail (append-only) and SQLite's id counters.
QStringList dumpWithoutAudit(Database& db) {
    QStringList dump = test::dumpDatabase(db);
    dump.removeIf([](const QString& line) {
        return line.startsWith(u"audit_log") || line.startsWith(u"sqlite_sequence");
    });
    return dump;
}

/// Equal apart from the invitation sequence and the row version, which an
/// undo moves on (it is a new write of the old content).
void compareButSequence(Interview actual, const Interview& expected) {
    QVERIFY(actual.rowVersion > expected.rowVersion);
    actual.invitationSequence = expected.invitationSequence;
    actual.rowVersion = expected.rowVersion;
    QCOMPARE(actual, expected);
}

} // namespace

/// InterviewScheduler over a real SQLite file with a panel's own opening
/// (SchedulingFixture): validation by field, the round's defaults, audit
/// entries, exact undo of each step, cancellation, and time zones with the
/// daylight-saving edges of Europe/Berlin.
class TestInterviewScheduler : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void validateNamesEachField();
    void checkNamesWhatNeedsTheOpening();
    void problemsAboutPeopleHaveAWordingWithoutNames();
    void proposalTakesTheRoundsDefaults();
    void proposalMovesOnToTheNextRound();
    void defaultPanelIsTheRoundsLatestPanel();
    void defaultPanelFallsBackToTheWholePanel();
    void scheduleStoresUtcAndAuditsEveryField();
    void refusedScheduleWritesNothing();
    void unscheduleRestoresTheDatabaseExactly();
    void redoPutsBackTheSameInterview();
    void unscheduleRefusedOnceAScorecardWasWritten();
    void rescheduleAuditsTheChangeAndRestoreUndoesIt();
    void rescheduleWithoutChangeWritesNothing();
    void rescheduleKeepsPanelistsWhoWroteAScorecard();
    void restoreRefusesWhenChangedSince();
    void staleRescheduleIsRefusedAndKeepMineMovesIt();
    void rescheduleOfACancelledInterviewIsStale();
    void comparisonNamesRoundAndPanelists();
    void cancelNeedsAReasonAndIsAudited();
    void undoingACancelReinstatesTheInterview();
    void scoredInterviewCannotBeCancelled();
    void localTimeRoundTripsThroughUtc_data();
    void localTimeRoundTripsThroughUtc();
    void skippedTimeIsRefused();
    void repeatedTimeIsItsFirstOccurrence();
    void interviewAcrossTheChangeKeepsItsLength();
    void parseNamesTheExpectedForm();
    void nextWorkingDaySkipsTheWeekend();

private:
    InterviewScheduler scheduler() { return InterviewScheduler(*m_f.db); }
    Interview scheduleOne(const ScheduleRequest& request);

    QTemporaryDir m_dir;
    SchedulingFixture m_f;
};

// Tests load no translation, so plurals read "minute(s)".
void TestInterviewScheduler::init() {
    QVERIFY(m_dir.isValid());
    m_f = {};
    const QString failed = m_f.create(m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestInterviewScheduler::cleanup() {
    m_f.db.reset();
}

Interview TestInterviewScheduler::scheduleOne(const ScheduleRequest& request) {
    auto scheduled = scheduler().schedule(request, kActor, kNow);
    if (!scheduled)
        qFatal("%s", qPrintable(scheduled.errorMessage()));
    return *scheduled;
}

void TestInterviewScheduler::validateNamesEachField() {
    ScheduleRequest request;
    request.durationMinutes = 3;
    request.videoLink = QStringLiteral("meet.example.org/abc");
    const auto problems = InterviewScheduler::validate(request);
    QCOMPARE(fieldsOf(problems),
             (QList<ScheduleField>{ScheduleField::Start, ScheduleField::Duration,
                                   ScheduleField::VideoLink, ScheduleField::Panelists}));
    QCOMPARE(problems.at(3).message, QStringLiteral("Choose at least one panelist."));

    request = m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(10, 0)));
    QVERIFY(InterviewScheduler::validate(request).isEmpty());
    request.durationMinutes = InterviewScheduler::kMaxDurationMinutes + 1;
    request.panelistIds = {m_f.zoe, m_f.zoe};
    request.videoLink = QStringLiteral("ftp://files.example.org/x");
    QCOMPARE(fieldsOf(InterviewScheduler::validate(request)),
             (QList<ScheduleField>{ScheduleField::Duration, ScheduleField::VideoLink,
                                   ScheduleField::Panelists}));
    // The bounds themselves are fine, and so is an interview with no place at all.
    request = m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(10, 0)));
    request.durationMinutes = InterviewScheduler::kMinDurationMinutes;
    request.location.clear();
    request.videoLink.clear();
    QVERIFY(InterviewScheduler::validate(request).isEmpty());
    QCOMPARE(fieldsOf(InterviewScheduler::validateReason(QStringLiteral(" \n "))),
             QList<ScheduleField>{ScheduleField::Reason});
    QVERIFY(InterviewScheduler::validateReason(QStringLiteral("Candidate is ill")).isEmpty());
}

void TestInterviewScheduler::checkNamesWhatNeedsTheOpening() {
    ScheduleRequest request =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(10, 0)));
    auto clean = scheduler().check(request);
    QVERIFY2(clean, qPrintable(clean.errorMessage()));
    QVERIFY(clean->isEmpty());

    request.roundId = m_f.otherRound;
    request.panelistIds = {m_f.zoe, m_f.omar};
    auto problems = scheduler().check(request);
    QVERIFY(problems);
    QCOMPARE(fieldsOf(*problems),
             (QList<ScheduleField>{ScheduleField::Round, ScheduleField::Panelists}));
    QCOMPARE(problems->at(0).message,
             QStringLiteral("“Customer role play” is a round of another opening."));
    QCOMPARE(problems->at(1).message,
             QStringLiteral("Omar Haddad is not on this opening's panel."));

    request = m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(10, 0)));
    request.applicationId = m_f.carla; // rejected
    problems = scheduler().check(request);
    QVERIFY(problems);
    QCOMPARE(fieldsOf(*problems), QList<ScheduleField>{ScheduleField::Application});
    QVERIFY2(problems->at(0).message.contains(QStringLiteral("no longer in process (Rejected)")),
             qPrintable(problems->at(0).message));
}

void TestInterviewScheduler::problemsAboutPeopleHaveAWordingWithoutNames() {
    ScheduleRequest request =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(10, 0)));
    request.panelistIds = {m_f.omar};
    auto problems = scheduler().check(request);
    QVERIFY(problems && problems->size() == 1);
    QCOMPARE(problems->at(0).withoutNames,
             QStringLiteral("Panelist %1 is not on this opening's panel.").arg(m_f.omar));
    // What reaches an error (and so a log or a terminal) carries no name.
    auto refused = scheduler().schedule(request, kActor, kNow);
    QVERIFY(!refused);
    QCOMPARE(
        refused.errorMessage(),
        QStringLiteral("Panelists: Panelist %1 is not on this opening's panel.").arg(m_f.omar));
    QVERIFY(!refused.errorMessage().contains(QStringLiteral("Omar")));
}

void TestInterviewScheduler::proposalTakesTheRoundsDefaults() {
    const QDateTime start = SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(10, 0));
    auto proposal = scheduler().proposal(m_f.amelie, m_f.pairProgramming, start);
    QVERIFY2(proposal, qPrintable(proposal.errorMessage()));
    QCOMPARE(proposal->roundId, m_f.pairProgramming);
    QCOMPARE(proposal->durationMinutes, 90); // the template's pair programming round
    QCOMPARE(proposal->panelistIds, (QList<RowId>{m_f.zoe, m_f.lukasz, m_f.ingrid}));
    QCOMPARE(proposal->start, start);
    QCOMPARE(proposal->applicationId, m_f.amelie);
    // A round of the panel's own has no template duration: the default.
    auto chat = scheduler().roundDefaults(m_f.opening, m_f.teamChat);
    QVERIFY(chat);
    QCOMPARE(chat->durationMinutes, 45);
    QVERIFY(!scheduler().roundDefaults(m_f.opening, m_f.otherRound));
}

void TestInterviewScheduler::proposalMovesOnToTheNextRound() {
    const QDateTime start = SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(10, 0));
    auto first = scheduler().proposal(m_f.amelie, kNoRow, start);
    QVERIFY(first);
    QCOMPARE(first->roundId, m_f.technicalScreen);
    scheduleOne(*first);
    auto second = scheduler().proposal(m_f.amelie, kNoRow, start.addDays(7));
    QVERIFY(second);
    QCOMPARE(second->roundId, m_f.pairProgramming);
    QCOMPARE(second->durationMinutes, 90);
    // Jonas has had nothing yet: his first round.
    QCOMPARE(scheduler().proposal(m_f.jonas, kNoRow, start)->roundId, m_f.technicalScreen);
}

void TestInterviewScheduler::defaultPanelIsTheRoundsLatestPanel() {
    ScheduleRequest later =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 10), QTime(14, 0)));
    later.panelistIds = {m_f.lukasz, m_f.ingrid};
    scheduleOne(later); // written first, but the later interview
    ScheduleRequest earlier =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 3), QTime(9, 0)));
    earlier.applicationId = m_f.jonas;
    earlier.panelistIds = {m_f.zoe};
    scheduleOne(earlier);
    auto defaults = scheduler().roundDefaults(m_f.opening, m_f.technicalScreen);
    QVERIFY(defaults);
    QCOMPARE(defaults->panelistIds, (QList<RowId>{m_f.lukasz, m_f.ingrid}));
    // Another round is not affected.
    QCOMPARE(scheduler().roundDefaults(m_f.opening, m_f.pairProgramming)->panelistIds,
             (QList<RowId>{m_f.zoe, m_f.lukasz, m_f.ingrid}));
}

void TestInterviewScheduler::defaultPanelFallsBackToTheWholePanel() {
    ScheduleRequest request =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 10), QTime(14, 0)));
    request.panelistIds = {m_f.ingrid};
    const Interview latest = scheduleOne(request);
    // Ingrid leaves the panel: nobody of that interview is left on it.
    auto opening = OpeningRepository(*m_f.db).get(m_f.opening);
    QVERIFY(opening);
    opening->panel.removeIf([this](const PanelMember& m) { return m.panelistId == m_f.ingrid; });
    QVERIFY(OpeningRepository(*m_f.db).update(*opening));
    QCOMPARE(scheduler().roundDefaults(m_f.opening, m_f.technicalScreen)->panelistIds,
             (QList<RowId>{m_f.zoe, m_f.lukasz}));
    // A cancelled interview says nothing about who sits on the round.
    ScheduleRequest earlier =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 3), QTime(9, 0)));
    earlier.panelistIds = {m_f.lukasz};
    scheduleOne(earlier);
    ScheduleRequest cancelled = earlier;
    cancelled.applicationId = m_f.jonas;
    cancelled.start = earlier.start.addDays(1);
    cancelled.panelistIds = {m_f.zoe};
    const Interview toCancel = scheduleOne(cancelled);
    QVERIFY(scheduler().cancel(toCancel.uuid, QStringLiteral("Moved to next week"), kActor, kNow));
    QCOMPARE(scheduler().roundDefaults(m_f.opening, m_f.technicalScreen)->panelistIds,
             (QList<RowId>{m_f.zoe, m_f.lukasz})); // the latest one is Ingrid's: whole panel
    Q_UNUSED(latest);
}

void TestInterviewScheduler::scheduleStoresUtcAndAuditsEveryField() {
    // 09:30 in Berlin in winter (UTC+1) is 08:30 UTC.
    ScheduleRequest request =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30)));
    request.location = QStringLiteral("  Room 4.12, Alexanderplatz ");
    const Interview scheduled = scheduleOne(request);
    auto stored = InterviewRepository(*m_f.db).findByUuid(scheduled.uuid);
    QVERIFY(stored && stored->has_value());
    const Interview& i = **stored;
    QCOMPARE(i, scheduled);
    QCOMPARE(i.scheduledAt, QDateTime(QDate(2026, 3, 4), QTime(8, 30), QTimeZone::utc()));
    QCOMPARE(i.scheduledAt.timeSpec(), Qt::UTC);
    QCOMPARE(i.location, QStringLiteral("Room 4.12, Alexanderplatz"));
    QCOMPARE(i.videoLink, QStringLiteral("https://meet.example.org/backend-amelie"));
    QCOMPARE(i.panelistIds, (QList<RowId>{m_f.zoe, m_f.lukasz, m_f.ingrid}));
    QCOMPARE(i.invitationSequence, 0);
    QVERIFY(!i.isCancelled());
    QVERIFY(i.expectsScorecardFrom(m_f.ingrid));
    QVERIFY(!i.expectsScorecardFrom(m_f.omar));

    QCOMPARE(auditLines(*m_f.db, i.uuid),
             (QStringList{
                 QStringLiteral("status:  -> scheduled [] by Zoë Brandt"),
                 QStringLiteral("round:  -> Technical screen [] by Zoë Brandt"),
                 QStringLiteral("scheduled_at:  -> 2026-03-04T08:30:00.000Z [] by Zoë Brandt"),
                 QStringLiteral("duration_minutes:  -> 45 [] by Zoë Brandt"),
                 QStringLiteral("location:  -> Room 4.12, Alexanderplatz [] by Zoë Brandt"),
                 QStringLiteral("video_link:  -> https://meet.example.org/backend-amelie [] by "
                                "Zoë Brandt"),
                 QStringLiteral("panelists:  -> Zoë Brandt, Łukasz Nowak, Ingrid Solberg [] by "
                                "Zoë Brandt"),
             }));
    auto entries = AuditRepository(*m_f.db).forEntity(QStringLiteral("interview"), i.uuid);
    QVERIFY(entries);
    for (const AuditEntry& e : *entries)
        QCOMPARE(e.occurredAt, kNow);
}

void TestInterviewScheduler::refusedScheduleWritesNothing() {
    const QStringList before = test::dumpDatabase(*m_f.db);
    ScheduleRequest request =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30)));
    request.panelistIds = {m_f.zoe, m_f.omar};
    request.durationMinutes = 0;
    auto refused = scheduler().schedule(request, kActor, kNow);
    QVERIFY(!refused);
    QCOMPARE(
        refused.errorMessage(),
        QStringLiteral("Duration: An interview lasts from 5 minutes to 8 hours; 0 minute(s) is "
                       "outside that.\nPanelists: Panelist %1 is not on this opening's panel.")
            .arg(m_f.omar));
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
}

void TestInterviewScheduler::unscheduleRestoresTheDatabaseExactly() {
    const QStringList before = dumpWithoutAudit(*m_f.db);
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    QVERIFY(dumpWithoutAudit(*m_f.db) != before);
    Status undone = scheduler().unschedule(scheduled, kActor, kNow.addSecs(60));
    QVERIFY2(undone, qPrintable(undone.errorMessage()));
    QCOMPARE(dumpWithoutAudit(*m_f.db), before);
    // The trail keeps both steps: it was scheduled, then taken back.
    const QStringList trail = auditLines(*m_f.db, scheduled.uuid);
    QCOMPARE(trail.size(), 14);
    QCOMPARE(trail.at(7), QStringLiteral("status: scheduled ->  [] by Zoë Brandt"));
    QVERIFY(!scheduler().unschedule(scheduled, kActor, kNow)); // gone already
}

void TestInterviewScheduler::redoPutsBackTheSameInterview() {
    const ScheduleRequest request =
        m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30)));
    const Interview first = scheduleOne(request);
    QVERIFY(scheduler().unschedule(first, kActor, kNow));
    auto again = scheduler().schedule(request, kActor, kNow, first.uuid);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QCOMPARE(again->uuid, first.uuid);
    Interview expected = first;
    expected.id = again->id;
    QCOMPARE(*again, expected);
}

void TestInterviewScheduler::unscheduleRefusedOnceAScorecardWasWritten() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    const QString failed = m_f.addScorecard(scheduled.id, m_f.lukasz, false);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QStringList before = test::dumpDatabase(*m_f.db);
    Status refused = scheduler().unschedule(scheduled, kActor, kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("1 scorecard(s) were written for this interview since it was "
                            "scheduled, so it stays; cancel it instead."));
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
}

void TestInterviewScheduler::rescheduleAuditsTheChangeAndRestoreUndoesIt() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    ScheduleRequest moved = InterviewScheduler::requestFor(scheduled);
    QCOMPARE(moved, [&] {
        ScheduleRequest r = m_f.request(scheduled.scheduledAt);
        r.location = scheduled.location;
        return r;
    }());
    moved.start = SchedulingFixture::inBerlin(QDate(2026, 3, 5), QTime(14, 0));
    moved.location = QStringLiteral("Room 2.01; second floor, left");
    moved.panelistIds = {m_f.lukasz, m_f.zoe};
    auto change = scheduler().reschedule(scheduled.uuid, moved, kActor, kNow);
    QVERIFY2(change, qPrintable(change.errorMessage()));
    QCOMPARE(change->before, scheduled);
    QCOMPARE(change->after.scheduledAt,
             QDateTime(QDate(2026, 3, 5), QTime(13, 0), QTimeZone::utc()));
    QCOMPARE(change->after.invitationSequence, 1);
    QCOMPARE(change->after.panelistIds, (QList<RowId>{m_f.lukasz, m_f.zoe}));
    QCOMPARE(**InterviewRepository(*m_f.db).findByUuid(scheduled.uuid), change->after);
    const QStringList trail = auditLines(*m_f.db, scheduled.uuid);
    QCOMPARE(trail.mid(7),
             (QStringList{
                 QStringLiteral("scheduled_at: 2026-03-04T08:30:00.000Z -> "
                                "2026-03-05T13:00:00.000Z [] by Zoë Brandt"),
                 QStringLiteral("location: Room 4.12, Alexanderplatz -> Room 2.01; second floor, "
                                "left [] by Zoë Brandt"),
                 QStringLiteral("panelists: Zoë Brandt, Łukasz Nowak, Ingrid Solberg -> Łukasz "
                                "Nowak, Zoë Brandt [] by Zoë Brandt"),
             }));

    Status restored = scheduler().restore(*change, kActor, kNow);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    const Interview back = **InterviewRepository(*m_f.db).findByUuid(scheduled.uuid);
    compareButSequence(back, scheduled);
    // The invitation only moves forward: calendars drop older revisions.
    QCOMPARE(back.invitationSequence, 2);
    QCOMPARE(auditLines(*m_f.db, scheduled.uuid).size(), 13);
    // Redo is doing it again.
    auto redone = scheduler().reschedule(scheduled.uuid, moved, kActor, kNow);
    QVERIFY(redone);
    QCOMPARE(redone->after.invitationSequence, 3);
    compareButSequence(redone->after, change->after);
}

void TestInterviewScheduler::rescheduleWithoutChangeWritesNothing() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    const QStringList before = test::dumpDatabase(*m_f.db);
    ScheduleRequest same = InterviewScheduler::requestFor(scheduled);
    // The same instant, written in another zone, is no change.
    same.start = scheduled.scheduledAt.toTimeZone(QTimeZone("America/New_York"));
    auto change = scheduler().reschedule(scheduled.uuid, same, kActor, kNow);
    QVERIFY(change);
    QVERIFY(!change->changedAnything());
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
    QVERIFY(scheduler().restore(*change, kActor, kNow));
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
}

void TestInterviewScheduler::rescheduleKeepsPanelistsWhoWroteAScorecard() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    QVERIFY(m_f.addScorecard(scheduled.id, m_f.zoe, false).isEmpty());
    ScheduleRequest without = InterviewScheduler::requestFor(scheduled);
    without.panelistIds = {m_f.lukasz};
    auto problems = scheduler().check(without, scheduled.uuid);
    QVERIFY(problems);
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->at(0).field, ScheduleField::Panelists);
    QCOMPARE(problems->at(0).message,
             QStringLiteral("Zoë Brandt has already written a scorecard for this interview and "
                            "stays on it."));
    QVERIFY(!scheduler().reschedule(scheduled.uuid, without, kActor, kNow));
    // Moving it with her still on it is fine; so is dropping Ingrid.
    without.panelistIds = {m_f.zoe, m_f.lukasz};
    QVERIFY(scheduler().reschedule(scheduled.uuid, without, kActor, kNow));
    // A reschedule cannot hand the interview to another candidate.
    without.applicationId = m_f.jonas;
    problems = scheduler().check(without, scheduled.uuid);
    QVERIFY(problems);
    QCOMPARE(fieldsOf(*problems), QList<ScheduleField>{ScheduleField::Application});
}

void TestInterviewScheduler::restoreRefusesWhenChangedSince() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    ScheduleRequest moved = InterviewScheduler::requestFor(scheduled);
    moved.start = moved.start.addDays(1);
    auto first = scheduler().reschedule(scheduled.uuid, moved, kActor, kNow);
    QVERIFY(first);
    moved.durationMinutes = 60;
    auto second =
        scheduler().reschedule(scheduled.uuid, moved, QStringLiteral("debrief-cli"), kNow);
    QVERIFY(second);
    const QStringList before = test::dumpDatabase(*m_f.db);
    Status refused = scheduler().restore(*first, kActor, kNow);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("changed since")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
    QVERIFY(!scheduler().unschedule(scheduled, kActor, kNow));
    // In order, both steps come back off.
    QVERIFY(scheduler().restore(*second, kActor, kNow));
    QVERIFY(scheduler().restore(*first, kActor, kNow));
    compareButSequence(**InterviewRepository(*m_f.db).findByUuid(scheduled.uuid), scheduled);
}

void TestInterviewScheduler::cancelNeedsAReasonAndIsAudited() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    const QStringList before = test::dumpDatabase(*m_f.db);
    auto refused = scheduler().cancel(scheduled.uuid, QStringLiteral("   "), kActor, kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("Reason: Say why the interview is cancelled; the reason is kept with "
                            "it."));
    QCOMPARE(test::dumpDatabase(*m_f.db), before);

    const QDateTime when = kNow.addSecs(3600);
    auto cancelled = scheduler().cancel(scheduled.uuid,
                                        QStringLiteral(" Amélie withdrew; found "
                                                       "another job. "),
                                        kActor, when);
    QVERIFY2(cancelled, qPrintable(cancelled.errorMessage()));
    const Interview stored = **InterviewRepository(*m_f.db).findByUuid(scheduled.uuid);
    QCOMPARE(stored, cancelled->after);
    QVERIFY(stored.isCancelled());
    QCOMPARE(stored.cancelledAt, when);
    QCOMPARE(stored.cancelledBy, kActor);
    QCOMPARE(stored.cancellationReason, QStringLiteral("Amélie withdrew; found another job."));
    QCOMPARE(stored.invitationSequence, 1);
    QVERIFY(!stored.expectsScorecardFrom(m_f.zoe)); // it stays on record, owing nothing
    QCOMPARE(stored.scheduledAt, scheduled.scheduledAt);
    QCOMPARE(auditLines(*m_f.db, scheduled.uuid).constLast(),
             QStringLiteral("status: scheduled -> cancelled [Amélie withdrew; found another job.] "
                            "by Zoë Brandt"));

    QVERIFY(!scheduler().cancel(scheduled.uuid, QStringLiteral("again"), kActor, when));
    QVERIFY(!scheduler().reschedule(scheduled.uuid, InterviewScheduler::requestFor(scheduled),
                                    kActor, when));
}

void TestInterviewScheduler::undoingACancelReinstatesTheInterview() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    auto cancelled =
        scheduler().cancel(scheduled.uuid, QStringLiteral("Room double-booked"), kActor, kNow);
    QVERIFY(cancelled);
    QVERIFY(scheduler().restore(*cancelled, kActor, kNow));
    const Interview back = **InterviewRepository(*m_f.db).findByUuid(scheduled.uuid);
    compareButSequence(back, scheduled);
    QVERIFY(!back.isCancelled());
    QCOMPARE(back.cancelledBy, QString());
    QCOMPARE(back.cancellationReason, QString());
    QCOMPARE(back.invitationSequence, 2);
    QCOMPARE(auditLines(*m_f.db, scheduled.uuid).constLast(),
             QStringLiteral("status: cancelled -> scheduled [] by Zoë Brandt"));
}

void TestInterviewScheduler::scoredInterviewCannotBeCancelled() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    QVERIFY(m_f.addScorecard(scheduled.id, m_f.zoe, true).isEmpty());
    QVERIFY(m_f.addScorecard(scheduled.id, m_f.lukasz, false).isEmpty());
    auto refused =
        scheduler().cancel(scheduled.uuid, QStringLiteral("No longer needed"), kActor, kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("1 scorecard(s) were submitted for this interview: it took place and "
                            "cannot be cancelled."));
    QVERIFY(!(**InterviewRepository(*m_f.db).findByUuid(scheduled.uuid)).isCancelled());
}

void TestInterviewScheduler::localTimeRoundTripsThroughUtc_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("utc");
    // CET is UTC+1, CEST (from the last Sunday in March) UTC+2.
    QTest::newRow("winter") << QDate(2026, 3, 2) << QTime(9, 30)
                            << QDateTime(QDate(2026, 3, 2), QTime(8, 30), QTimeZone::utc());
    QTest::newRow("summer") << QDate(2026, 7, 1) << QTime(9, 30)
                            << QDateTime(QDate(2026, 7, 1), QTime(7, 30), QTimeZone::utc());
    QTest::newRow("just before the change")
        << QDate(2026, 3, 29) << QTime(1, 59)
        << QDateTime(QDate(2026, 3, 29), QTime(0, 59), QTimeZone::utc());
    QTest::newRow("just after the change")
        << QDate(2026, 3, 29) << QTime(3, 0)
        << QDateTime(QDate(2026, 3, 29), QTime(1, 0), QTimeZone::utc());
}

void TestInterviewScheduler::localTimeRoundTripsThroughUtc() {
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, utc);
    auto instant = LocalTime::toInstant(date, time, SchedulingFixture::berlin());
    QVERIFY2(instant, qPrintable(instant.errorMessage()));
    QCOMPARE(*instant, utc);
    // Stored and read back, it shows the same wall-clock time in Berlin.
    ScheduleRequest request = m_f.request(*instant);
    const Interview scheduled = scheduleOne(request);
    const Interview stored = **InterviewRepository(*m_f.db).findByUuid(scheduled.uuid);
    const QDateTime shown = stored.scheduledAt.toTimeZone(SchedulingFixture::berlin());
    QCOMPARE(shown.date(), date);
    QCOMPARE(shown.time(), time);
}

void TestInterviewScheduler::skippedTimeIsRefused() {
    // On 29 March 2026 Berlin's clocks go from 02:00 straight to 03:00.
    auto skipped =
        LocalTime::toInstant(QDate(2026, 3, 29), QTime(2, 30), SchedulingFixture::berlin());
    QVERIFY(!skipped);
    QCOMPARE(
        skipped.errorMessage(),
        QStringLiteral("2026-03-29 02:30 does not exist in Europe/Berlin: the clocks skip that "
                       "time when summer time begins. Choose a time after the change."));
}

void TestInterviewScheduler::repeatedTimeIsItsFirstOccurrence() {
    // On 25 October 2026 Berlin's clocks show 02:00–02:59 twice: first in
    // summer time (00:xx UTC), then in winter time (01:xx UTC).
    auto repeated =
        LocalTime::toInstant(QDate(2026, 10, 25), QTime(2, 30), SchedulingFixture::berlin());
    QVERIFY(repeated);
    QCOMPARE(*repeated, QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()));
    QCOMPARE(LocalTime::zoneName(SchedulingFixture::berlin(), *repeated),
             QStringLiteral("Europe/Berlin (UTC+02:00)"));
    QCOMPARE(LocalTime::zoneName(SchedulingFixture::berlin(), repeated->addSecs(3600)),
             QStringLiteral("Europe/Berlin (UTC+01:00)"));
}

void TestInterviewScheduler::interviewAcrossTheChangeKeepsItsLength() {
    // 01:30 CET + 120 minutes of real time ends at 04:30 CEST on the wall.
    auto start =
        LocalTime::toInstant(QDate(2026, 3, 29), QTime(1, 30), SchedulingFixture::berlin());
    QVERIFY(start);
    ScheduleRequest request = m_f.request(*start);
    request.durationMinutes = 120;
    const Interview scheduled = scheduleOne(request);
    QCOMPARE(scheduled.endsAt(), QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc()));
    QCOMPARE(scheduled.endsAt().toTimeZone(SchedulingFixture::berlin()).time(), QTime(4, 30));
}

void TestInterviewScheduler::parseNamesTheExpectedForm() {
    const QTimeZone berlin = SchedulingFixture::berlin();
    QCOMPARE(*LocalTime::parse(QStringLiteral("2026-03-02 09:30"), berlin),
             QDateTime(QDate(2026, 3, 2), QTime(8, 30), QTimeZone::utc()));
    QCOMPARE(*LocalTime::parse(QStringLiteral("2026-07-01T9:05:30"), berlin),
             QDateTime(QDate(2026, 7, 1), QTime(7, 5, 30), QTimeZone::utc()));
    for (const QString& bad :
         {QStringLiteral("02.03.2026 09:30"), QStringLiteral("2026-02-30 09:30"),
          QStringLiteral("2026-03-02"), QStringLiteral("tomorrow")}) {
        auto parsed = LocalTime::parse(bad, berlin);
        QVERIFY2(!parsed, qPrintable(bad));
        QVERIFY2(parsed.errorMessage().contains(QStringLiteral("YYYY-MM-DD HH:MM")),
                 qPrintable(parsed.errorMessage()));
    }
    QVERIFY(!LocalTime::parse(QStringLiteral("2026-03-29 02:15"), berlin));
}

void TestInterviewScheduler::nextWorkingDaySkipsTheWeekend() {
    const QTimeZone berlin = SchedulingFixture::berlin();
    // Friday 6 March 2026, 23:30 in Berlin (22:30 UTC): Monday 9 March, 10:00.
    const QDateTime friday(QDate(2026, 3, 6), QTime(22, 30), QTimeZone::utc());
    QCOMPARE(LocalTime::nextWorkingDayAt(friday, berlin),
             QDateTime(QDate(2026, 3, 9), QTime(9, 0), QTimeZone::utc()));
    // Monday 2 March: Tuesday.
    QCOMPARE(LocalTime::nextWorkingDayAt(kNow, berlin).toTimeZone(berlin).date(),
             QDate(2026, 3, 3));
}

void TestInterviewScheduler::staleRescheduleIsRefusedAndKeepMineMovesIt() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    // Two forms read the interview.
    Interview first = scheduled;
    Interview second = scheduled;

    ScheduleRequest byFirst = InterviewScheduler::requestFor(scheduled);
    byFirst.location = QStringLiteral("Room A");
    auto moved = scheduler().rescheduleAsRead(first, byFirst, kActor, kNow);
    QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
    QCOMPARE(first.location, QStringLiteral("Room A"));
    QCOMPARE(first.rowVersion, scheduled.rowVersion + 1);

    ScheduleRequest bySecond = InterviewScheduler::requestFor(scheduled);
    bySecond.start = SchedulingFixture::inBerlin(QDate(2026, 3, 5), QTime(14, 0));
    bySecond.panelistIds = {m_f.zoe};
    const QStringList before = test::dumpDatabase(*m_f.db);
    auto refused = scheduler().rescheduleAsRead(second, bySecond, kActor, kNow);
    QVERIFY(!refused.ok());
    QVERIFY(refused.isStale());
    QCOMPARE(refused.current(), first);
    // Nothing written, not even an audit entry.
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
    QCOMPARE(second, scheduled);

    // Keep Mine: the second form's values on the version now stored.
    const Interview theirs = refused.current();
    second = theirs;
    auto kept = scheduler().rescheduleAsRead(second, bySecond, kActor, kNow);
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    const Interview stored = **InterviewRepository(*m_f.db).findByUuid(scheduled.uuid);
    QCOMPARE(stored, second);
    // 14:00 in Berlin on 5 March (CET, UTC+1) is 13:00 UTC.
    QCOMPARE(stored.scheduledAt, QDateTime(QDate(2026, 3, 5), QTime(13, 0), QTimeZone::utc()));
    QCOMPARE(stored.panelistIds, (QList<RowId>{m_f.zoe}));
    QCOMPARE(stored.location, scheduled.location);

    // Undo of one's own move is not refused, though the version moved on.
    Status undone = scheduler().restore(InterviewChange{theirs, second}, kActor, kNow);
    QVERIFY2(undone, qPrintable(undone.errorMessage()));
    QCOMPARE((**InterviewRepository(*m_f.db).findByUuid(scheduled.uuid)).location,
             QStringLiteral("Room A"));
}

void TestInterviewScheduler::rescheduleOfACancelledInterviewIsStale() {
    const Interview scheduled =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    Interview form = scheduled;
    QVERIFY(scheduler().cancel(scheduled.uuid, QStringLiteral("Withdrew"), kActor, kNow));
    ScheduleRequest request = InterviewScheduler::requestFor(scheduled);
    request.durationMinutes = 60;
    const QStringList before = test::dumpDatabase(*m_f.db);
    auto refused = scheduler().rescheduleAsRead(form, request, kActor, kNow);
    QVERIFY(refused.isStale());
    QVERIFY(refused.current().isCancelled());
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
    // Keeping one's own over a cancellation is refused with a reason.
    form = refused.current();
    auto kept = scheduler().rescheduleAsRead(form, request, kActor, kNow);
    QVERIFY(!kept.ok());
    QVERIFY(!kept.isStale());
    QVERIFY2(kept.errorMessage().contains(u"cancelled"), qPrintable(kept.errorMessage()));
    QCOMPARE(test::dumpDatabase(*m_f.db), before);
}

void TestInterviewScheduler::comparisonNamesRoundAndPanelists() {
    const Interview theirs =
        scheduleOne(m_f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30))));
    Interview mine = theirs;
    mine.roundId = m_f.pairProgramming;
    mine.durationMinutes = 60;
    mine.panelistIds = {m_f.lukasz, m_f.zoe};
    mine.videoLink = QStringLiteral("https://meet.example.org/abc");
    const ComparedFields rows = InterviewComparison::fields(*m_f.db, mine, theirs);
    QStringList labels;
    for (const ComparedField& row : rows)
        labels.append(row.field);
    QCOMPARE(labels,
             QStringLiteral("Round|When|Duration|Location|Video link|Panel|Status").split(u'|'));
    QCOMPARE(rows.at(0).mine, QStringLiteral("Pair programming"));
    QCOMPARE(rows.at(0).theirs, QStringLiteral("Technical screen"));
    // 9:30 in Berlin is 8:30 UTC; shown on this machine's clocks, day
    // first, the month abbreviated, 24-hour time.
    const QDateTime local =
        QDateTime(QDate(2026, 3, 4), QTime(8, 30), QTimeZone::utc()).toLocalTime();
    QCOMPARE(rows.at(1).theirs, QStringLiteral("%1 %2 2026, %3")
                                    .arg(local.date().day())
                                    .arg(QLocale().monthName(3, QLocale::ShortFormat),
                                         local.time().toString(QStringLiteral("HH:mm"))));
    QVERIFY(!rows.at(1).differs());
    QCOMPARE(rows.at(2).mine, QStringLiteral("60 minute(s)"));
    QCOMPARE(rows.at(5).mine, QStringLiteral("Łukasz Nowak, Zoë Brandt"));
    QCOMPARE(rows.at(5).theirs, QStringLiteral("Zoë Brandt, Łukasz Nowak, Ingrid Solberg"));
    QCOMPARE(rows.at(6).mine, QStringLiteral("Scheduled"));
    QVERIFY(!rows.at(6).differs());
}

QTEST_GUILESS_MAIN(TestInterviewScheduler)
#include "tst_interviewscheduler.moc"
