#pragma once

#include "Result.h"
#include "domain/MessageTemplate.h"
#include "drafting/TemplateText.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace debrief {

class DatabaseSession;
class Settings;
class TemplateFieldList;
class TemplateHistoryPanel;
class TemplatePreview;

/// The editor for the rejection templates (Opening › Message Templates…): pick a
/// language and the stage a candidate reached, edit the subject and body,
/// insert placeholders and flags from the list, and watch the message
/// render for a sample candidate as you type. A template that does not
/// parse shows the problem with its line and column and cannot be saved.
/// Saving stores a new version (MessageTemplates); the history
/// lists every version, and restoring an old one saves it again as the
/// newest. Versions are the undo here: nothing is ever overwritten.
class MessageTemplateEditor : public QWidget {
    Q_OBJECT

public:
    MessageTemplateEditor(DatabaseSession& session, Settings& settings, QWidget* parent = nullptr);

    /// Shows the newest version for `language` and `stage` (the shipped
    /// text when none is stored; nothing is written just by looking).
    Status load(const QString& language, TemplateStage stage);
    QString language() const { return m_language; }
    TemplateStage stage() const { return m_stage; }
    bool isModified() const;
    /// What is wrong with the subject or body as typed; empty when both parse.
    QString problem() const { return m_problem; }
    /// Stores the text as the next version; refused while it has a problem.
    Status save();

signals:
    void saved(const MessageTemplate& version);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildChooser();
    QWidget* buildEditors();
    QWidget* buildButtons();
    TemplateText text() const;
    void chooseTemplate();
    void selectInChoosers(const QString& language, TemplateStage stage);
    void check();
    void insertField(const QString& name, bool isFlag);
    void restore(const MessageTemplate& version);
    void askToDiscard(const QString& question, const std::function<void()>& discard);
    Status reloadHistory();
    void updateState();

    DatabaseSession& m_session;
    Settings& m_settings;
    QString m_language;
    TemplateStage m_stage = TemplateStage::Final;
    /// The newest stored (or shipped) text: "modified" means different from it.
    TemplateText m_saved;
    QString m_problem;
    bool m_closing = false;

    QComboBox* m_languageCombo = nullptr;
    QComboBox* m_stageCombo = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    /// Where "insert" puts a placeholder: the field that had focus last.
    QWidget* m_insertTarget = nullptr;
    QLabel* m_error = nullptr;
    TemplateFieldList* m_fields = nullptr;
    TemplatePreview* m_preview = nullptr;
    TemplateHistoryPanel* m_history = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QTimer* m_checkPause = nullptr;
};

} // namespace debrief
