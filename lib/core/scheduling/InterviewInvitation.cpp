#include "InterviewInvitation.h"

#include "DebriefVersion.h"
#include "IcsWriter.h"
#include "correspondence/EmlWriter.h"
#include "interchange/PrivateFile.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"

namespace debrief {
namespace {

QString mailto(const InvitationPerson& person) {
    return QStringLiteral("mailto:") + person.email.trimmed();
}

/// The lead when they can be invited, else the first panelist on the
/// interview who can, else the first on the opening's panel who can.
InvitationPerson organizerOf(const Opening& opening, const QList<Panelist>& panel,
                             const QList<InvitationPerson>& seated) {
    QList<InvitationPerson> candidates;
    for (const PanelMember& member : opening.panel) {
        for (const Panelist& panelist : panel) {
            if (member.isLead && panelist.id == member.panelistId)
                candidates.append({panelist.name, panelist.email});
        }
    }
    candidates += seated;
    for (const Panelist& panelist : panel)
        candidates.append({panelist.name, panelist.email});
    for (const InvitationPerson& person : std::as_const(candidates)) {
        if (person.canBeInvited())
            return person;
    }
    return {};
}

} // namespace

bool InvitationPerson::canBeInvited() const {
    return EmlWriter::isPlausibleAddress(email.trimmed());
}

Result<InterviewInvitation> InterviewInvitation::load(Database& db, RowId interviewId) {
    auto interview = InterviewRepository(db).get(interviewId);
    if (!interview)
        return interview.error();
    if (!interview->scheduledAt.isValid())
        return Error{tr("Interview %1 has no date and time yet, so there is nothing to put in a "
                        "calendar.")
                         .arg(interviewId)};
    auto application = ApplicationRepository(db).get(interview->applicationId);
    if (!application)
        return application.error();
    auto candidate = CandidateRepository(db).get(application->candidateId);
    if (!candidate)
        return candidate.error();
    auto opening = OpeningRepository(db).get(application->openingId);
    if (!opening)
        return opening.error();
    auto round = InterviewRoundRepository(db).get(interview->roundId);
    if (!round)
        return round.error();
    PanelistRepository panelists(db);
    auto panel = panelists.forOpening(opening->id);
    if (!panel)
        return panel.error();

    InterviewInvitation invitation;
    invitation.interviewId = interview->id;
    invitation.interviewUuid = interview->uuid;
    invitation.sequence = interview->invitationSequence;
    invitation.cancelled = interview->isCancelled();
    invitation.cancellationReason = interview->cancellationReason;
    invitation.start = interview->scheduledAt.toUTC();
    invitation.end = interview->endsAt().toUTC();
    invitation.candidateName = candidate->fullName;
    invitation.roundName = round->name;
    invitation.openingTitle = opening->title;
    invitation.location = interview->location;
    invitation.videoLink = interview->videoLink;
    for (const RowId id : std::as_const(interview->panelistIds)) {
        auto panelist = panelists.get(id);
        if (!panelist)
            return panelist.error();
        invitation.panelists.append({panelist->name, panelist->email});
    }
    invitation.organizer = organizerOf(*opening, *panel, invitation.panelists);
    return invitation;
}

QString InterviewInvitation::summary() const {
    const QString text = tr("Interview: %1 – %2 (%3)").arg(candidateName, roundName, openingTitle);
    return cancelled ? tr("Cancelled: %1").arg(text) : text;
}

QString InterviewInvitation::description() const {
    QStringList lines;
    if (cancelled)
        lines.append(tr("This interview is cancelled. Reason: %1").arg(cancellationReason));
    const qint64 minutes = start.secsTo(end) / 60;
    lines.append(tr("Interview with %1 for %2: %3, %n minute(s).", "", int(minutes))
                     .arg(candidateName, openingTitle, roundName));
    if (!location.isEmpty())
        lines.append(tr("Where: %1").arg(location));
    if (!videoLink.isEmpty())
        lines.append(tr("Video call: %1").arg(videoLink));
    QStringList names;
    QStringList uninvited;
    for (const InvitationPerson& person : panelists) {
        names.append(person.name);
        if (!person.canBeInvited())
            uninvited.append(person.name);
    }
    lines.append(tr("Panel: %1").arg(names.join(QStringLiteral(", "))));
    if (!uninvited.isEmpty())
        lines.append(tr("Not invited by this file (no e-mail address on record): %1")
                         .arg(uninvited.join(QStringLiteral(", "))));
    if (!cancelled)
        lines.append(tr("Each panelist writes their own scorecard in Debrief after the interview, "
                        "before reading anyone else's."));
    return lines.join(QLatin1Char('\n'));
}

QString InterviewInvitation::method() const {
    if (!organizer.canBeInvited())
        return QStringLiteral("PUBLISH");
    return cancelled ? QStringLiteral("CANCEL") : QStringLiteral("REQUEST");
}

QByteArray InterviewInvitation::toIcs(const QDateTime& stamp) const {
    const QString how = method();
    IcsWriter ics;
    ics.begin(QStringLiteral("VCALENDAR"));
    ics.raw(QStringLiteral("PRODID"),
            QStringLiteral("-//Debrief//Debrief %1//EN").arg(applicationVersion()));
    ics.raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    ics.raw(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    ics.raw(QStringLiteral("METHOD"), how);
    ics.begin(QStringLiteral("VEVENT"));
    ics.raw(QStringLiteral("UID"), interviewUuid.toString(QUuid::WithoutBraces));
    ics.dateTime(QStringLiteral("DTSTAMP"), stamp);
    ics.dateTime(QStringLiteral("DTSTART"), start);
    ics.dateTime(QStringLiteral("DTEND"), end);
    ics.raw(QStringLiteral("SEQUENCE"), QString::number(sequence));
    ics.raw(QStringLiteral("STATUS"),
            cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
    ics.text(QStringLiteral("SUMMARY"), summary());
    // A calendar shows LOCATION prominently; with only a call, that is the link.
    const QString where = location.isEmpty() ? videoLink : location;
    if (!where.isEmpty())
        ics.text(QStringLiteral("LOCATION"), where);
    if (!videoLink.isEmpty())
        ics.raw(QStringLiteral("URL"), videoLink);
    ics.text(QStringLiteral("DESCRIPTION"), description());
    // It names a candidate: not for anyone browsing a shared calendar.
    ics.raw(QStringLiteral("CLASS"), QStringLiteral("CONFIDENTIAL"));
    if (how != u"PUBLISH") {
        ics.raw(QStringLiteral("ORGANIZER"), mailto(organizer),
                {{QStringLiteral("CN"), organizer.name}});
        for (const InvitationPerson& person : panelists) {
            if (!person.canBeInvited())
                continue;
            ics.raw(QStringLiteral("ATTENDEE"), mailto(person),
                    {{QStringLiteral("CN"), person.name},
                     {QStringLiteral("CUTYPE"), QStringLiteral("INDIVIDUAL")},
                     {QStringLiteral("ROLE"), QStringLiteral("REQ-PARTICIPANT")},
                     {QStringLiteral("PARTSTAT"), QStringLiteral("NEEDS-ACTION")},
                     {QStringLiteral("RSVP"),
                      cancelled ? QStringLiteral("FALSE") : QStringLiteral("TRUE")}});
        }
    }
    ics.end(QStringLiteral("VEVENT"));
    ics.end(QStringLiteral("VCALENDAR"));
    return ics.bytes();
}

Status InterviewInvitation::save(const QString& path, const QDateTime& stamp) const {
    return PrivateFile::write(path, toIcs(stamp));
}

QString InterviewInvitation::fileName(const QTimeZone& zone) const {
    return QStringLiteral("interview-%1-%2.ics")
        .arg(interviewId)
        .arg(start.toTimeZone(zone).date().toString(Qt::ISODate));
}

} // namespace debrief
