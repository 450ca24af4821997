#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>

namespace debrief {

class Database;

/// Someone named in an invitation; without a plausible e-mail address they
/// cannot be invited by a calendar and are named in the description instead.
struct InvitationPerson {
    QString name;
    QString email;

    bool canBeInvited() const;
};

/// An interview as a calendar invitation for its panel: an .ics file
/// (RFC 5545, one VEVENT, UTF-8) any calendar program imports. A standing
/// interview is a REQUEST, a cancelled one a CANCEL with STATUS:CANCELLED;
/// the SEQUENCE is the interview's invitation sequence, so a calendar
/// replaces the older invitation. The organizer is the opening's panel lead
/// (else the first panelist with an e-mail address); when nobody has one,
/// the file is a PUBLISH, which calendars import without replying.
struct DEBRIEF_CORE_EXPORT InterviewInvitation {
    Q_DECLARE_TR_FUNCTIONS(InterviewInvitation)

public:
    RowId interviewId = kNoRow;
    QUuid interviewUuid;
    int sequence = 0;
    bool cancelled = false;
    QString cancellationReason;
    QDateTime start;
    QDateTime end;
    QString candidateName;
    QString roundName;
    QString openingTitle;
    QString location;
    QString videoLink;
    /// Empty name and e-mail: nobody can organise it (see above).
    InvitationPerson organizer;
    /// The interview's panel, in seat order.
    QList<InvitationPerson> panelists;

    /// The invitation of the stored interview `interviewId`.
    static Result<InterviewInvitation> load(Database& db, RowId interviewId);

    /// "Interview: Zoë Brandt – Technical interview (Senior Backend Engineer)".
    QString summary() const;
    /// What the event's notes say: who, what, where, the panel, and for a
    /// cancelled interview why.
    QString description() const;
    /// REQUEST, CANCEL or PUBLISH (see above).
    QString method() const;
    /// The whole file, stamped (DTSTAMP) `stamp`.
    QByteArray toIcs(const QDateTime& stamp) const;
    /// Writes toIcs() to `path` atomically and owner-only (it names a candidate).
    Status save(const QString& path, const QDateTime& stamp) const;
    /// "interview-12-2026-03-02.ics": the interview id and its date in `zone`.
    QString fileName(const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
};

} // namespace debrief
