#include "ApplicationEditor.h"

#include "DisplayText.h"
#include "ValueLabel.h"
#include "live/EditConflictPrompt.h"
#include "pipeline/ApplicationComparison.h"
#include "pipeline/OptionalDateEdit.h"
#include "pipeline/PipelineCommands.h"
#include "pipeline/StageComboBox.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// Typing pauses longer than this end an edit burst.
constexpr int kNotesPauseMs = 1500;
constexpr int kDatePauseMs = 800;

} // namespace

ApplicationEditor::ApplicationEditor(QWidget* parent)
    : QWidget(parent)
    , m_stage(new StageComboBox)
    , m_notesPause(new QTimer(this))
    , m_datePause(new QTimer(this)) {
    setObjectName(QStringLiteral("applicationEditor"));
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_stage->setAccessibleName(tr("Stage"));
    connect(m_stage, &QComboBox::activated, this, &ApplicationEditor::chooseStage);

    m_furthestStage = ValueLabel::create(QStringLiteral("candidateFurthestStage"));
    m_appliedOn = ValueLabel::create(QStringLiteral("candidateAppliedOn"));
    m_talentPool = ValueLabel::create(QStringLiteral("candidateTalentPool"));
    m_onHold = ValueLabel::create(QStringLiteral("candidateOnHold"));
    m_onHold->setWordWrap(true);
    m_source = ValueLabel::create(QStringLiteral("candidateSource"));

    auto* facts = new QFormLayout;
    facts->setContentsMargins(0, 8, 0, 0);
    facts->addRow(tr("Sta&ge:"), m_stage);
    facts->addRow(tr("Furthest stage:"), m_furthestStage);
    facts->addRow(tr("Applied:"), m_appliedOn);
    QWidget* promised = buildPromisedField();
    facts->addRow(tr("Ans&wer promised:"), promised);
    facts->addRow(tr("Talent pool:"), m_talentPool);
    facts->addRow(tr("On hold:"), m_onHold);
    facts->addRow(tr("Source:"), m_source);
    if (auto* label = qobject_cast<QLabel*>(facts->labelForField(promised)))
        label->setBuddy(m_promisedDate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(facts);
    layout->addWidget(buildNotes());

    m_notesPause->setSingleShot(true);
    m_notesPause->setInterval(kNotesPauseMs);
    connect(m_notesPause, &QTimer::timeout, this, &ApplicationEditor::commitNotes);
    m_datePause->setSingleShot(true);
    m_datePause->setInterval(kDatePauseMs);
    connect(m_datePause, &QTimer::timeout, this, &ApplicationEditor::commitPromisedDate);
    updateEditable();
}

QWidget* ApplicationEditor::buildPromisedField() {
    m_promisedDate = new OptionalDateEdit;
    m_promisedDate->setObjectName(QStringLiteral("promisedDateEdit"));
    m_promisedDate->setAccessibleName(tr("Answer promised by"));
    connect(m_promisedDate, &QDateEdit::dateChanged, this, [this] {
        m_datePending = true;
        m_datePause->start();
        showPromise(m_promisedDate->optionalDate());
    });
    connect(m_promisedDate, &QAbstractSpinBox::editingFinished, this,
            &ApplicationEditor::commitPromisedDate);

    m_clearPromise = new QToolButton;
    m_clearPromise->setObjectName(QStringLiteral("clearPromisedDateButton"));
    m_clearPromise->setText(tr("None", "remove the promised date"));
    m_clearPromise->setToolTip(tr("No answer date promised"));
    connect(m_clearPromise, &QToolButton::clicked, this, [this] {
        m_promisedDate->setOptionalDate({});
        commitPromisedDate();
    });

    // Kept apart from the date so the words ("⚠ 3 days overdue") carry the
    // meaning, not only the colour.
    m_answerDue = ValueLabel::create(QStringLiteral("candidatePromisedDate"));
    m_answerDue->setAccessibleName(tr("Answer status"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_promisedDate);
    row->addWidget(m_clearPromise);
    row->addStretch(1);
    auto* field = new QWidget;
    auto* column = new QVBoxLayout(field);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_answerDue);
    return field;
}

QWidget* ApplicationEditor::buildNotes() {
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes about this application, for the panel."));
    m_notes->setTabChangesFocus(true);
    // Room for a few lines; the tabs below need the height more.
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->installEventFilter(this);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_notesPending = m_notes->toPlainText() != m_application.notes;
        if (m_notesPending)
            m_notesPause->start();
    });

    m_candidateNotes = ValueLabel::create(QStringLiteral("candidateNotes"));
    m_candidateNotes->setForegroundRole(QPalette::PlaceholderText);

    auto* box = new QGroupBox(tr("&Notes"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_notes);
    layout->addWidget(m_candidateNotes);
    return box;
}

void ApplicationEditor::setCommands(PipelineCommands* commands) {
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_commands = commands;
    if (m_commands) {
        connect(m_commands, &PipelineCommands::applicationConflict, this,
                &ApplicationEditor::resolveConflict);
        // Committing the notes and then the date of an application being
        // left: the second edit is based on the version the first wrote.
        connect(m_commands, &PipelineCommands::applicationStored, this,
                [this](const Application& stored) {
                    if (stored.uuid == m_application.uuid)
                        m_application = stored;
                });
    }
    updateEditable();
}

void ApplicationEditor::updateEditable() {
    const bool editable = m_commands != nullptr && m_application.id != kNoRow;
    m_stage->setEnabled(editable);
    m_promisedDate->setReadOnly(!editable);
    m_clearPromise->setVisible(editable);
    m_notes->setReadOnly(!editable);
}

void ApplicationEditor::display(const Application& application, const Candidate& candidate,
                                const QDate& today) {
    const bool sameApplication = application.uuid == m_application.uuid;
    if (!sameApplication)
        commitPending();
    m_application = application;
    m_today = today;

    m_stage->setStage(application.stage);
    m_furthestStage->setText(toLabel(application.furthestStage));
    m_appliedOn->setText(DisplayText::date(application.appliedOn));
    if (!sameApplication || !m_datePending) {
        const QSignalBlocker blocker(m_promisedDate);
        m_promisedDate->setStartDate(today);
        m_promisedDate->setOptionalDate(application.promisedResponseDate);
        m_datePending = false;
    }
    showPromise(m_promisedDate->optionalDate());
    m_talentPool->setText(application.talentPool ? tr("★ Yes, would hire for another role")
                                                 : tr("No"));
    m_source->setText(DisplayText::orDash(candidate.source));
    m_onHold->setText(application.holdReason.isEmpty() ? tr("Yes") : application.holdReason);
    for (auto* facts : findChildren<QFormLayout*>()) {
        if (facts->indexOf(m_onHold) >= 0)
            facts->setRowVisible(m_onHold, application.onHold);
    }

    // Keep what the user is typing; replacing it would also move the cursor.
    if ((!sameApplication || !m_notesPending) && m_notes->toPlainText() != application.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(application.notes);
    }
    if (!sameApplication || !m_notesPending)
        m_notesPending = false;
    const QString about = candidate.notes.trimmed();
    m_candidateNotes->setText(tr("About the candidate: %1").arg(about));
    m_candidateNotes->setVisible(!about.isEmpty());
    updateEditable();
}

void ApplicationEditor::clear() {
    commitPending();
    m_application = Application{};
    updateEditable();
}

void ApplicationEditor::showPromise(const QDate& promised) {
    const QString due = DisplayText::answerDue(promised, m_application.stage, m_today);
    m_answerDue->setText(due);
    m_answerDue->setVisible(!due.isEmpty());
    QPalette palette = m_appliedOn->palette();
    Application shown = m_application;
    shown.promisedResponseDate = promised;
    if (shown.isOverdue(m_today))
        palette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    m_answerDue->setPalette(palette);
}

bool ApplicationEditor::eventFilter(QObject* watched, QEvent* event) {
    // Leaving the notes ends the burst; so does opening a menu (a popup
    // takes focus), so Edit › Undo never races a pending edit.
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

void ApplicationEditor::commitPending() {
    commitNotes();
    commitPromisedDate();
}

void ApplicationEditor::chooseStage() {
    const auto stage = m_stage->stage();
    if (!m_commands || m_application.id == kNoRow || !stage || *stage == m_application.stage)
        return;
    m_commands->moveToStage(m_application, *stage);
}

void ApplicationEditor::commitPromisedDate() {
    m_datePause->stop();
    if (!m_datePending)
        return;
    m_datePending = false;
    const QDate date = m_promisedDate->optionalDate();
    if (m_commands && m_application.id != kNoRow && date != m_application.promisedResponseDate)
        m_commands->changePromisedDate(m_application, date);
}

void ApplicationEditor::commitNotes() {
    m_notesPause->stop();
    if (!m_notesPending)
        return;
    m_notesPending = false;
    const QString notes = m_notes->toPlainText();
    if (m_commands && m_application.id != kNoRow && notes != m_application.notes)
        m_commands->changeNotes(m_application, notes);
}

void ApplicationEditor::resolveConflict(const QUuid& applicationUuid, const ApplicationChange& mine,
                                        const Application& theirs) {
    if (m_conflictOpen || !m_commands)
        return;
    m_conflictOpen = true;
    const EditConflictDialog::Content content{
        tr("Application Changed Elsewhere"),
        tr("This application was saved elsewhere (in another window or on another computer) "
           "after you opened it. Nothing was overwritten. Compare the two versions and choose "
           "which to keep; keeping yours changes only the fields you edited."),
        ApplicationComparison::fields(mine, theirs),
        {}};
    EditConflictPrompt::open(
        this, QStringLiteral("applicationConflictDialog"), content,
        [this, applicationUuid, mine, theirs](EditConflictDialog::Choice choice) {
            m_conflictOpen = false;
            if (!m_commands)
                return;
            if (choice == EditConflictDialog::Choice::KeepMine) {
                m_commands->keepChange(theirs, mine);
            } else if (choice == EditConflictDialog::Choice::TakeTheirs) {
                if (applicationUuid == m_application.uuid) {
                    m_notesPending = false;
                    m_datePending = false;
                }
                m_commands->showStored(applicationUuid);
            } else if (applicationUuid == m_application.uuid) {
                // Decide Later: what was typed stays and is offered again
                // when the notes or the date are next committed.
                m_notesPending = mine.notes.has_value() && m_notes->toPlainText() == *mine.notes;
                m_datePending = mine.promisedResponseDate.has_value();
            }
        });
}

} // namespace debrief
