#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace debrief {

class ApplicationEditor;
struct CandidateDetails;
class CommunicationLogPanel;
class DatabaseSession;
class PipelineCommands;
class ReferenceListEditor;
class InterviewListPanel;
class InterviewScoresPanel;

/// Everything about one candidate's application in one opening: contact,
/// stage, dates, notes, interviews, references and the communication log.
/// Stage, promised date, notes and references are edited by the pipeline
/// editors it hosts (see setCommands()); shows a hint when no candidate is
/// selected.
class CandidateDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit CandidateDetailPane(DatabaseSession& session, QWidget* parent = nullptr);

    /// Loads and shows an application; on failure shows the empty hint and
    /// returns the error.
    Status showApplication(RowId applicationId);
    void clear();
    /// What the pane says while no candidate is shown.
    void setEmptyHint(const QString& text);
    /// Makes stage, promised date, notes and references editable through
    /// `commands`; nullptr (the default) keeps them read-only.
    void setCommands(PipelineCommands* commands);

    RowId applicationId() const { return m_applicationId; }
    /// The name on display, empty when no candidate is shown.
    QString candidateName() const;
    /// The Interviews card: the list, "Schedule Interview…" and the
    /// selected interview's actions.
    InterviewListPanel* interviewList() const { return m_interviews; }
    /// The selected interview's scorecards, as blind scoring lets the viewer see them.
    InterviewScoresPanel* interviewScores() const { return m_scores; }
    /// The Messages tab: the communication log and its "Log a Message or Call…".
    CommunicationLogPanel* communicationLog() const { return m_communications; }

signals:
    /// Double-click or Enter on an interview: the user wants to score it.
    void interviewActivated(RowId interviewId);

private:
    QWidget* buildDetailsPage();
    QWidget* buildHeader();
    void display(const CandidateDetails& details);
    void displayFacts(const CandidateDetails& details);
    void displayInterviews(const CandidateDetails& details);
    void displayReferences(const CandidateDetails& details);
    void displayCommunications(const CandidateDetails& details);

    DatabaseSession& m_session;
    RowId m_applicationId = kNoRow;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_opening = nullptr;
    ApplicationEditor* m_applicationEditor = nullptr;
    QTabWidget* m_tabs = nullptr;
    InterviewListPanel* m_interviews = nullptr;
    InterviewScoresPanel* m_scores = nullptr;
    ReferenceListEditor* m_references = nullptr;
    CommunicationLogPanel* m_communications = nullptr;
};

} // namespace debrief
