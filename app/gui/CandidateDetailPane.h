#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QListWidget;

namespace debrief {

struct CandidateDetails;
class DatabaseSession;

/// Everything about one candidate's application in one opening: contact,
/// stage, dates, notes, interviews, references and the communication log.
/// Read-only for now; shows a hint when no candidate is selected.
class CandidateDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit CandidateDetailPane(DatabaseSession& session, QWidget* parent = nullptr);

    /// Loads and shows an application; on failure shows the empty hint and
    /// returns the error.
    Status showApplication(RowId applicationId);
    void clear();

    RowId applicationId() const { return m_applicationId; }
    /// The name on display, empty when no candidate is shown.
    QString candidateName() const;

signals:
    /// Double-click or Enter on an interview: the user wants to score it.
    void interviewActivated(RowId interviewId);

private:
    QWidget* buildDetailsPage();
    QWidget* buildHeader();
    QListWidget* buildList(const QString& objectName, const QString& accessibleName);
    void display(const CandidateDetails& details);
    void displayFacts(const CandidateDetails& details);
    void displayInterviews(const CandidateDetails& details);
    void displayReferences(const CandidateDetails& details);
    void displayCommunications(const CandidateDetails& details);

    DatabaseSession& m_session;
    RowId m_applicationId = kNoRow;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_opening = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_furthestStage = nullptr;
    QLabel* m_appliedOn = nullptr;
    QLabel* m_promised = nullptr;
    QLabel* m_talentPool = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_notes = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_interviews = nullptr;
    QListWidget* m_references = nullptr;
    QListWidget* m_communications = nullptr;
};

} // namespace debrief
