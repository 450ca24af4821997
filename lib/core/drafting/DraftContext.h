#pragma once

#include "StrengthSuggestion.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Decision.h"
#include "domain/MessageTemplate.h"
#include "domain/Opening.h"
#include "scoring/WithheldScorecards.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

/// Who signs a rejection.
struct DraftSender {
    QString name;
    QString role;
    QString email;

    friend bool operator==(const DraftSender&, const DraftSender&) = default;
};

/// Everything a rejection for one application may draw on, loaded from the
/// database by DraftContextLoader. Only DraftComposer turns it into template
/// values, so what a template can reach is decided in one place.
struct DEBRIEF_CORE_EXPORT DraftContext {
    /// Base language code of the draft ("en").
    QString language;
    QDate today;
    Application application;
    Candidate candidate;
    Opening opening;
    /// The template that fits the furthest stage the candidate reached, or
    /// Offer for a chosen candidate whose offer is pending.
    TemplateStage stage = TemplateStage::Application;
    /// The hiring manager for a finalist, else the panel lead.
    DraftSender sender;
    /// What the decision record says about this application; std::nullopt
    /// before the decision or when it does not name the application.
    std::optional<DecisionRole> decisionRole;
    /// The deciding criteria's names, only when the decision allows sharing
    /// them and the candidate is a finalist who was not chosen.
    QStringList shareableDecidingCriteria;
    /// For finalists: their strongest criteria (StrengthFinder), from the
    /// scorecards the composer may see.
    QList<StrengthSuggestion> strengths;
    /// The scorecards blind scoring kept out of the strengths, and why.
    WithheldScorecards strengthsWithheld;
    /// The day of the last interview held on or before today (may be invalid).
    QDate lastInterview;
    /// The other finalists' full names, for the tone check's disclosure
    /// rule: none of them may appear in this candidate's message.
    QStringList otherFinalistNames;

    /// Reached the final round: a finalist not chosen, or the chosen
    /// candidate whose offer letter this is.
    bool isFinalist() const {
        return stage == TemplateStage::Final || stage == TemplateStage::Offer;
    }
    /// The letter is an offer, not a rejection.
    bool isOffer() const { return stage == TemplateStage::Offer; }
    /// The preferred name, else the first word of the full name.
    QString firstName() const;
    /// Whether a strength is offered ticked. Not when it is also the shared
    /// deciding factor: praising a criterion and then naming it as what
    /// decided against the candidate reads as a contradiction.
    bool offersByDefault(const StrengthSuggestion& strength) const;
};

/// What the sender decides on top of the context.
struct DraftOptions {
    /// Offer a call about the decision. Default: for finalists and
    /// interviewed candidates, who have something to talk about.
    std::optional<bool> feedbackOffered;
    /// The strength sentences as the sender accepted or edited them, in
    /// order; default: every suggestion as offered.
    std::optional<QStringList> strengthSentences;
    /// Someone else signs; default: the context's sender.
    std::optional<DraftSender> sender;
};

} // namespace debrief
