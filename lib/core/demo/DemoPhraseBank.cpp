#include "DemoPhraseBank.h"

#include "DemoRandom.h"

#include <QLocale>
#include <QStringList>

namespace debrief::demo {
namespace {

QString stageWord(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Applied:
        return QStringLiteral("the application review");
    case PipelineStage::Screen:
        return QStringLiteral("the screening call");
    case PipelineStage::Interview:
        return QStringLiteral("the interviews");
    case PipelineStage::Final:
    case PipelineStage::Offer:
    case PipelineStage::Hired:
        return QStringLiteral("the final round");
    case PipelineStage::Rejected:
    case PipelineStage::Withdrawn:
        break;
    }
    return QStringLiteral("the process");
}

const QStringList& closers(Recommendation recommendation) {
    static const QStringList strongYes = {
        QStringLiteral("Would be disappointed if we lost this candidate."),
        QStringLiteral("Raises the bar for the team; hire."),
    };
    static const QStringList yes = {
        QStringLiteral("Would hire; the gap is something onboarding can cover."),
        QStringLiteral("Leaning yes, with a clear development area."),
    };
    static const QStringList no = {
        QStringLiteral("Not enough evidence for this level yet."),
        QStringLiteral("Good in parts, but below the bar on what matters most here."),
    };
    static const QStringList strongNo = {
        QStringLiteral("Significant gaps against the must-haves."),
        QStringLiteral("Not a fit for this role at this time."),
    };
    switch (recommendation) {
    case Recommendation::StrongYes:
        return strongYes;
    case Recommendation::Yes:
        return yes;
    case Recommendation::No:
        return no;
    case Recommendation::StrongNo:
        break;
    }
    return strongNo;
}

} // namespace

QString DemoPhraseBank::day(const QDate& date) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("dddd d MMMM"));
}

QString DemoPhraseBank::applicationReceived(const QString& source) {
    return QStringLiteral("Application received (%1): CV and cover letter.").arg(source);
}

QString DemoPhraseBank::acknowledgement(const QDate& promised) {
    return QStringLiteral("Thanked them for applying; said we would get back to them by %1.")
        .arg(day(promised));
}

QString DemoPhraseBank::screenInvitation(const QDate& on) {
    return QStringLiteral("Invited to a 30-minute screening call on %1.").arg(day(on));
}

QString DemoPhraseBank::screenHeld(const QDate& promised, DemoRandom& random) {
    static const QStringList openings = {
        QStringLiteral("Screening call held; explained the role, salary band and process."),
        QStringLiteral("Screening call: motivation and notice period discussed."),
    };
    return random.pick(openings) +
           QStringLiteral(" We'll get back to you by %1.").arg(day(promised));
}

QString DemoPhraseBank::interviewInvitation(const QString& round, const QDate& on,
                                            const QDate& promised) {
    QString text = QStringLiteral("Invited to the \"%1\" interview on %2.").arg(round, day(on));
    if (promised.isValid())
        text += QStringLiteral(" Said we would decide by %1.").arg(day(promised));
    return text;
}

QString DemoPhraseBank::interviewThanks(const QString& round, const QDate& promised,
                                        DemoRandom& random) {
    static const QStringList forms = {
        QStringLiteral("Thanked them for the \"%1\" interview; we'll get back to you by %2."),
        QStringLiteral(
            "Follow-up after \"%1\": the panel is meeting; we'll get back to you by %2."),
    };
    return random.pick(forms).arg(round, day(promised));
}

QString DemoPhraseBank::rejection(PipelineStage furthest) {
    return QStringLiteral("Sent a rejection after %1, with thanks for their time.")
        .arg(stageWord(furthest));
}

QString DemoPhraseBank::withdrawal(DemoRandom& random) {
    static const QStringList reasons = {
        QStringLiteral("Withdrew: accepted another offer."),
        QStringLiteral("Withdrew: decided to stay with their current employer."),
        QStringLiteral("Withdrew: relocation did not work out for their family."),
    };
    return random.pick(reasons);
}

QString DemoPhraseBank::offerMade(const QDate& answerBy) {
    return QStringLiteral("Made a verbal offer; written offer sent. Asked for an answer by %1.")
        .arg(day(answerBy));
}

QString DemoPhraseBank::offerAccepted(const QDate& startOn) {
    return QStringLiteral("Accepted the offer; start date agreed for %1.").arg(day(startOn));
}

QString DemoPhraseBank::runnerUpHeld() {
    return QStringLiteral("Told them the panel has made a decision and that we will call "
                          "this week.");
}

QString DemoPhraseBank::takeaways(const QString& strongest, const QString& weakest,
                                  Recommendation recommendation, DemoRandom& random) {
    static const QStringList strengths = {
        QStringLiteral("Clear strength: %1."),
        QStringLiteral("Stood out on %1."),
        QStringLiteral("Most convincing on %1."),
    };
    static const QStringList gaps = {
        QStringLiteral("Less convincing on %1."),
        QStringLiteral("Would want more evidence on %1."),
        QStringLiteral("%1 is the main gap."),
    };
    QStringList parts = {random.pick(strengths).arg(strongest)};
    if (weakest != strongest)
        parts.append(random.pick(gaps).arg(weakest));
    parts.append(random.pick(closers(recommendation)));
    return parts.join(QLatin1Char(' '));
}

QString DemoPhraseBank::refereeRelation(DemoRandom& random) {
    static const QStringList relations = {
        QStringLiteral("Former manager"), QStringLiteral("Current team lead"),
        QStringLiteral("Peer on their last team"), QStringLiteral("Client they supported"),
        QStringLiteral("Former skip-level manager")};
    return random.pick(relations);
}

QString DemoPhraseBank::referenceSummary(DemoRandom& random) {
    static const QStringList summaries = {
        QStringLiteral("Reliable and calm under pressure; would hire again without hesitation."),
        QStringLiteral("Praised their ownership during a difficult migration; the team trusted "
                       "them."),
        QStringLiteral("Positive overall; mentioned they grew a lot in the last year."),
        QStringLiteral("Strong collaborator; always the one to write things down."),
    };
    return random.pick(summaries);
}

QString DemoPhraseBank::applicationNote(DemoRandom& random) {
    static const QStringList notes = {
        QString(),
        QString(),
        QString(),
        QStringLiteral("Notice period: three months."),
        QStringLiteral("Prefers four days a week; said so up front."),
        QStringLiteral("Needs visa sponsorship."),
        QStringLiteral("Returning after a career break; strong earlier experience."),
    };
    return random.pick(notes);
}

} // namespace debrief::demo
