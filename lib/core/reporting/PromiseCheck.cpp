#include "PromiseCheck.h"

#include <algorithm>

namespace debrief {
namespace {

PromiseCheck judge(const QDateTime& madeAt, const QDate& promisedFor,
                   const QList<CommunicationEntry>& sortedLog, const QDate& today) {
    PromiseCheck check;
    check.madeAt = madeAt;
    check.promisedFor = promisedFor;
    // The message that made the promise does not keep it; the next one does.
    const auto answer = std::find_if(sortedLog.cbegin(), sortedLog.cend(), [&](const auto& e) {
        return e.direction == CommunicationDirection::Outbound && e.occurredAt > madeAt;
    });
    if (answer != sortedLog.cend())
        check.answeredOn = answer->occurredAt.date();
    if (check.answeredOn.isValid() && check.answeredOn <= promisedFor)
        check.outcome = PromiseCheck::Outcome::Kept;
    else if (check.answeredOn.isValid() || promisedFor < today)
        check.outcome = PromiseCheck::Outcome::Missed;
    else
        check.outcome = PromiseCheck::Outcome::Pending;
    return check;
}

} // namespace

QList<PromiseCheck> PromiseCheck::of(const Application& application,
                                     const QList<CommunicationEntry>& log, const QDate& today) {
    QList<CommunicationEntry> sorted = log;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const CommunicationEntry& a, const CommunicationEntry& b) {
                         return a.occurredAt < b.occurredAt;
                     });
    QList<PromiseCheck> checks;
    bool applicationDateLogged = false;
    for (const CommunicationEntry& entry : std::as_const(sorted)) {
        if (!entry.nextPromisedDate.isValid())
            continue;
        checks.append(judge(entry.occurredAt, entry.nextPromisedDate, sorted, today));
        applicationDateLogged =
            applicationDateLogged || entry.nextPromisedDate == application.promisedResponseDate;
    }
    if (application.promisedResponseDate.isValid() && !applicationDateLogged) {
        // A date set in the app without a logged message: made no earlier
        // than the last message we know of.
        QDateTime madeAt = application.appliedOn.startOfDay();
        if (!sorted.isEmpty())
            madeAt = std::max(madeAt, sorted.constLast().occurredAt);
        checks.append(judge(madeAt, application.promisedResponseDate, sorted, today));
    }
    return checks;
}

QString PromiseCheck::label(Outcome outcome) {
    switch (outcome) {
    case Outcome::Kept:
        return tr("kept");
    case Outcome::Missed:
        return tr("missed");
    case Outcome::Pending:
        return tr("not yet due");
    }
    return {};
}

} // namespace debrief
