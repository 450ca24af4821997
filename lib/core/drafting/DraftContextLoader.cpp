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

/// What every draft of one opening draws on alike.
struct DraftContextLoader::OpeningFacts {
    Opening opening;
    std::optional<Decision> decision;
    /// The names of the decision's deciding criteria, in its order, for
    /// the letters that may share them.
    QStringList decidingCriteria;
    QList<Rubric> rubrics;
    std::optional<DraftSender> manager;
    std::optional<DraftSender> lead;
    /// Everyone who reached the final round, in ApplicationRepository's
    /// order: application id and full name.
    QList<std::pair<RowId, QString>> finalists;
};

DraftContextLoader::DraftContextLoader(Database& db, ScoreViewer composer)
    : m_db(db)
    , m_composer(std::move(composer)) {
}

DraftContextLoader::~DraftContextLoader() = default;

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
    auto facts = openingFacts(application->openingId);
    if (!facts)
        return facts.error();
    context.opening = (*facts)->opening;
    context.stage = templateStageFor(application->furthestStage);

    setDecision(context, **facts);
    // Who signs depends on the letter, so the sender comes after the decision.
    setSender(context, **facts);
    if (auto done = loadStrengths(context, **facts, language); !done)
        return done.error();
    if (auto done = loadLastInterview(context); !done)
        return done.error();
    setOtherFinalists(context, **facts);
    return context;
}

Result<const DraftContextLoader::OpeningFacts*> DraftContextLoader::openingFacts(RowId openingId) {
    if (m_facts && m_facts->opening.id == openingId)
        return m_facts.get();
    auto facts = std::make_unique<OpeningFacts>();
    auto opening = OpeningRepository(m_db).get(openingId);
    if (!opening)
        return opening.error();
    facts->opening = *opening;
    auto decision = DecisionRepository(m_db).forOpening(openingId);
    if (!decision)
        return decision.error();
    facts->decision = *decision;
    auto rubrics = RubricRepository(m_db).versionsForOpening(openingId);
    if (!rubrics)
        return rubrics.error();
    facts->rubrics = *rubrics;
    if (facts->decision) {
        QHash<RowId, QString> names;
        for (const Rubric& rubric : std::as_const(facts->rubrics)) {
            for (const Criterion& c : rubric.criteria)
                names.insert(c.id, c.name.trimmed());
        }
        for (RowId id : std::as_const(facts->decision->decidingCriterionIds)) {
            const QString name = names.value(id);
            if (!name.isEmpty() && !facts->decidingCriteria.contains(name))
                facts->decidingCriteria.append(name);
        }
    }

    auto panelists = PanelistRepository(m_db).list();
    if (!panelists)
        return panelists.error();
    const QString hiringManager = facts->opening.hiringManager.trimmed();
    for (const Panelist& p : std::as_const(*panelists)) {
        if (!hiringManager.isEmpty() && sameName(p.name, hiringManager))
            facts->manager = senderOf(p);
        for (const PanelMember& seat : std::as_const(facts->opening.panel)) {
            if (seat.isLead && seat.panelistId == p.id && !facts->lead)
                facts->lead = senderOf(p);
        }
    }
    // A hiring manager who is not a panelist in this file still signs, by name.
    if (!facts->manager && !hiringManager.isEmpty())
        facts->manager = DraftSender{hiringManager, {}, {}};

    auto applications = ApplicationRepository(m_db).forOpening(openingId);
    if (!applications)
        return applications.error();
    CandidateRepository candidates(m_db);
    for (const Application& a : std::as_const(*applications)) {
        if (!reachedFinal(a))
            continue;
        auto person = candidates.get(a.candidateId);
        if (!person)
            return person.error();
        facts->finalists.append({a.id, person->fullName});
    }
    m_facts = std::move(facts);
    return m_facts.get();
}

void DraftContextLoader::setSender(DraftContext& context, const OpeningFacts& facts) {
    // A finalist hears from the hiring manager, not from an assistant.
    const auto& first = context.isFinalist() ? facts.manager : facts.lead;
    const auto& second = context.isFinalist() ? facts.lead : facts.manager;
    context.sender = first.value_or(second.value_or(DraftSender{}));
}

void DraftContextLoader::setDecision(DraftContext& context, const OpeningFacts& facts) {
    if (!facts.decision)
        return;
    const Decision& d = *facts.decision;
    for (const DecisionOutcome& outcome : d.outcomes) {
        if (outcome.applicationId == context.application.id)
            context.decisionRole = outcome.role;
    }
    const bool chosen = context.decisionRole == DecisionRole::Chosen;
    if (RejectionQueue::isPendingOffer(context.application, d))
        context.stage = TemplateStage::Offer;
    if (!d.shareDecidingFactor || !context.isFinalist() || chosen)
        return;
    context.shareableDecidingCriteria = facts.decidingCriteria;
}

Status DraftContextLoader::loadStrengths(DraftContext& context, const OpeningFacts& facts,
                                         const DraftLanguage& language) {
    if (!context.isFinalist())
        return {};
    auto cards = ApplicationScorecards::load(m_db, context.application.id, m_composer,
                                             context.opening.scoresRevealed);
    if (!cards)
        return cards.error();
    context.strengthsWithheld = cards->withheld;
    context.strengths = StrengthFinder::find(cards->submitted, facts.rubrics, language);
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

void DraftContextLoader::setOtherFinalists(DraftContext& context, const OpeningFacts& facts) {
    for (const auto& [applicationId, name] : facts.finalists) {
        if (applicationId != context.application.id)
            context.otherFinalistNames.append(name);
    }
}

} // namespace debrief
