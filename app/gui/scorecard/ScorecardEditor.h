#pragma once

#include "Result.h"
#include "domain/Interview.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace debrief {

class ColleagueScorecards;
class DraftAutosave;
class DatabaseSession;
class ScoreLevelPicker;
class ScorecardConflict;

/// One panelist's scorecard for one interview, filled in with the keyboard:
/// a score or "not assessed" per criterion next to the anchors, evidence, a
/// four-level recommendation and key takeaways. Drafts save themselves as the
/// panelist types; submitting locks the card, and later changes go through
/// an audited amendment with a reason. Colleagues' cards appear only as the
/// blind-scoring rules allow.
class ScorecardEditor : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardEditor(DatabaseSession& session, QWidget* parent = nullptr);
    ~ScorecardEditor() override;

    /// Opens `panelistId`'s card for the interview (a new draft if they have none).
    Status load(RowId interviewId, RowId panelistId);

    const Scorecard& card() const { return m_card; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isReadOnly() const { return m_card.isSubmitted() && !m_amending; }

    /// Submits the draft, or stores the amendment being made; false (with the
    /// problems on display) when that was refused.
    bool submitCard();
    /// What Submit and Ctrl+Return do: like submitCard(), but first asks
    /// (window-modal, not blocking) when criteria of the interview's round
    /// are left "not assessed", naming them.
    void requestSubmit();
    /// Unlocks a submitted card for changes that will be audited with `reason`.
    void beginAmendment(const QString& reason);
    /// Writes a pending draft now instead of waiting for the timer. When
    /// the database refuses, the changes stay pending and are tried again.
    void saveDraftNow();

signals:
    /// The stored card changed (draft saved, submitted or amended).
    void cardStored();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildForm();
    QWidget* buildCriterion(int index, const Criterion& criterion);
    QWidget* buildFooter();
    void rebuildForm();
    /// Writes the card as a draft (DraftAutosave decides when).
    Status storeDraft();
    void onDraftSaved();
    /// A save was refused because `theirs` was saved elsewhere after the card
    /// was opened: shows both, and keeps the user's (saved again on the new
    /// version) or theirs, as they choose (ScorecardConflict).
    void resolveConflict(const Scorecard& theirs);
    void keepMine(const Scorecard& theirs);
    void takeTheirs(const Scorecard& theirs);
    /// Shows `card` in the form.
    void display(const Scorecard& card);
    /// Shows `card` as the user's change (an edit, its undo or redo) and
    /// saves it as a draft shortly.
    void apply(const Scorecard& card);
    void edit(const Scorecard& after, const QString& text, const QString& mergeKey = {});
    void setScore(int index, std::optional<int> score);
    void setEvidence(int index);
    void focusPicker(int index);
    void askAmendmentReason();
    void updateLockState();
    void showColleagues();
    void showProblems(const QString& problems);
    CriterionRating& ratingAt(Scorecard& card, int index);

    DatabaseSession& m_session;
    QUndoStack* m_undo = nullptr;
    DraftAutosave* m_autosave = nullptr;
    Interview m_interview;
    Rubric m_rubric;
    Scorecard m_card;
    RowId m_applicationId = kNoRow;
    RowId m_openingId = kNoRow;
    /// The criteria the interview's round assesses (empty: the whole rubric).
    QList<RowId> m_roundCriteria;
    QString m_panelistName;
    bool m_amending = false;
    ScorecardConflict* m_conflict = nullptr;
    /// DatabaseSession::generation() when the card was loaded.
    int m_generation = 0;
    QString m_amendReason;

    QVBoxLayout* m_formHolder = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_rubricVersion = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_problems = nullptr;
    ColleagueScorecards* m_colleagues = nullptr;
    QList<ScoreLevelPicker*> m_pickers;
    QList<QPlainTextEdit*> m_evidence;
    ScoreLevelPicker* m_recommendation = nullptr;
    QPlainTextEdit* m_takeaways = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_amend = nullptr;
};

} // namespace debrief
