#include "MyInterviewsQuery.h"

#include "InterviewScheduler.h"
#include "domain/Interview.h"
#include "storage/RecordTable.h"

#include <algorithm>

namespace debrief {
namespace {

struct Row {
    Interview interview;
    MyInterview line;
    bool submitted = false;
};

Result<Row> readRow(sql::SqlRow& row, RowId panelistId) {
    Row r;
    Interview& i = r.interview;
    i.id = row.rowId("id");
    i.uuid = row.uuid("uuid");
    i.applicationId = row.rowId("application_id");
    i.scheduledAt = row.timestamp("scheduled_at");
    i.durationMinutes = row.integer("duration_minutes");
    i.location = row.text("location");
    i.videoLink = row.text("video_link");
    i.cancelledAt = row.timestamp("cancelled_at");
    i.panelistIds = {panelistId}; // the query reads this panelist's seats only
    MyInterview& line = r.line;
    line.openingId = row.rowId("opening_id");
    line.candidateName = row.text("full_name");
    line.openingTitle = row.text("title");
    line.roundName = row.text("round_name");
    const auto status = row.optionalKey<ScorecardStatus>("card_status");
    r.submitted = status == ScorecardStatus::Submitted;
    line.hasDraft = status == ScorecardStatus::Draft;
    return row.finish(std::move(r));
}

int rank(MyInterview::Kind kind) {
    return static_cast<int>(kind);
}

bool before(const MyInterview& a, const MyInterview& b) {
    if (a.kind != b.kind)
        return rank(a.kind) < rank(b.kind);
    // Owed: the longest owed first. Upcoming: the soonest first, untimed last.
    if (a.start.isValid() != b.start.isValid())
        return a.start.isValid();
    if (a.start != b.start)
        return a.start < b.start;
    return a.interviewId < b.interviewId;
}

} // namespace

Result<QList<MyInterview>> MyInterviewsQuery::list(RowId panelistId, const QDateTime& now) {
    // Everything that may still matter: a card not submitted, or an
    // interview recent enough to be running or to come. The rules proper are
    // applied below, on the Interview value.
    const QDateTime horizon =
        now.toUTC().addSecs(-qint64(InterviewScheduler::kMaxDurationMinutes) * 60);
    const QString sql = QStringLiteral(
        "SELECT i.id, i.uuid, i.application_id, a.opening_id, c.full_name, o.title, "
        "r.name AS round_name, i.scheduled_at, i.duration_minutes, i.location, i.video_link, "
        "i.cancelled_at, s.status AS card_status "
        "FROM interview_panelists ip JOIN interviews i ON i.id = ip.interview_id "
        "JOIN applications a ON a.id = i.application_id "
        "JOIN candidates c ON c.id = a.candidate_id JOIN openings o ON o.id = a.opening_id "
        "JOIN rounds r ON r.id = i.round_id "
        "LEFT JOIN scorecards s ON s.interview_id = i.id AND s.panelist_id = ip.panelist_id "
        "WHERE ip.panelist_id = ? AND i.cancelled_at IS NULL AND (s.status IS NULL OR "
        "s.status <> ? OR i.scheduled_at IS NULL OR i.scheduled_at >= ?)");
    auto rows = sql::readRows<Row>(
        m_db, sql, {panelistId, toKey(ScorecardStatus::Submitted), sql::timestamp(horizon)},
        QStringLiteral("interviews"), {QStringLiteral("id")},
        [panelistId](sql::SqlRow& row) { return readRow(row, panelistId); });
    if (!rows)
        return rows.error();

    QList<MyInterview> lines;
    for (Row& row : *rows) {
        const Interview& interview = row.interview;
        if (!interview.expectsScorecardFrom(panelistId))
            continue;
        MyInterview line = std::move(row.line);
        line.interviewId = interview.id;
        line.interviewUuid = interview.uuid;
        line.applicationId = interview.applicationId;
        line.start = interview.scheduledAt;
        line.end = interview.endsAt();
        line.location = interview.location;
        line.videoLink = interview.videoLink;
        if (!line.end.isValid() || line.end > now) {
            line.kind = MyInterview::Kind::Upcoming;
        } else if (row.submitted) {
            continue;
        } else {
            line.scorecardDue = line.end.addSecs(kScorecardDueSeconds);
            line.kind = now > line.scorecardDue ? MyInterview::Kind::OverdueScorecard
                                                : MyInterview::Kind::OwedScorecard;
        }
        lines.append(std::move(line));
    }
    std::sort(lines.begin(), lines.end(), before);
    return lines;
}

} // namespace debrief
