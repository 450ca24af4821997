#include "DemoApplicationWriter.h"

#include "DemoContext.h"
#include "DemoOpeningWriter.h"
#include "DemoPhraseBank.h"
#include "DemoScorecardWriter.h"
#include "domain/Reference.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/ReferenceRepository.h"

#include <algorithm>

namespace debrief::demo {
namespace {

using Channel = CommunicationChannel;
using Direction = CommunicationDirection;

/// A working day `daysAhead` before the event, but never before the
/// application arrived.
QDate invitationDay(const DemoTimeline& t, const QDate& event, int daysAhead) {
    return std::max(DemoTimeline::workdayOnOrBefore(event.addDays(-daysAhead)), t.appliedOn);
}

bool reached(PipelineStage furthest, PipelineStage stage) {
    return int(furthest) >= int(stage);
}

} // namespace

Result<DemoWrittenApplication> DemoApplicationWriter::write(const DemoApplicantPlan& plan) {
    DemoWrittenApplication written;
    const QDate opened = m_opening.opening.createdAt.date();
    written.timeline = plan.timeline
                           ? *plan.timeline
                           : DemoTimeline::plan(plan.stage, plan.furthest, plan.roundsDone, opened,
                                                m_opening.activityEnd, m_context.random);
    if (!plan.timeline && !plan.lightweight && plan.stage == PipelineStage::Interview &&
        m_opening.opening.status == OpeningStatus::Open &&
        plan.roundsDone < m_opening.roundIds.size() && m_context.random.chance(0.5)) {
        // The next round is already booked; the answer comes after it.
        DemoTimeline& t = written.timeline;
        t.nextRoundOn =
            DemoTimeline::workdayOnOrAfter(m_context.today.addDays(m_context.random.between(2, 6)));
        t.promised = DemoTimeline::workdayOnOrAfter(
            t.nextRoundOn.addDays(DemoTimeline::promiseGap(PipelineStage::Final)));
    }
    auto candidate = writeCandidate(plan, written.timeline);
    if (!candidate)
        return candidate.error();

    Application& a = written.application;
    a.uuid = m_context.random.uuid();
    a.candidateId = candidate->id;
    a.openingId = m_opening.opening.id;
    a.stage = plan.stage;
    a.furthestStage = plan.furthest;
    a.appliedOn = written.timeline.appliedOn;
    a.promisedResponseDate = written.timeline.promised;
    a.talentPool = plan.talentPool;
    a.notes = plan.lightweight ? QString() : DemoPhraseBank::applicationNote(m_context.random);
    a.updatedAt = DemoContext::at(written.timeline.lastActivity, 16, 10);
    if (auto done = ApplicationRepository(m_context.db).insert(a); !done)
        return done.error();
    ++m_context.summary.applications;

    if (auto done = writeInterviews(plan, written); !done)
        return done.error();
    if (auto done = writeCommunications(plan, candidate->source, written); !done)
        return done.error();
    if (auto done = writeReferences(plan, written); !done)
        return done.error();
    return written;
}

Result<Candidate> DemoApplicationWriter::writeCandidate(const DemoApplicantPlan& plan,
                                                        const DemoTimeline& timeline) {
    const DemoPerson person =
        plan.person ? *plan.person : m_context.people.candidate(m_context.random, plan.serial);
    Candidate c;
    c.uuid = m_context.random.uuid();
    c.fullName = person.fullName;
    c.preferredName = person.preferredName;
    c.email = person.email;
    c.phone = person.phone;
    c.location = person.location;
    c.source = m_context.people.source(m_context.random);
    // Drawn one by one: the order in which a compiler evaluates arguments is
    // unspecified, and the same seed must give the same demo with any of
    // them. The minute first keeps the data GCC's builds always wrote.
    const int minute = m_context.random.between(0, 59);
    const int hour = m_context.random.between(7, 22);
    c.createdAt = DemoContext::at(timeline.appliedOn, hour, minute);
    if (auto done = CandidateRepository(m_context.db).insert(c); !done)
        return done.error();
    ++m_context.summary.candidates;
    return c;
}

QList<RowId> DemoApplicationWriter::drawPanel(int size) {
    QList<RowId> panel = m_opening.panelistIds;
    m_context.random.shuffle(panel);
    return panel.mid(0, std::min<qsizetype>(size, panel.size()));
}

bool DemoApplicationWriter::isDraft(const DemoApplicantPlan& plan, const QDate& day,
                                    bool lastSeat) {
    // Only candidates still being interviewed wait for cards. After a recent
    // interview the last panelist has usually not submitted yet; that is
    // near-certain to happen somewhere, so every demo shows drafts.
    if (plan.stage != PipelineStage::Interview)
        return false;
    const bool recent = day.daysTo(m_context.today) <= 7;
    return (recent && lastSeat) || m_context.random.chance(0.08);
}

Status DemoApplicationWriter::writeInterviews(const DemoApplicantPlan& plan,
                                              DemoWrittenApplication& written) {
    QMap<QString, double> ability;
    for (const QString& key : m_opening.allCriterionKeys())
        ability.insert(key, plan.ability + m_context.random.real(-0.18, 0.18));
    const DemoTimeline& t = written.timeline;
    for (int round = 0; round < t.roundDates.size(); ++round) {
        if (auto done = writeInterview(plan, round, t.roundDates.at(round), ability, written);
            !done)
            return done;
    }
    if (t.nextRoundOn.isValid() && t.roundDates.size() < m_opening.roundIds.size()) {
        // Booked but not yet held: no scorecards.
        DemoApplicantPlan unscored = plan;
        unscored.scoreInterviews = false;
        return writeInterview(unscored, int(t.roundDates.size()), t.nextRoundOn, ability, written);
    }
    return {};
}

Status DemoApplicationWriter::writeInterview(const DemoApplicantPlan& plan, int round,
                                             const QDate& day, const QMap<QString, double>& ability,
                                             DemoWrittenApplication& written) {
    static const QStringList places = {QStringLiteral("Video call"), QStringLiteral("Video call"),
                                       QStringLiteral("Office, room Lovelace"),
                                       QStringLiteral("Office, room Hopper")};
    Interview interview;
    interview.uuid = m_context.random.uuid();
    interview.applicationId = written.application.id;
    interview.roundId = m_opening.roundIds.at(round);
    interview.scheduledAt = DemoContext::at(day, m_context.random.pick(QList<int>{9, 10, 13, 15}));
    interview.durationMinutes = m_opening.scenario->rounds.at(round).minutes;
    interview.location = m_context.random.pick(places);
    interview.panelistIds = round < plan.roundPanels.size()
                                ? plan.roundPanels.at(round)
                                : drawPanel(plan.lightweight ? 1 : m_context.random.between(2, 3));
    if (auto done = InterviewRepository(m_context.db).insert(interview); !done)
        return done;
    ++m_context.summary.interviews;
    written.interviews.append(interview);
    if (!plan.scoreInterviews)
        return {};
    DemoScorecardWriter cards(m_context, m_opening);
    for (const RowId panelist : interview.panelistIds) {
        const auto ratings = cards.drawScores(round, day, panelist, ability);
        const bool draft = isDraft(plan, day, panelist == interview.panelistIds.constLast());
        if (auto done = cards.write(interview, panelist, ratings, !draft); !done)
            return done;
    }
    return {};
}

Status DemoApplicationWriter::log(RowId applicationId, const QDate& day, int hour,
                                  CommunicationChannel channel, CommunicationDirection direction,
                                  const QString& summary, const QDate& promised) {
    CommunicationEntry entry;
    entry.uuid = m_context.random.uuid();
    entry.applicationId = applicationId;
    entry.occurredAt =
        DemoContext::at(std::min(day, m_context.today), hour, m_context.random.between(0, 59));
    entry.channel = channel;
    entry.direction = direction;
    entry.summary = summary;
    entry.nextPromisedDate = promised;
    entry.author = direction == Direction::Outbound ? m_opening.recruiterName : QString();
    if (auto done = CommunicationRepository(m_context.db).insert(entry); !done)
        return done;
    ++m_context.summary.communications;
    return {};
}

Status DemoApplicationWriter::writeCommunications(const DemoApplicantPlan& plan,
                                                  const QString& source,
                                                  const DemoWrittenApplication& written) {
    const RowId id = written.application.id;
    const DemoTimeline& t = written.timeline;
    const QDate ackPromise = DemoTimeline::workdayOnOrAfter(
        t.appliedOn.addDays(DemoTimeline::promiseGap(PipelineStage::Applied)));
    if (plan.lightweight) {
        // Scale mode: one entry instead of two keeps 20,000 applicants fast.
        return log(id, t.appliedOn, 8, Channel::Email, Direction::Inbound,
                   DemoPhraseBank::applicationReceived(source) + QLatin1Char(' ') +
                       DemoPhraseBank::acknowledgement(ackPromise),
                   ackPromise);
    }
    if (auto done = log(id, t.appliedOn, 8, Channel::Email, Direction::Inbound,
                        DemoPhraseBank::applicationReceived(source));
        !done)
        return done;
    if (auto done = log(id, t.appliedOn.addDays(1), 11, Channel::Email, Direction::Outbound,
                        DemoPhraseBank::acknowledgement(ackPromise), ackPromise);
        !done)
        return done;
    if (t.screenOn.isValid()) {
        const QDate promise = DemoTimeline::workdayOnOrAfter(
            t.screenOn.addDays(DemoTimeline::promiseGap(PipelineStage::Screen)));
        const auto invite = log(id, invitationDay(t, t.screenOn, 2), 10, Channel::Email,
                                Direction::Outbound, DemoPhraseBank::screenInvitation(t.screenOn));
        if (!invite)
            return invite;
        if (auto done = log(id, t.screenOn, 14, Channel::Phone, Direction::Outbound,
                            DemoPhraseBank::screenHeld(promise, m_context.random), promise);
            !done)
            return done;
    }
    for (int i = 0; i < t.roundDates.size(); ++i) {
        const QString name = m_opening.scenario->rounds.at(i).name;
        if (auto done = log(id, invitationDay(t, t.roundDates.at(i), 4), 9, Channel::Email,
                            Direction::Outbound,
                            DemoPhraseBank::interviewInvitation(name, t.roundDates.at(i)));
            !done)
            return done;
    }
    if (auto done = writeClosingMessages(plan, written); !done)
        return done;
    if (!t.nextRoundOn.isValid())
        return {};
    const QString next = m_opening.scenario->rounds.at(t.roundDates.size()).name;
    return log(id, invitationDay(t, t.nextRoundOn, 3), 9, Channel::Email, Direction::Outbound,
               DemoPhraseBank::interviewInvitation(next, t.nextRoundOn, t.promised), t.promised);
}

Status DemoApplicationWriter::writeClosingMessages(const DemoApplicantPlan& plan,
                                                   const DemoWrittenApplication& written) {
    const RowId id = written.application.id;
    const DemoTimeline& t = written.timeline;
    if (!t.roundDates.isEmpty() && reached(plan.stage, PipelineStage::Interview) &&
        !isTerminal(plan.stage) && plan.stage != PipelineStage::Offer) {
        const QString name = m_opening.scenario->rounds.at(t.roundDates.size() - 1).name;
        const QDate promise = t.nextRoundOn.isValid()
                                  ? DemoTimeline::workdayOnOrAfter(t.lastActivity.addDays(
                                        DemoTimeline::promiseGap(plan.stage)))
                                  : t.promised;
        return log(id, t.lastActivity, 17, Channel::Email, Direction::Outbound,
                   DemoPhraseBank::interviewThanks(name, promise, m_context.random), promise);
    }
    switch (plan.stage) {
    case PipelineStage::Offer:
        return log(id, t.lastActivity, 16, Channel::Phone, Direction::Outbound,
                   DemoPhraseBank::offerMade(t.promised), t.promised);
    case PipelineStage::Rejected:
        return log(id, t.lastActivity.addDays(1), 10, Channel::Email, Direction::Outbound,
                   DemoPhraseBank::rejection(plan.furthest));
    case PipelineStage::Withdrawn:
        return log(id, t.lastActivity, 12, Channel::Email, Direction::Inbound,
                   DemoPhraseBank::withdrawal(m_context.random));
    default:
        return {};
    }
}

Status DemoApplicationWriter::writeReferences(const DemoApplicantPlan& plan,
                                              const DemoWrittenApplication& written) {
    // Referees are asked for finalists only: asking costs the candidate goodwill.
    if (plan.lightweight || !reached(plan.furthest, PipelineStage::Final) ||
        plan.furthest == PipelineStage::Rejected || plan.furthest == PipelineStage::Withdrawn)
        return {};
    for (int i = 0; i < 2; ++i) {
        Reference r;
        r.uuid = m_context.random.uuid();
        r.applicationId = written.application.id;
        const QString name = m_context.people.anyName(m_context.random);
        r.name = name;
        r.relation = DemoPhraseBank::refereeRelation(m_context.random);
        r.contact = DemoPeopleBank::emailFor(name.section(QLatin1Char(' '), 0, 0),
                                             name.section(QLatin1Char(' '), 1),
                                             QStringLiteral("example.org"));
        r.contactedOn = std::min(written.timeline.lastActivity.addDays(1 + i), m_context.today);
        const bool concern = i == 1 && !plan.referenceConcern.isEmpty();
        r.concern = concern;
        r.summary =
            concern ? plan.referenceConcern : DemoPhraseBank::referenceSummary(m_context.random);
        if (auto done = ReferenceRepository(m_context.db).insert(r); !done)
            return done;
        ++m_context.summary.references;
    }
    return {};
}

} // namespace debrief::demo
