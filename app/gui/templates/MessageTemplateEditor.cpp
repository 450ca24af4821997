#include "MessageTemplateEditor.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "EditingUser.h"
#include "TemplateFieldList.h"
#include "TemplateHistoryPanel.h"
#include "TemplatePreview.h"

#include "drafting/DraftLanguage.h"
#include "drafting/MessageTemplates.h"
#include "drafting/TemplateRenderer.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// Typing pauses longer than this re-check and re-render.
constexpr int kCheckPauseMs = 200;

/// Each language named in itself, as in View › Language.
QString languageName(const QString& code) {
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    const QString native = QLocale(code).nativeLanguageName();
    return native.isEmpty() ? code : native.left(1).toUpper() + native.mid(1);
}

QString stageName(TemplateStage stage) {
    switch (stage) {
    case TemplateStage::Application:
        return MessageTemplateEditor::tr("Application (not interviewed)");
    case TemplateStage::Screen:
        return MessageTemplateEditor::tr("Screening call");
    case TemplateStage::Interview:
        return MessageTemplateEditor::tr("Interview");
    case TemplateStage::Final:
        return MessageTemplateEditor::tr("Final round");
    case TemplateStage::Offer:
        return MessageTemplateEditor::tr("Offer to the chosen candidate");
    }
    return {};
}

QLabel* boldLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MessageTemplateEditor::MessageTemplateEditor(DatabaseSession& session, Settings& settings,
                                             QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_checkPause(new QTimer(this)) {
    setObjectName(QStringLiteral("messageTemplateEditor"));
    setWindowTitle(tr("Message Templates[*]"));
    m_checkPause->setSingleShot(true);
    m_checkPause->setInterval(kCheckPauseMs);
    connect(m_checkPause, &QTimer::timeout, this, &MessageTemplateEditor::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildChooser());
    layout->addWidget(buildEditors(), 1);
    layout->addWidget(buildButtons());

    auto* saveAction = new QAction(this);
    saveAction->setShortcuts(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] { (void)save(); });
    addAction(saveAction);
}

QWidget* MessageTemplateEditor::buildChooser() {
    m_languageCombo = new QComboBox;
    m_languageCombo->setObjectName(QStringLiteral("templateLanguageCombo"));
    for (const QString& code : DraftLanguage::available())
        m_languageCombo->addItem(languageName(code), code);
    m_stageCombo = new QComboBox;
    m_stageCombo->setObjectName(QStringLiteral("templateStageCombo"));
    for (TemplateStage stage : allTemplateStages())
        m_stageCombo->addItem(stageName(stage), int(stage));
    connect(m_languageCombo, &QComboBox::activated, this, &MessageTemplateEditor::chooseTemplate);
    connect(m_stageCombo, &QComboBox::activated, this, &MessageTemplateEditor::chooseTemplate);

    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_languageCombo);
    auto* stageLabel = new QLabel(tr("For candidates who reached the &stage:"));
    stageLabel->setBuddy(m_stageCombo);
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(languageLabel);
    layout->addWidget(m_languageCombo);
    layout->addSpacing(16);
    layout->addWidget(stageLabel);
    layout->addWidget(m_stageCombo);
    layout->addStretch(1);
    layout->addWidget(m_status);
    return row;
}

QWidget* MessageTemplateEditor::buildEditors() {
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_insertTarget = m_body;
    for (QWidget* field : {static_cast<QWidget*>(m_subject), static_cast<QWidget*>(m_body)})
        field->installEventFilter(this);
    const auto edited = [this] {
        m_checkPause->start();
        updateState();
    };
    connect(m_subject, &QLineEdit::textChanged, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, edited);

    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    m_error->setPalette(palette);
    m_error->hide();

    auto* text = new QWidget;
    auto* textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(boldLabel(tr("S&ubject"), m_subject));
    textLayout->addWidget(m_subject);
    textLayout->addWidget(boldLabel(tr("&Body"), m_body));
    textLayout->addWidget(m_body, 1);
    textLayout->addWidget(m_error);

    m_fields = new TemplateFieldList;
    connect(m_fields, &TemplateFieldList::insertRequested, this,
            &MessageTemplateEditor::insertField);
    m_history = new TemplateHistoryPanel;
    connect(m_history, &TemplateHistoryPanel::restoreRequested, this,
            &MessageTemplateEditor::restore);
    auto* middle = new QWidget;
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(boldLabel(tr("&Placeholders and flags"), m_fields));
    middleLayout->addWidget(m_fields, 3);
    middleLayout->addWidget(m_history, 1);

    m_preview = new TemplatePreview;
    connect(m_preview, &TemplatePreview::sampleChanged, this, &MessageTemplateEditor::check);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("templateEditorSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(text);
    split->addWidget(middle);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    split->setSizes({440, 320, 500});
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_fields);
    return split;
}

QWidget* MessageTemplateEditor::buildButtons() {
    m_revert = new QPushButton(tr("Re&vert"));
    m_revert->setObjectName(QStringLiteral("revertTemplateButton"));
    m_revert->setToolTip(tr("Go back to the newest saved version."));
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_subject->setText(m_saved.subject);
        m_body->setPlainText(m_saved.body);
    });
    m_save = new QPushButton(tr("Save as Ne&w Version"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setToolTip(tr("Drafts written from now on use the new version (Ctrl+S)."));
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_revert);
    layout->addWidget(m_save);
    return row;
}

Status MessageTemplateEditor::load(const QString& language, TemplateStage stage) {
    if (!m_session.isOpen())
        return Error{tr("No database is open.")};
    const QString code = DraftLanguage::baseLanguage(language);
    auto current = MessageTemplates(m_session.database()).current(code, stage);
    if (!current)
        return current.error();
    const TemplateText text = *current;
    m_language = code;
    m_stage = stage;
    m_saved = text;
    selectInChoosers(code, stage);
    m_subject->setText(text.subject);
    m_subject->setCursorPosition(0); // the start of a long subject, not its end
    m_body->setPlainText(text.body);
    m_status->clear();
    Status history = reloadHistory();
    check();
    return history;
}

TemplateText MessageTemplateEditor::text() const {
    return {m_subject->text(), m_body->toPlainText()};
}

bool MessageTemplateEditor::isModified() const {
    return text() != m_saved;
}

void MessageTemplateEditor::selectInChoosers(const QString& language, TemplateStage stage) {
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(language));
    m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(stage)));
}

void MessageTemplateEditor::chooseTemplate() {
    const QString language = m_languageCombo->currentData().toString();
    const auto stage = static_cast<TemplateStage>(m_stageCombo->currentData().toInt());
    if (language == m_language && stage == m_stage)
        return;
    const auto switchTo = [this, language, stage] {
        if (Status loaded = load(language, stage); !loaded)
            m_status->setText(loaded.errorMessage());
    };
    if (!isModified()) {
        switchTo();
        return;
    }
    // Stay on the edited template until the user says to drop the changes.
    selectInChoosers(m_language, m_stage);
    askToDiscard(tr("Discard your changes to this template and open another?"), switchTo);
}

void MessageTemplateEditor::askToDiscard(const QString& question,
                                         const std::function<void()>& discard) {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Message Templates"), question,
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("discardTemplateChanges"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, discard](int) {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            discard();
    });
    box->open(); // window-modal, and nothing waits on it
}

void MessageTemplateEditor::check() {
    m_checkPause->stop();
    const TemplateText current = text();
    TemplateRenderer subject(current.subject, 1, tr("Subject"));
    TemplateRenderer body(current.body, 1, tr("Body"));
    const auto& problem = subject.problem() ? subject.problem() : body.problem();
    m_problem = problem ? problem->message : QString();
    m_error->setText(m_problem);
    m_error->setVisible(problem.has_value());

    // The offending tag in the body is underlined where it is.
    QList<QTextEdit::ExtraSelection> marks;
    if (body.problem()) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_body->document());
        mark.cursor.setPosition(static_cast<int>(body.problem()->offset));
        mark.cursor.setPosition(static_cast<int>(body.problem()->offset +
                                                 std::max<qsizetype>(1, body.problem()->length)),
                                QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(DisplayText::overdueColour());
        marks.append(mark);
    }
    m_body->setExtraSelections(marks);

    if (problem)
        m_preview->showUnavailable(tr("The preview returns once the template is fixed."));
    else
        m_preview->render(current, m_language, m_stage, m_session.today());
    updateState();
}

void MessageTemplateEditor::updateState() {
    const bool modified = isModified();
    // A pending check may still find a problem; save() checks again anyway.
    m_save->setEnabled(modified && m_problem.isEmpty());
    m_revert->setEnabled(modified);
    setWindowModified(modified);
}

Status MessageTemplateEditor::save() {
    check();
    if (!m_problem.isEmpty()) {
        m_body->setFocus();
        return Error{m_problem};
    }
    if (!m_session.isOpen())
        return Error{tr("No database is open.")};
    auto saved =
        MessageTemplates(m_session.database())
            .saveNewVersion(m_language, m_stage, text(), EditingUser::name(m_session, m_settings),
                            QDateTime(m_session.today(), QTime::currentTime()).toUTC());
    if (!saved) {
        m_status->setText(saved.errorMessage());
        return saved.error();
    }
    m_saved = text();
    Status history = reloadHistory();
    m_status->setText(tr("Saved as version %1.").arg(saved->version));
    updateState();
    emit this->saved(*saved);
    return history;
}

Status MessageTemplateEditor::reloadHistory() {
    auto versions = MessageTemplates(m_session.database()).historyOrBuiltIn(m_language, m_stage);
    if (!versions)
        return versions.error();
    m_history->display(*versions);
    return {};
}

void MessageTemplateEditor::restore(const MessageTemplate& version) {
    const auto restoreNow = [this, version] {
        m_subject->setText(version.subject);
        m_body->setPlainText(version.body);
        if (Status saved = save(); !saved)
            m_status->setText(saved.errorMessage());
    };
    if (!isModified()) {
        restoreNow();
        return;
    }
    askToDiscard(tr("Discard your changes and restore version %1?").arg(version.version),
                 restoreNow);
}

void MessageTemplateEditor::insertField(const QString& name, bool isFlag) {
    const QString open =
        isFlag ? QStringLiteral("{{#if %1}}").arg(name) : QStringLiteral("{{%1}}").arg(name);
    const QString close = isFlag ? QStringLiteral("{{/if}}") : QString();
    if (m_insertTarget == m_subject) {
        // A section wraps what is selected; a placeholder replaces it.
        const QString selected = isFlag ? m_subject->selectedText() : QString();
        m_subject->insert(open + selected + close);
        m_subject->setCursorPosition(m_subject->cursorPosition() - int(close.size()));
        m_subject->setFocus();
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    const QString selected = isFlag ? cursor.selectedText() : QString();
    cursor.insertText(open + selected + close);
    cursor.setPosition(cursor.position() - int(close.size()));
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

bool MessageTemplateEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body))
        m_insertTarget = static_cast<QWidget*>(watched);
    return QWidget::eventFilter(watched, event);
}

void MessageTemplateEditor::closeEvent(QCloseEvent* event) {
    if (m_closing || !isModified()) {
        event->accept();
        return;
    }
    event->ignore();
    askToDiscard(tr("Close without saving your changes to this template?"), [this] {
        m_closing = true;
        close();
    });
}

} // namespace debrief
