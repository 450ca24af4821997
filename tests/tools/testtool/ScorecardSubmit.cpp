#include "ScorecardSubmit.h"

#include "OpenSeat.h"
#include "ToolOptions.h"

#include "scoring/ScorecardWorkflow.h"
#include "storage/Database.h"

#include <QDateTime>

#include <cstdio>

namespace debrief::test {

int submitScorecard(const QStringList& args) {
    ToolOptions options(args);
    const QString location = options.value(QStringLiteral("--db"));
    if (location.isEmpty() || !options.unknown().isEmpty())
        return usage("submit-scorecard --db FILE-OR-URI");
    auto db = Database::open(location, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.errorMessage());
    auto seat = openSeat(**db);
    if (!seat)
        return fail(seat.errorMessage());
    fill(seat->card, seat->rubric, 1);
    seat->card.recommendation = Recommendation::Yes;
    if (Status submitted = ScorecardWorkflow(**db).submit(seat->card, seat->rubric,
                                                          QDateTime::currentDateTimeUtc());
        !submitted)
        return fail(submitted.errorMessage());
    std::printf("submitted %lld %lld\n", static_cast<long long>(seat->card.interviewId),
                static_cast<long long>(seat->card.panelistId));
    return 0;
}

} // namespace debrief::test
