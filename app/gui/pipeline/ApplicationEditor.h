#pragma once

#include "domain/Application.h"
#include "domain/Candidate.h"
#include "pipeline/ApplicationChange.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace debrief {

class OptionalDateEdit;
class PipelineCommands;
class StageComboBox;

/// The facts of one application in the detail pane, editable where the
/// panel decides: the stage, the date an answer was promised by (with the
/// overdue marker) and the notes. Each edit becomes one undo command through
/// PipelineCommands; typing in the notes or the date becomes one command
/// per burst, when focus leaves or after a pause. An edit refused because
/// the application was saved elsewhere since it was shown opens the edit
/// conflict (ApplicationComparison). Without commands the editor is
/// read-only.
class ApplicationEditor : public QWidget {
    Q_OBJECT

public:
    explicit ApplicationEditor(QWidget* parent = nullptr);

    /// nullptr makes the editor read-only.
    void setCommands(PipelineCommands* commands);
    /// Shows an application; first commits what was typed for the one shown
    /// before, so switching candidates never loses an edit.
    void display(const Application& application, const Candidate& candidate, const QDate& today);
    /// Commits pending edits and forgets the application.
    void clear();
    /// Commits notes or a date typed but not yet committed.
    void commitPending();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildPromisedField();
    QWidget* buildNotes();
    void updateEditable();
    void showPromise(const QDate& promised);
    void chooseStage();
    void commitPromisedDate();
    void commitNotes();
    void resolveConflict(const QUuid& applicationUuid, const ApplicationChange& mine,
                         const Application& theirs);

    PipelineCommands* m_commands = nullptr;
    Application m_application;
    QDate m_today;
    bool m_notesPending = false;
    bool m_datePending = false;
    StageComboBox* m_stage = nullptr;
    QLabel* m_furthestStage = nullptr;
    QLabel* m_appliedOn = nullptr;
    OptionalDateEdit* m_promisedDate = nullptr;
    QToolButton* m_clearPromise = nullptr;
    QLabel* m_answerDue = nullptr;
    QLabel* m_talentPool = nullptr;
    /// "On hold: <reason>", e.g. a runner-up waiting for the chosen one's answer.
    QLabel* m_onHold = nullptr;
    QLabel* m_source = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_candidateNotes = nullptr;
    QTimer* m_notesPause = nullptr;
    QTimer* m_datePause = nullptr;
    bool m_conflictOpen = false;
};

} // namespace debrief
