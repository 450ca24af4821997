#pragma once

#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/CommunicationEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace debrief {

/// Whether the panel kept one promise to answer a candidate by a date.
///
/// Rule (docs/REPORTS.md): a promise is a date given to the candidate, as
/// logged with a message (CommunicationEntry::nextPromisedDate) or set on the
/// application. It is *kept* when an outbound message follows the promise on
/// or before the promised date, *missed* when the date has passed without
/// one, and *pending* while the date is still ahead.
struct DEBRIEF_CORE_EXPORT PromiseCheck {
    Q_DECLARE_TR_FUNCTIONS(PromiseCheck)

public:
    enum class Outcome { Kept, Missed, Pending };

    /// When the promise was made; for a date set on the application and in
    /// no message, the time of the last logged message before it (or the
    /// day of application).
    QDateTime madeAt;
    QDate promisedFor;
    Outcome outcome = Outcome::Pending;
    /// The day of the first outbound message after the promise: on or
    /// before the date for a kept promise, late for a missed one; invalid
    /// while nobody has answered.
    QDate answeredOn;

    /// Every promise made to the applicant, in the order made, judged as of
    /// `today`. `log` is the application's communication log.
    static QList<PromiseCheck> of(const Application& application,
                                  const QList<CommunicationEntry>& log, const QDate& today);
    static QString label(Outcome outcome);

    friend bool operator==(const PromiseCheck&, const PromiseCheck&) = default;
};

} // namespace debrief
