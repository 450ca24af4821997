#include "ComparisonInput.h"

#include "AnalyticsText.h"
#include "scoring/ApplicationScorecards.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QHash>

#include <algorithm>

namespace debrief {

namespace {

/// One finalist's application with the scorecards that count: the
/// submitted ones the viewer may see, and what is hidden from them.
struct FinalistCards {
    Application application;
    QList<Scorecard> submitted;
    WithheldScorecards withheld;
};

/// Maps every criterion id of every rubric version to its position in the
/// current version: by id there, by name and scale in older versions.
QHash<RowId, int> criterionPositions(const Rubric& current, const QList<Rubric>& versions) {
    QHash<QString, int> byName;
    QHash<RowId, int> positions;
    for (qsizetype i = 0; i < current.criteria.size(); ++i) {
        const Criterion& c = current.criteria.at(i);
        byName.insert(c.name.trimmed().toCaseFolded() + QLatin1Char('/') +
                          QString::number(c.scaleSize),
                      int(i));
        positions.insert(c.id, int(i));
    }
    for (const Rubric& version : versions) {
        for (const Criterion& c : version.criteria) {
            const QString key =
                c.name.trimmed().toCaseFolded() + QLatin1Char('/') + QString::number(c.scaleSize);
            if (!positions.contains(c.id) && byName.contains(key))
                positions.insert(c.id, byName.value(key));
        }
    }
    return positions;
}

Result<QList<Application>> chooseApplications(Database& db, RowId openingId,
                                              const QList<RowId>& applicationIds) {
    ApplicationRepository repository(db);
    QList<Application> chosen;
    if (applicationIds.isEmpty()) {
        auto all = repository.forOpening(openingId);
        if (!all)
            return all.error();
        for (const Application& a : *all) {
            if (ComparisonInput::isComparedByDefault(a.stage))
                chosen.append(a);
        }
        return chosen;
    }
    // Read only the chosen ones: a candidate packet asks for one application
    // of an opening that may hold thousands.
    for (RowId id : applicationIds) {
        auto found = repository.get(id);
        if (!found || found->openingId != openingId)
            return Error{
                ComparisonInput::tr("Application %1 does not belong to this opening.").arg(id)};
        chosen.append(*found);
    }
    return chosen;
}

/// The panel's seat order first, then anyone else by id.
Result<QList<Panelist>> panelistsOf(Database& db, RowId openingId, const QList<RowId>& scorers) {
    PanelistRepository repository(db);
    auto seated = repository.forOpening(openingId);
    if (!seated)
        return seated.error();
    QList<Panelist> panel;
    QList<RowId> remaining = scorers;
    for (const Panelist& p : *seated) {
        if (remaining.removeAll(p.id) > 0)
            panel.append(p);
    }
    std::sort(remaining.begin(), remaining.end());
    for (RowId id : remaining) {
        auto p = repository.get(id);
        if (!p)
            return p.error();
        panel.append(*p);
    }
    return panel;
}

/// The submitted cards of each application the viewer may see, oldest
/// submission first so that later ones overwrite earlier ones; applications
/// without any submitted card (seen or hidden) are dropped unless
/// `keepEmpty`. Counts the drafts of those kept.
Result<QList<FinalistCards>> readCards(Database& db, const QList<Application>& applications,
                                       const ScoreViewer& viewer, bool revealed, bool keepEmpty,
                                       int& drafts) {
    QList<FinalistCards> chosen;
    for (const Application& application : applications) {
        auto cards = ApplicationScorecards::load(db, application.id, viewer, revealed);
        if (!cards)
            return cards.error();
        FinalistCards finalist{application, cards->submitted, cards->withheld};
        if (finalist.withheld.submitted == 0 && !keepEmpty)
            continue;
        drafts += cards->drafts;
        std::stable_sort(
            finalist.submitted.begin(), finalist.submitted.end(),
            [](const Scorecard& a, const Scorecard& b) { return a.submittedAt < b.submittedAt; });
        chosen.append(finalist);
    }
    return chosen;
}

/// Everyone who submitted a card on a finalist, in order of appearance.
QList<RowId> scorersOf(const QList<FinalistCards>& chosen) {
    QList<RowId> scorers;
    for (const FinalistCards& finalist : chosen) {
        for (const Scorecard& card : finalist.submitted) {
            if (!scorers.contains(card.panelistId))
                scorers.append(card.panelistId);
        }
    }
    return scorers;
}

Result<QList<Finalist>> finalistsOf(Database& db, const QList<FinalistCards>& chosen) {
    CandidateRepository candidates(db);
    QList<Finalist> finalists;
    for (const FinalistCards& f : chosen) {
        auto candidate = candidates.get(f.application.candidateId);
        if (!candidate)
            return candidate.error();
        finalists.append({f.application.id, candidate->id, candidate->fullName});
    }
    return finalists;
}

} // namespace

bool ComparisonInput::isComparedByDefault(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Interview:
    case PipelineStage::Final:
    case PipelineStage::Offer:
    case PipelineStage::Hired:
        return true;
    case PipelineStage::Applied:
    case PipelineStage::Screen:
    case PipelineStage::Rejected:
    case PipelineStage::Withdrawn:
        break;
    }
    return false;
}

Result<ComparisonInput> ComparisonInput::load(Database& db, RowId openingId,
                                              const ScoreViewer& viewer,
                                              const FinalistSet& finalists) {
    const QList<RowId>& applicationIds = finalists.applicationIds;
    auto opening = OpeningRepository(db).get(openingId);
    if (!opening)
        return opening.error();
    RubricRepository rubrics(db);
    auto current = rubrics.currentForOpening(openingId);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error{tr("The opening has no rubric yet, so there are no scores to compare.")};
    const Rubric& rubric = **current;
    // Files written before weights were bounded may hold any number; a
    // total over them would print "nan" in every view and report.
    for (const Criterion& criterion : rubric.criteria) {
        if (!Criterion::isValidWeight(criterion.weight)) {
            return Error{tr("The rubric gives “%1” the weight %2, but a weight must be from 0 to "
                            "%3; correct it in the rubric (Opening › Edit Rubric…) to compare.")
                             .arg(criterion.name)
                             .arg(criterion.weight)
                             .arg(Criterion::kMaxWeight)};
        }
    }
    auto versions = rubrics.versionsForOpening(openingId);
    if (!versions)
        return versions.error();
    auto applications = chooseApplications(db, openingId, applicationIds);
    if (!applications)
        return applications.error();

    ComparisonInput input;
    input.rubricId = rubric.id;
    input.viewer = viewer;
    input.finalists = finalists;
    // Explicitly chosen finalists stay even without a submitted card.
    auto chosen = readCards(db, *applications, viewer, opening->scoresRevealed,
                            !applicationIds.isEmpty(), input.draftScorecards);
    if (!chosen)
        return chosen.error();
    for (const FinalistCards& finalist : std::as_const(*chosen))
        input.withheld.append(finalist.withheld);
    auto panel = panelistsOf(db, openingId, scorersOf(*chosen));
    if (!panel)
        return panel.error();
    auto named = finalistsOf(db, *chosen);
    if (!named)
        return named.error();
    input.matrix = RatingMatrix(rubric.criteria, *named, *panel);

    const QHash<RowId, int> positions = criterionPositions(rubric, *versions);
    QHash<RowId, int> seat;
    for (qsizetype i = 0; i < panel->size(); ++i)
        seat.insert(panel->at(i).id, int(i));
    for (qsizetype f = 0; f < chosen->size(); ++f) {
        for (const Scorecard& card : chosen->at(f).submitted)
            input.addCard(int(f), seat.value(card.panelistId), card, positions);
    }
    return input;
}

void ComparisonInput::addCard(int finalist, int panelist, const Scorecard& card,
                              const QHash<RowId, int>& positions) {
    ++submittedScorecards;
    matrix.addScorecard(finalist, panelist);
    if (card.recommendation)
        matrix.setRecommendation(finalist, panelist, card.recommendation);
    for (const CriterionRating& rating : card.ratings) {
        if (!rating.score)
            continue;
        const int c = positions.value(rating.criterionId, -1);
        const bool scoredBefore = c >= 0 && matrix.score(finalist, panelist, c).has_value();
        // A score outside the current scale cannot be compared either.
        if (c < 0 || !matrix.setScore(finalist, panelist, c, rating.score)) {
            ++unmatchedRatings;
            continue;
        }
        if (scoredBefore)
            ++supersededRatings;
    }
}

QString ComparisonInput::summary() const {
    QString text =
        tr("%1 and %2 from %3 submitted; drafts ignored: %4; scores on criteria no longer in "
           "the rubric left out: %5; scores replaced by a later one: %6.")
            .arg(AnalyticsText::finalists(matrix.finalistCount()),
                 AnalyticsText::panelists(matrix.panelistCount()),
                 AnalyticsText::scorecards(submittedScorecards), QString::number(draftScorecards),
                 QString::number(unmatchedRatings), QString::number(supersededRatings));
    if (const int hidden = withheldScorecards(); hidden > 0)
        text += QLatin1Char(' ') +
                tr("Hidden by blind scoring: %1.").arg(AnalyticsText::scorecards(hidden));
    return text;
}

int ComparisonInput::withheldScorecards() const {
    int hidden = 0;
    for (const WithheldScorecards& w : withheld)
        hidden += w.hidden;
    return hidden;
}

int ComparisonInput::scoredFinalists() const {
    int scored = 0;
    for (int f = 0; f < matrix.finalistCount(); ++f) {
        bool seen = false;
        for (int p = 0; p < matrix.panelistCount() && !seen; ++p)
            seen = matrix.hasScorecard(f, p);
        if (seen || (f < withheld.size() && withheld.at(f).any()))
            ++scored;
    }
    return scored;
}

QStringList ComparisonInput::withheldNotes() const {
    QList<int> all;
    for (int f = 0; f < matrix.finalistCount(); ++f)
        all.append(f);
    return withheldNotes(all);
}

QStringList ComparisonInput::withheldNotes(const QList<int>& shown) const {
    QStringList notes;
    for (int f : shown) {
        if (f >= 0 && f < withheld.size() && withheld.at(f).any())
            notes.append(withheld.at(f).text(matrix.finalists().at(f).name));
    }
    return notes;
}

} // namespace debrief
