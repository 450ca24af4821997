#include "InterviewScoresPanel.h"

#include "DatabaseSession.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace debrief {
namespace {

using Visibility = VisibleScorecards::Visibility;

/// A label for text a person typed (never read as markup) or, with
/// `format` RichText, for markup built here from escaped parts.
QLabel* wrapped(const QString& text, const QString& objectName = {},
                Qt::TextFormat format = Qt::PlainText) {
    auto* label = new QLabel;
    label->setTextFormat(format);
    label->setText(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* muted(const QString& text, const QString& objectName = {},
              Qt::TextFormat format = Qt::PlainText) {
    QLabel* label = wrapped(text, objectName, format);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// A short message in place of the scorecards.
QLabel* note(const QString& text) {
    QLabel* label = muted(text);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMargin(4);
    return label;
}

QString versionTag(const Rubric& rubric) {
    return InterviewScoresPanel::tr("rubric v%1").arg(rubric.version);
}

} // namespace

InterviewScoresPanel::InterviewScoresPanel(DatabaseSession& session, QWidget* parent)
    : QScrollArea(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("interviewScores"));
    setAccessibleName(tr("Scorecards of the selected interview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    clear();
}

void InterviewScoresPanel::setViewer(std::function<RowId()> viewer) {
    m_viewer = std::move(viewer);
}

Status InterviewScoresPanel::load(RowId applicationId) {
    m_applicationId = applicationId;
    m_viewerId = m_viewer ? m_viewer() : kNoRow;
    m_scores = {};
    if (!m_session.isOpen()) {
        setContent(note(tr("No database is open.")));
        return Error{tr("No database is open.")};
    }
    auto loaded = VisibleScorecards::load(m_session.database(), applicationId,
                                          ScoreViewer::panelist(m_viewerId));
    if (!loaded) {
        setContent(note(tr("Scorecards could not be loaded: %1").arg(loaded.errorMessage())));
        return loaded.error();
    }
    m_scores = *loaded;
    showInterview(-1);
    return {};
}

void InterviewScoresPanel::showInterview(int index) {
    if (index < 0 || index >= m_scores.interviews.size()) {
        setContent(note(m_scores.interviews.isEmpty()
                            ? tr("No interviews yet.")
                            : tr("Select an interview to see its scorecards.")));
        return;
    }
    setContent(buildInterview(m_scores.interviews.at(index)));
}

void InterviewScoresPanel::clear() {
    m_applicationId = kNoRow;
    m_scores = {};
    setContent(new QWidget);
}

void InterviewScoresPanel::setContent(QWidget* content) {
    // The old content goes at once: nothing of a previous viewer's cards may
    // linger in the widget tree after a switch of panelist.
    delete takeWidget();
    content->setObjectName(content->objectName().isEmpty()
                               ? QStringLiteral("interviewScoresContent")
                               : content->objectName());
    setWidget(content);
}

QWidget* InterviewScoresPanel::buildInterview(const VisibleScorecards::InterviewCards& interview) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 6, 4, 6);
    const bool mixed = interview.rubricIds().size() > 1;
    if (QLabel* rubric = buildRubricLine(interview))
        layout->addWidget(rubric);
    if (interview.withheld.any()) {
        // Worded in lib/core: what is hidden, and why, for this viewer.
        QLabel* notice = wrapped(interview.withheld.text(), QStringLiteral("hiddenScoresNotice"));
        notice->setFrameShape(QFrame::StyledPanel);
        notice->setMargin(6);
        layout->addWidget(notice);
    }
    if (interview.interview.isCancelled())
        layout->addWidget(wrapped(tr("This interview was cancelled: nobody owes a scorecard for "
                                     "it."),
                                  QStringLiteral("cancelledInterviewNotice")));
    for (const VisibleScorecards::Seat& seat : interview.seats)
        layout->addWidget(buildSeat(seat, mixed));
    layout->setSpacing(8);
    layout->addStretch(1);
    return content;
}

QLabel*
InterviewScoresPanel::buildRubricLine(const VisibleScorecards::InterviewCards& interview) const {
    const QList<RowId> ids = interview.rubricIds();
    if (ids.isEmpty())
        return nullptr;
    QString text;
    if (ids.size() == 1) {
        const Rubric rubric = m_scores.rubrics.value(ids.first());
        text = tr("Scored against “%1”, version %2").arg(rubric.name).arg(rubric.version);
    } else {
        QStringList versions;
        for (RowId id : ids)
            versions.append(QString::number(m_scores.rubrics.value(id).version));
        text = tr("Scored against different rubric versions (%1): each card says which.")
                   .arg(versions.join(QStringLiteral(", ")));
    }
    return muted(text, QStringLiteral("scoresRubricVersion"));
}

QWidget* InterviewScoresPanel::buildSeat(const VisibleScorecards::Seat& seat,
                                         bool tagVersion) const {
    const bool own = seat.panelistId == m_viewerId;
    const QString name = own ? tr("%1 (you)").arg(seat.panelistName) : seat.panelistName;
    switch (seat.visibility) {
    case Visibility::Shown:
        return buildCard(seat, tagVersion);
    case Visibility::Hidden:
        return muted(tr("<b>%1</b> · submitted, hidden").arg(name.toHtmlEscaped()), {},
                     Qt::RichText);
    case Visibility::NotSubmitted:
        break;
    }
    return muted(own ? tr("<b>%1</b> · not started: press Enter on the interview to score it")
                           .arg(name.toHtmlEscaped())
                     : tr("<b>%1</b> · not submitted yet").arg(name.toHtmlEscaped()),
                 {}, Qt::RichText);
}

QWidget* InterviewScoresPanel::buildCard(const VisibleScorecards::Seat& seat,
                                         bool tagVersion) const {
    const Scorecard& card = *seat.card;
    const Rubric rubric = m_scores.rubrics.value(card.rubricId);
    const bool own = seat.panelistId == m_viewerId;
    QStringList header{
        QStringLiteral("<b>%1</b>")
            .arg(
                (own ? tr("%1 (you)").arg(seat.panelistName) : seat.panelistName).toHtmlEscaped())};
    header.append(card.recommendation ? toLabel(*card.recommendation).toHtmlEscaped()
                                      : tr("no recommendation yet"));
    if (!card.isSubmitted())
        header.append(tr("draft, only you see it"));
    if (tagVersion)
        header.append(versionTag(rubric));

    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("panelistScorecard"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setVerticalSpacing(2);
    // Score first, then the criterion with its evidence beneath: the numbers
    // line up in one column however wide the pane is.
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(10);
    grid->addWidget(wrapped(header.join(QStringLiteral(" · ")), {}, Qt::RichText), 0, 0, 1, 2);
    int row = 1;
    for (const Criterion& criterion : rubric.criteria) {
        const CriterionRating* rating = card.rating(criterion.id);
        const bool scored = rating && rating->score;
        QLabel* score = scored ? wrapped(tr("%1 / %2").arg(*rating->score).arg(criterion.scaleSize))
                               : muted(tr("n/a"));
        score->setToolTip(scored ? QString() : tr("Not assessed"));
        score->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(score, row, 0);
        grid->addWidget(wrapped(criterion.name), row++, 1);
        if (rating && !rating->evidence.trimmed().isEmpty())
            grid->addWidget(muted(rating->evidence.trimmed()), row++, 1);
    }
    if (!card.keyTakeaways.trimmed().isEmpty()) {
        QLabel* takeaways = wrapped(card.keyTakeaways.trimmed());
        QFont italic = takeaways->font();
        italic.setItalic(true);
        takeaways->setFont(italic);
        grid->addWidget(takeaways, row, 0, 1, 2);
    }
    return frame;
}

} // namespace debrief
