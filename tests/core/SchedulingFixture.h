#pragma once

#include "domain/RowId.h"
#include "scheduling/ScheduleRequest.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace debrief {
class Database;
}

namespace debrief::test {

/// A small panel's own opening, written through lib/core as a user would
/// make it (OpeningCreator, CandidateIntake), for the scheduling tests:
///
/// - "Backend Engineer" from the software-engineer template with the rounds
///   "Technical screen" (45 min), "Pair programming" (90 min) and the
///   panel's own "Team chat" (no template duration: 45 min); panel Zoë
///   Brandt (lead), Łukasz Nowak and Ingrid Solberg, who has no e-mail
///   address;
/// - candidates Amélie Dubois and Jonas Weber (in process) and Carla Diaz
///   (rejected);
/// - "Support Lead", another opening with its own round, and Omar Haddad,
///   a panelist on no panel of Backend Engineer.
struct SchedulingFixture {
    std::unique_ptr<Database> db;
    RowId opening = kNoRow;
    RowId otherOpening = kNoRow;
    RowId technicalScreen = kNoRow;
    RowId pairProgramming = kNoRow;
    RowId teamChat = kNoRow;
    RowId otherRound = kNoRow;
    RowId zoe = kNoRow;
    RowId lukasz = kNoRow;
    RowId ingrid = kNoRow;
    RowId omar = kNoRow;
    RowId amelie = kNoRow;
    RowId jonas = kNoRow;
    RowId carla = kNoRow;

    /// Writes it all into a new file at `path`; an empty error when it worked.
    QString create(const QString& path);

    /// Europe/Berlin, the zone the tests schedule in (CET/CEST).
    static QTimeZone berlin();
    /// `date` `time` on Berlin's clocks.
    static QDateTime inBerlin(const QDate& date, const QTime& time);
    /// A valid request for Amélie's technical screen with the whole panel.
    ScheduleRequest request(const QDateTime& start) const;
    /// Stores a scorecard of `panelist` for `interviewId`; an empty error when it worked.
    QString addScorecard(RowId interviewId, RowId panelist, bool submitted);
};

} // namespace debrief::test
