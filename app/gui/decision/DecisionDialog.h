#pragma once

#include "Result.h"
#include "domain/Decision.h"
#include "domain/RowId.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace debrief {

class DatabaseSession;

/// Opening › Record Decision…: the panel lead picks the chosen candidate(s)
/// and ranked runners-up among the opening's finalists, the deciding
/// criteria and why. DecisionWorkflow checks and writes it; its messages
/// are shown inline. Once a decision exists the dialog shows it read-only,
/// with "Offer Accepted" for a chosen candidate at the offer stage.
///
/// Not an undoable command: DecisionWorkflow has no revert, and the record
/// is audited, so the dialog says it cannot be undone here.
class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    explicit DecisionDialog(DatabaseSession& session, QWidget* parent = nullptr);

    /// Shows `openingId`'s finalists (or its stored decision) with
    /// `panelistId` as the one deciding.
    Status load(RowId openingId, RowId panelistId);
    bool isReadOnly() const { return m_decision.has_value(); }

    /// Records the decision; stays open with the problems shown otherwise.
    void accept() override;

signals:
    /// Something was written (a decision recorded or an offer accepted).
    void decisionChanged();

private:
    struct Row {
        RowId applicationId = kNoRow;
        QString name;
        bool atOffer = false;
    };

    void buildForm();
    Status loadRows(RowId openingId);
    Status loadCriteria(RowId openingId);
    void fillTable();
    void showDecision();
    void addOfferButtons();
    void onRoleChanged(int row);
    void renumberRunnersUp();
    void acceptOffer(RowId applicationId);
    void showProblems(const QString& message);
    DecisionRole roleAt(int row) const;
    QString deciderName() const;

    DatabaseSession& m_session;
    RowId m_openingId = kNoRow;
    RowId m_panelistId = kNoRow;
    QList<Row> m_rows;
    std::optional<Decision> m_decision;

    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QListWidget* m_criteria = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QCheckBox* m_shareable = nullptr;
    QLabel* m_decidedBy = nullptr;
    QLabel* m_errors = nullptr;
    QLabel* m_undoNote = nullptr;
    QHBoxLayout* m_offerRow = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace debrief
