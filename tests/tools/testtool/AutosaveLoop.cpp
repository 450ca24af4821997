#include "AutosaveLoop.h"

#include "OpenSeat.h"
#include "ToolOptions.h"

#include "scoring/ScorecardWorkflow.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cstdio>

namespace debrief::test {

int autosaveLoop(const QStringList& args) {
    ToolOptions options(args);
    const QString path = options.value(QStringLiteral("--db"));
    const int saves = options.value(QStringLiteral("--saves")).toInt();
    if (path.isEmpty() || !options.unknown().isEmpty())
        return usage("autosave-loop --db FILE [--saves N]");
    auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.errorMessage());
    auto seat = openSeat(**db);
    if (!seat)
        return fail(seat.errorMessage());
    Scorecard* card = &seat->card;
    const Rubric* rubric = &seat->rubric;
    const QRegularExpressionMatch last =
        QRegularExpression(QStringLiteral("^save (\\d+)$")).match(card->keyTakeaways);
    int k = last.hasMatch() ? last.captured(1).toInt() : 0;
    ScorecardWorkflow workflow(**db);
    std::printf("card %lld %lld\n", static_cast<long long>(card->interviewId),
                static_cast<long long>(card->panelistId));
    for (int done = 0; saves <= 0 || done < saves; ++done) {
        fill(*card, *rubric, ++k);
        if (Status saved = workflow.saveDraft(*card, QDateTime::currentDateTimeUtc()); !saved)
            return fail(saved.errorMessage());
        std::printf("saved %d\n", k);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace debrief::test
