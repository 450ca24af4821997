#pragma once

#include "Result.h"
#include "decision/DecisionRequest.h"
#include "domain/Decision.h"
#include "domain/RowId.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace debrief {

class DatabaseSession;
class DecisionCommands;
class LeadOnlyBanner;

/// Decision › Record Decision… and Amend Decision…: the panel lead picks
/// the chosen candidate(s) and ranked runners-up among the opening's
/// finalists, the deciding criteria and why. Before anything is saved the
/// dialog lists what recording will do to every application of the opening
/// (DecisionPlan: offer, hold, rejected), and it is recorded as one command
/// on the window's undo stack (DecisionCommands). A panelist who is not a
/// lead sees that at once, in a banner, with the form read-only. Once a
/// decision exists the dialog shows it, with "Amend…" for a lead; amending
/// asks for a reason. Escape, Ctrl+W, Cancel and closing ask before a
/// filled-in form is thrown away.
class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Record, View, Amend };

    /// `commands` writes the decision; without it the dialog only shows.
    DecisionDialog(DatabaseSession& session, DecisionCommands* commands, QWidget* parent = nullptr);

    /// Shows `openingId`'s finalists (or its stored decision, to amend when
    /// `amend`) with `panelistId` as the one deciding.
    Status load(RowId openingId, RowId panelistId, bool amend = false);
    Mode mode() const { return m_mode; }
    /// Nothing can be changed: a decision shown, or not a lead.
    bool isReadOnly() const { return m_mode == Mode::View || !m_canDecide; }
    /// The user changed something that is not saved.
    bool isFilled() const { return m_filled; }
    /// The request the form describes now.
    DecisionRequest request() const;

    /// Records (or amends) the decision; stays open with the problems shown
    /// otherwise.
    void accept() override;
    /// Asks first when the form is filled in.
    void reject() override;

signals:
    /// A decision was recorded or amended.
    void decisionChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Row {
        RowId applicationId = kNoRow;
        QString name;
    };

    void buildForm();
    Status loadRows(RowId openingId);
    Status loadCriteria(RowId openingId);
    void fillTable();
    void showDecision();
    void setEditable(bool editable);
    void onRoleChanged(int row);
    void renumberRunnersUp();
    void updatePlan();
    void markFilled();
    void showProblems(const QString& message);
    /// The amendment was refused: `theirs` was stored after the dialog read
    /// the decision. Shows both and lets the lead choose.
    void resolveConflict(const DecisionRequest& mine, const Decision& theirs);
    DecisionRole roleAt(int row) const;
    QString deciderName() const;
    QString chosenNames(const DecisionRequest& request) const;

    DatabaseSession& m_session;
    DecisionCommands* m_commands = nullptr;
    RowId m_openingId = kNoRow;
    RowId m_panelistId = kNoRow;
    Mode m_mode = Mode::Record;
    bool m_canDecide = false;
    bool m_filled = false;
    /// Filling the form from storage is not the user's change.
    bool m_loading = false;
    QList<Row> m_rows;
    std::optional<Decision> m_decision;
    /// The version of the decision the form amends (DecisionRequest::baseVersion).
    int m_baseVersion = 0;

    QLabel* m_title = nullptr;
    LeadOnlyBanner* m_banner = nullptr;
    QTableWidget* m_table = nullptr;
    QListWidget* m_plan = nullptr;
    QListWidget* m_criteria = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QCheckBox* m_shareable = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_decidedBy = nullptr;
    QLabel* m_errors = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_amend = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace debrief
