#include "InterviewComparison.h"

#include "storage/InterviewRoundRepository.h"
#include "storage/PanelistRepository.h"

#include <QLocale>
#include <QStringList>

namespace debrief {
namespace {

// A row that can no longer be read is named by its id rather than failing
// the whole comparison: the user still has to choose.
QString roundText(Database& db, RowId roundId) {
    auto round = InterviewRoundRepository(db).get(roundId);
    return round ? round->name : InterviewComparison::tr("Round %1").arg(roundId);
}

QString panelText(Database& db, const QList<RowId>& panelistIds) {
    PanelistRepository panelists(db);
    QStringList names;
    for (RowId id : panelistIds) {
        auto person = panelists.get(id);
        names.append(person ? person->name : InterviewComparison::tr("Panelist %1").arg(id));
    }
    return names.isEmpty() ? InterviewComparison::tr("nobody") : names.join(QStringLiteral(", "));
}

QString statusText(const Interview& interview) {
    return interview.isCancelled() ? InterviewComparison::tr("Cancelled %1: %2")
                                         .arg(InterviewComparison::when(interview.cancelledAt),
                                              interview.cancellationReason)
                                   : InterviewComparison::tr("Scheduled");
}

} // namespace

QString InterviewComparison::when(const QDateTime& instant) {
    if (!instant.isValid())
        return tr("not set");
    return QLocale().toString(instant.toLocalTime(),
                              tr("d MMM yyyy, HH:mm", "date and time pattern, see QDateTime"));
}

ComparedFields InterviewComparison::fields(Database& db, const Interview& mine,
                                           const Interview& theirs) {
    return {
        {tr("Round"), roundText(db, mine.roundId), roundText(db, theirs.roundId)},
        {tr("When"), when(mine.scheduledAt), when(theirs.scheduledAt)},
        {tr("Duration"), tr("%n minute(s)", "", mine.durationMinutes),
         tr("%n minute(s)", "", theirs.durationMinutes)},
        {tr("Location"), mine.location, theirs.location},
        {tr("Video link"), mine.videoLink, theirs.videoLink},
        {tr("Panel"), panelText(db, mine.panelistIds), panelText(db, theirs.panelistIds)},
        {tr("Status"), statusText(mine), statusText(theirs)},
    };
}

} // namespace debrief
