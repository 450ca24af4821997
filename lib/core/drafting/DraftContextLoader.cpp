#include "DraftContextLoader.h"

#include "DraftLanguage.h"
#include "RejectionQueue.h"
#include "StrengthFinder.h"
#include "scoring/ApplicationScorecards.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QHash>

namespace debrief {
namespace {

DraftSender senderOf(const Panelist& p) {
    return {p.name.trimmed(), p.role.trimmed(), p.email.trimmed()};
}

bool sameName(const QString& a, const QString& b) {
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

bool reachedFinal(const Application& a) {
    return templateStageFor(a.furthestStage) == TemplateStage::Final;
}

} // namespace

Result<DraftContext> DraftContextLoader::load(RowId applicationId, const DraftLanguage& language,
                                              const QDate& today) {
    DraftContext context;
    context.language = language.code();
    context.today = today;
    auto application = ApplicationRepository(m_db).get(applicationId);
    if (!application)
        return application.error();
    context.application = *application;
    auto candidate = CandidateRepository(m_db).get(application->candidateId);
    if (!candidate)
        return candidate.error();
    context.candidate = *candidate;
    auto opening = OpeningRepository(m_db).get(application->openingId);
    if (!opening)
        return opening.error();
    context.opening = *opening;
    context.stage = templateStageFor(application->furthestStage);

    if (auto done = loadDecision(context); !done)
        return done.error();
    // Who signs depends on the letter, so the sender comes after the decision.
    if (auto done = loadSender(context); !done)
        return done.error();
    if (auto done = loadStrengths(context, language); !done)
        return done.error();
    if (auto done = loadLastInterview(context); !done)
        return done.error();
    if (auto done = loadOtherFinalists(context); !done)
        return done.error();
    return context;
}

Status DraftContextLoader::loadSender(DraftContext& context) {
    auto panelists = PanelistRepository(m_db).list();
    if (!panelists)
        return panelists.error();
    std::optional<DraftSender> manager;
    std::optional<DraftSender> lead;
    for (const Panelist& p : std::as_const(*panelists)) {
        if (!context.opening.hiringManager.trimmed().isEmpty() &&
            sameName(p.name, context.opening.hiringManager))
            manager = senderOf(p);
        for (const PanelMember& seat : context.opening.panel) {
            if (seat.isLead && seat.panelistId == p.id && !lead)
                lead = senderOf(p);
        }
    }
    // A hiring manager who is not a panelist in this file still signs, by name.
    if (!manager && !context.opening.hiringManager.trimmed().isEmpty())
        manager = DraftSender{context.opening.hiringManager.trimmed(), {}, {}};
    // A finalist hears from the hiring manager, not from an assistant.
    const auto& first = context.isFinalist() ? manager : lead;
    const auto& second = context.isFinalist() ? lead : manager;
    context.sender = first.value_or(second.value_or(DraftSender{}));
    return {};
}

Status DraftContextLoader::loadDecision(DraftContext& context) {
    auto decision = DecisionRepository(m_db).forOpening(context.opening.id);
    if (!decision)
        return decision.error();
    if (!decision->has_value())
        return {};
    const Decision& d = **decision;
    for (const DecisionOutcome& outcome : d.outcomes) {
        if (outcome.applicationId == context.application.id)
            context.decisionRole = outcome.role;
    }
    const bool chosen = context.decisionRole == DecisionRole::Chosen;
    if (RejectionQueue::isPendingOffer(context.application, d))
        context.stage = TemplateStage::Offer;
    if (!d.shareDecidingFactor || !context.isFinalist() || chosen)
        return {};
    auto rubrics = RubricRepository(m_db).versionsForOpening(context.opening.id);
    if (!rubrics)
        return rubrics.error();
    QHash<RowId, QString> names;
    for (const Rubric& rubric : std::as_const(*rubrics)) {
        for (const Criterion& c : rubric.criteria)
            names.insert(c.id, c.name.trimmed());
    }
    for (RowId id : d.decidingCriterionIds) {
        const QString name = names.value(id);
        if (!name.isEmpty() && !context.shareableDecidingCriteria.contains(name))
            context.shareableDecidingCriteria.append(name);
    }
    return {};
}

Status DraftContextLoader::loadStrengths(DraftContext& context, const DraftLanguage& language) {
    if (!context.isFinalist())
        return {};
    auto cards = ApplicationScorecards::load(m_db, context.application.id, m_composer,
                                             context.opening.scoresRevealed);
    if (!cards)
        return cards.error();
    context.strengthsWithheld = cards->withheld;
    auto rubrics = RubricRepository(m_db).versionsForOpening(context.opening.id);
    if (!rubrics)
        return rubrics.error();
    context.strengths = StrengthFinder::find(cards->submitted, *rubrics, language);
    return {};
}

Status DraftContextLoader::loadLastInterview(DraftContext& context) {
    auto interviews = InterviewRepository(m_db).forApplication(context.application.id);
    if (!interviews)
        return interviews.error();
    for (const Interview& interview : std::as_const(*interviews)) {
        const QDate day = interview.scheduledAt.date();
        if (day.isValid() && day <= context.today &&
            (!context.lastInterview.isValid() || day > context.lastInterview))
            context.lastInterview = day;
    }
    return {};
}

Status DraftContextLoader::loadOtherFinalists(DraftContext& context) {
    auto applications = ApplicationRepository(m_db).forOpening(context.opening.id);
    if (!applications)
        return applications.error();
    CandidateRepository candidates(m_db);
    for (const Application& other : std::as_const(*applications)) {
        if (other.id == context.application.id || !reachedFinal(other))
            continue;
        auto person = candidates.get(other.candidateId);
        if (!person)
            return person.error();
        context.otherFinalistNames.append(person->fullName);
    }
    return {};
}

} // namespace debrief
