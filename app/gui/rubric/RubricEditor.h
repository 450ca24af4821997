#pragma once

#include "rubric/RubricEditState.h"

#include "Result.h"
#include "domain/InterviewRound.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace debrief {

class DatabaseSession;

/// Edits an opening's rubric: criteria with weights, rating scales and an
/// anchor text per level, and which interview round assesses which
/// criterion. Every change is an undo step; saving goes through
/// RubricVersioning, so scorecards already submitted keep their version.
class RubricEditor : public QDialog {
    Q_OBJECT

public:
    /// The largest rating scale the editor offers (1–5).
    static constexpr int kMaxLevels = 5;

    explicit RubricEditor(DatabaseSession& session, QWidget* parent = nullptr);

    /// Loads the newest version of the opening's rubric and its rounds.
    Status loadOpening(RowId openingId);
    /// Stores the edits (as a new version when needed) and reloads.
    Status save();
    /// Replaces the criteria with those of a rubric JSON file (one undo step).
    Status importFrom(const QString& path);
    Status exportTo(const QString& path) const;

    const RubricEditState& state() const { return m_state; }
    QUndoStack* undoStack() const { return m_undo; }

signals:
    void rubricSaved(RowId openingId);

protected:
    void reject() override;

private:
    void buildUi();
    QWidget* buildCriteriaPanel();
    QWidget* buildCriterionPanel();
    QWidget* buildRoundsPanel();
    QWidget* buildButtons();

    /// Pushes an undo command that turns the current state into `change`d one.
    void edit(const QString& text, const QString& mergeKey,
              const std::function<void(RubricEditState&)>& change);
    void editCurrent(const QString& text, const QString& field,
                     const std::function<void(Criterion&)>& change,
                     const QString& detail = QString());
    void apply(const RubricEditState& state);
    void refresh();
    void refreshList();
    void refreshCriterion();
    void refreshRounds();
    void refreshVersionLabel();
    void showMessage(const QString& message);

    void addCriterion();
    void removeCriterion();
    void moveCriterion(int delta);
    void changeScale(int index);
    void toggleRound(int row, int column, bool checked);
    void askImport();
    void askExport();
    void trySave();

    DatabaseSession& m_session;
    QUndoStack* m_undo = nullptr;
    RubricEditState m_state;
    QList<InterviewRound> m_rounds;
    /// Submitted scorecards against earlier versions, by version number.
    QList<QPair<int, int>> m_earlierScorecards;
    int m_submittedAgainstThis = 0;
    bool m_refreshing = false;

    QLabel* m_versionLabel = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_rubricName = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_upButton = nullptr;
    QPushButton* m_downButton = nullptr;
    QWidget* m_criterionPanel = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDoubleSpinBox* m_weight = nullptr;
    QComboBox* m_scale = nullptr;
    QList<QLabel*> m_levelLabels;
    QList<QLineEdit*> m_anchors;
    QTableWidget* m_roundGrid = nullptr;
};

} // namespace debrief
