#pragma once

#include "Result.h"
#include "scoring/VisibleScorecards.h"

#include <QScrollArea>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace debrief {

class DatabaseSession;

/// One interview's scorecards in the candidate detail pane, as far as blind
/// scoring lets the panelist who is scoring see them: recommendation, every
/// criterion's score and evidence, and the takeaways for cards they may see;
/// a plain notice, and nothing else, for cards that are hidden from them.
class InterviewScoresPanel : public QScrollArea {
    Q_OBJECT

public:
    explicit InterviewScoresPanel(DatabaseSession& session, QWidget* parent = nullptr);

    /// Who is looking, asked on every load so a switch of panelist is never
    /// missed. Without one nobody on the panel is looking: the cards show once
    /// every seat has submitted or the lead reveals them (BlindScoringPolicy).
    void setViewer(std::function<RowId()> viewer);
    /// Loads what the viewer may see of the application; shows nothing yet.
    Status load(RowId applicationId);
    /// Shows the interview at `index` of the application's interviews.
    void showInterview(int index);
    void clear();

    RowId applicationId() const { return m_applicationId; }

private:
    void setContent(QWidget* content);
    QWidget* buildInterview(const VisibleScorecards::InterviewCards& interview);
    QLabel* buildRubricLine(const VisibleScorecards::InterviewCards& interview) const;
    QWidget* buildSeat(const VisibleScorecards::Seat& seat, bool tagVersion) const;
    QWidget* buildCard(const VisibleScorecards::Seat& seat, bool tagVersion) const;

    DatabaseSession& m_session;
    std::function<RowId()> m_viewer;
    RowId m_applicationId = kNoRow;
    RowId m_viewerId = kNoRow;
    VisibleScorecards m_scores;
};

} // namespace debrief
