#pragma once

#include "Result.h"
#include "domain/RejectionDraft.h"
#include "drafting/DraftContext.h"
#include "storage/VersionedSave.h"
#include "tone/ToneChecker.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace debrief {

class DatabaseSession;
class Settings;
class StrengthChoices;
class ToneFindingsPanel;
class ToneHighlighter;

/// One candidate's rejection: subject and body as the sender edits them
/// (with the text editor's own undo and redo), the tone check marked in the
/// text and listed beside it, the panel's strengths to accept or edit, and
/// the ways out (clipboard, mail client, .eml, mark as sent), each logged in
/// the communication log; with tone findings left, each asks "Send anyway?"
/// first and the log notes what went out anyway. A runner-up's draft says clearly that it is held
/// while the chosen candidate's offer is pending; the draft itself never
/// names anyone else. Saves when closed. A save or a sending refused because
/// the draft was saved elsewhere meanwhile shows both versions (DraftConflict).
class DraftEditor : public QWidget {
    Q_OBJECT

public:
    DraftEditor(DatabaseSession& session, Settings& settings, QWidget* parent = nullptr);
    ~DraftEditor() override;

    /// The application's newest draft, or a new one from the template in
    /// the interface language.
    Status load(RowId applicationId);
    RowId applicationId() const { return m_context.application.id; }
    /// The draft as it stands in the editor (stored or not).
    RejectionDraft current() const;
    bool isHeld() const;
    /// Runs the tone check now instead of after the typing pause.
    void checkToneNow();
    const QList<ToneFinding>& findings() const;

    /// Stores the language, subject and body (audited) when edited since they
    /// were read; nothing for a sent draft. Refused as stale when the draft
    /// was saved elsewhere meanwhile, and then asks which version to keep.
    VersionedSave<RejectionDraft> save();

signals:
    /// The stored draft changed (saved, output, sent): lists reload.
    void draftChanged(RowId applicationId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildButtons();
    Status loadLanguage(const QString& language);
    Status recompose();
    void showDraft(const RejectionDraft& draft);
    void updateState();
    QString heldText() const;
    bool isEdited() const;
    /// Shows the sender's draft next to `theirs`, stored meanwhile, and does
    /// what they choose.
    void resolveConflict(const RejectionDraft& theirs);

    void onLanguageChosen();
    void onApplyChoices();
    /// Asks before the template replaces the sender's edits; `yes` rewrites.
    void askRecompose(const QString& text, const std::function<void()>& yes,
                      const std::function<void()>& no = {});
    void selectSpan(qsizetype start, qsizetype length, bool focusEditor);
    /// Saves, reporting a failure; false when the output must not go ahead.
    bool saveForOutput();
    /// Asks "Send anyway?" when core's tone check finds something, then
    /// calls `send` with what was sent anyway (nothing when Go Back).
    void whenToneAllows(const std::function<void(const QStringList&)>& send);
    void logOutput(int kind, const QString& done, const QStringList& openFindings);
    void copyToClipboard();
    void openInMailClient();
    void openMailLink(const QStringList& openFindings);
    void askEmlFile();
    void askEmlPath(const QStringList& openFindings);
    void writeEml(const QString& path, const QStringList& openFindings);
    void markSent();
    void confirmHeld(const QStringList& openFindings);
    void askChannel(bool confirmHeld, const QStringList& openFindings);
    void report(const QString& message);
    QString actor() const;

    DatabaseSession& m_session;
    Settings& m_settings;
    DraftContext m_context;
    /// The stored draft (id kNoRow until saved).
    RejectionDraft m_draft;
    /// The text the template gave last, to tell whether the sender edited it.
    RejectionDraft m_composed;
    std::optional<ToneChecker> m_checker;
    QString m_language;
    QStringList m_pendingOffers;
    bool m_conflictOpen = false;

    QLabel* m_banner = nullptr;
    QLabel* m_recipient = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    ToneHighlighter* m_highlighter = nullptr;
    ToneFindingsPanel* m_findings = nullptr;
    StrengthChoices* m_choices = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_markSent = nullptr;
    QTimer* m_toneTimer = nullptr;
};

} // namespace debrief
