#pragma once

#include "Result.h"
#include "opening/OpeningSetup.h"
#include "opening/OpeningSetupValidator.h"
#include "storage/VersionedSave.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace debrief {

class DatabaseSession;
class PanelEditor;
class RoundListEditor;
class RubricSourcePicker;

/// Sets up an opening: title, team, hiring manager, positions, status,
/// description, the rubric to start from (new openings only), interview
/// rounds and panel. Problems are shown next to their field once OK was
/// pressed, and OK is refused while there are any; the writing itself is
/// the caller's commit function, so that it can become an undo step. When
/// the opening was saved elsewhere since it was loaded, the two versions
/// are compared (EditConflictDialog) and the user chooses.
class OpeningSetupDialog : public QDialog {
    Q_OBJECT

public:
    /// Writes an accepted set-up; an error keeps the dialog open and shows
    /// it, a stale refusal shows the conflict.
    using Commit = std::function<VersionedSave<OpeningSetup>(const OpeningSetup&)>;

    explicit OpeningSetupDialog(DatabaseSession& session, QWidget* parent = nullptr);

    /// A new opening, starting from the general template in `language`.
    Status startNew(const QString& language);
    /// The set-up of a stored opening.
    Status loadOpening(RowId openingId);
    /// Shows `setup` in the fields (and, for a new opening, its rubric source).
    void fill(const OpeningSetup& setup);
    OpeningSetup setup() const;
    bool isNewOpening() const { return m_loaded.uuid.isNull(); }
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    /// The problems the fields have now.
    QList<OpeningSetupProblem> problems() const;

public slots:
    void accept() override;

private:
    void buildUi();
    QGroupBox* buildDetails();
    QGroupBox* buildRubric();
    QGroupBox* buildRounds();
    QGroupBox* buildPanel();
    QLabel* errorLabel(const QString& name);
    Status loadPanelists();
    void setMode(bool newOpening);
    void revalidate();
    void showProblems(const QList<OpeningSetupProblem>& problems);
    void showMessage(const QString& message);
    void resolveConflict(const OpeningSetup& theirs);

    DatabaseSession& m_session;
    Commit m_commit;
    /// The set-up as loaded (uuid null for a new opening).
    OpeningSetup m_loaded;
    /// Problems show only after the first OK, then follow every edit.
    bool m_showProblems = false;

    QLineEdit* m_title = nullptr;
    QLineEdit* m_team = nullptr;
    QLineEdit* m_manager = nullptr;
    QSpinBox* m_positions = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QVBoxLayout* m_leftColumn = nullptr;
    QGroupBox* m_rubricBox = nullptr;
    RubricSourcePicker* m_source = nullptr;
    RoundListEditor* m_rounds = nullptr;
    PanelEditor* m_panel = nullptr;
    QMap<OpeningSetupField, QLabel*> m_errors;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace debrief
