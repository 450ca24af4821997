#include "ColleagueScorecards.h"

#include "scoring/VisibleScorecards.h"

namespace debrief {
namespace {

QString scoreSummary(const Scorecard& card, const Rubric& rubric) {
    QStringList parts;
    for (const Criterion& criterion : rubric.criteria) {
        const CriterionRating* rating = card.rating(criterion.id);
        if (!rating)
            continue;
        const QString score =
            rating->score ? QString::number(*rating->score) : ColleagueScorecards::tr("n/a");
        QString part = QStringLiteral("%1: %2").arg(criterion.name, score);
        if (!rating->evidence.isEmpty())
            part += QStringLiteral(" — ") + rating->evidence;
        parts.append(part.toHtmlEscaped());
    }
    return parts.join(QStringLiteral("<br>"));
}

QString cardText(const VisibleScorecards::Seat& seat, const Rubric& rubric) {
    const Scorecard& card = *seat.card;
    const QString recommendation = card.recommendation
                                       ? toLabel(*card.recommendation)
                                       : ColleagueScorecards::tr("no recommendation");
    QString text = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(seat.panelistName.toHtmlEscaped(), recommendation.toHtmlEscaped(),
                            scoreSummary(card, rubric));
    if (!card.keyTakeaways.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(card.keyTakeaways.toHtmlEscaped());
    return text;
}

} // namespace

ColleagueScorecards::ColleagueScorecards(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("colleagueScorecards"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
}

void ColleagueScorecards::showFor(Database& db, const Scorecard& own, RowId applicationId) {
    auto visible =
        VisibleScorecards::load(db, applicationId, ScoreViewer::panelist(own.panelistId));
    if (!visible) {
        setText(tr("Colleagues’ scorecards could not be loaded."));
        return;
    }
    QStringList shown;
    QString hidden;
    for (const VisibleScorecards::InterviewCards& interview : std::as_const(visible->interviews)) {
        if (interview.interview.id != own.interviewId)
            continue;
        hidden = interview.withheld.text().toHtmlEscaped();
        for (const VisibleScorecards::Seat& seat : interview.seats) {
            if (seat.card && seat.panelistId != own.panelistId && seat.card->isSubmitted())
                shown.append(cardText(seat, visible->rubrics.value(seat.card->rubricId)));
        }
    }
    if (!hidden.isEmpty())
        shown.append(hidden);
    if (shown.isEmpty())
        shown.append(tr("No colleague has submitted a scorecard yet."));
    setText(shown.join(QStringLiteral("<br><br>")));
}

} // namespace debrief
