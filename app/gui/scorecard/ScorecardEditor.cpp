#include "ScorecardEditor.h"

#include "ColleagueScorecards.h"
#include "DatabaseSession.h"
#include "DisplayText.h"
#include "DraftAutosave.h"
#include "ScoreLevelPicker.h"
#include "ScorecardConflict.h"
#include "ScorecardEditCommand.h"

#include "scoring/ScorecardSheet.h"
#include "scoring/ScorecardWorkflow.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// A bold title; plain text, since it names a criterion.
QLabel* sectionTitle(const QString& text) {
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit* noteEdit(const QString& objectName, const QString& placeholder, int lines) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    // Tab moves on to the next criterion instead of typing a tab character.
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lines + 14);
    return edit;
}

QString levelText(int level, const QString& anchor) {
    return QStringLiteral("<b>%1</b>&nbsp; %2").arg(level).arg(anchor.toHtmlEscaped());
}

QStringList recommendationTexts() {
    QStringList texts;
    int level = 1;
    for (Recommendation value : {Recommendation::StrongNo, Recommendation::No, Recommendation::Yes,
                                 Recommendation::StrongYes}) {
        texts.append(levelText(level++, toLabel(value)));
    }
    return texts;
}

std::optional<int> recommendationLevel(const std::optional<Recommendation>& value) {
    if (!value)
        return std::nullopt;
    return static_cast<int>(*value) + 1;
}

} // namespace

ScorecardEditor::ScorecardEditor(DatabaseSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("scorecardEditor"));
    setWindowTitle(tr("Scorecard"));
    m_undo = new QUndoStack(this);
    m_autosave = new DraftAutosave([this] { return storeDraft(); }, this);
    m_conflict = new ScorecardConflict(this);
    connect(m_conflict, &ScorecardConflict::keepMine, this, &ScorecardEditor::keepMine);
    connect(m_conflict, &ScorecardConflict::takeTheirs, this, &ScorecardEditor::takeTheirs);
    connect(m_conflict, &ScorecardConflict::undecided, this, [this] {
        m_status->setText(tr("Not saved: this scorecard was changed elsewhere. Your changes "
                             "are kept here until you choose."));
        m_status->setToolTip({});
    });
    connect(m_autosave, &DraftAutosave::saved, this, &ScorecardEditor::onDraftSaved);
    // The card belongs to the open database: saved before it closes, and the
    // editor closes with it.
    connect(&m_session, &DatabaseSession::aboutToChangeDatabase, this,
            &ScorecardEditor::saveDraftNow);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &QWidget::close);
    // Back on the server after a lost connection: what waited is saved now.
    connect(&m_session, &DatabaseSession::reconnected, this, &ScorecardEditor::saveDraftNow);
    connect(m_autosave, &DraftAutosave::failed, this, [this](const QString& why, int seconds) {
        // The card stays in the form; nothing typed is dropped. The reason
        // (often another program writing to the file) is a hover away.
        m_status->setText(tr("Not saved yet: your changes are kept here, and Debrief tries "
                             "again in %n seconds.",
                             "", seconds));
        m_status->setToolTip(why);
    });

    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* submit = new QShortcut(keys, this);
        submit->setContext(Qt::WidgetWithChildrenShortcut);
        connect(submit, &QShortcut::activated, this, &ScorecardEditor::requestSubmit);
    }

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("scorecardTitle"));
    m_title->setTextFormat(Qt::PlainText); // the candidate's name
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Which rubric version the card is scored against stays in sight: a
    // card keeps its version after the rubric is edited.
    m_rubricVersion = new QLabel;
    m_rubricVersion->setObjectName(QStringLiteral("rubricVersionLabel"));
    m_rubricVersion->setFrameShape(QFrame::StyledPanel);
    m_rubricVersion->setMargin(4);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("scorecardSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText); // round, panelist and rubric names
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_rubricVersion, 0, Qt::AlignVCenter);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    m_formHolder = new QVBoxLayout;
    layout->addLayout(m_formHolder, 1);
    layout->addWidget(buildFooter());
    resize(900, 720);
}

ScorecardEditor::~ScorecardEditor() {
    // A draft typed just before closing must not be lost.
    saveDraftNow();
}

QWidget* ScorecardEditor::buildFooter() {
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("scorecardProblems"));
    m_problems->setTextFormat(Qt::PlainText); // messages name criteria
    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    m_problems->setPalette(palette);
    m_problems->hide();

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("scorecardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::PlainText); // may quote a file name
    m_status->setWordWrap(true);
    m_amend = new QPushButton(tr("&Amend…"));
    m_amend->setObjectName(QStringLiteral("amendButton"));
    m_amend->setToolTip(tr("Change this submitted scorecard; the change and its reason are "
                           "recorded in the audit log."));
    connect(m_amend, &QPushButton::clicked, this, &ScorecardEditor::askAmendmentReason);
    m_submit = new QPushButton(tr("&Submit"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setToolTip(tr("Submit the scorecard (Ctrl+Return). It is locked afterwards."));
    connect(m_submit, &QPushButton::clicked, this, &ScorecardEditor::requestSubmit);

    auto* footer = new QWidget;
    auto* layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_amend);
    row->addWidget(m_submit);
    layout->addLayout(row);
    return footer;
}

Status ScorecardEditor::load(RowId interviewId, RowId panelistId) {
    auto sheet = ScorecardSheet::load(m_session.database(), interviewId, panelistId);
    if (!sheet)
        return sheet.error();
    m_interview = sheet->interview;
    m_applicationId = sheet->application.id;
    m_openingId = sheet->application.openingId;
    m_rubric = sheet->rubric;
    m_panelistName = sheet->panelistName;
    m_card = sheet->card;
    m_generation = m_session.generation();
    m_autosave->discard();
    m_amending = false;
    m_undo->clear();
    m_status->clear();

    const QString round = sheet->roundName;
    m_roundCriteria = sheet->roundCriteria;
    m_title->setText(tr("Scorecard: %1").arg(sheet->candidateName));
    m_subtitle->setText(tr("%1 · %2 · scored by %3 against “%4”")
                            .arg(round, DisplayText::dateTime(m_interview.scheduledAt),
                                 m_panelistName, m_rubric.name));
    m_rubricVersion->setText(tr("Rubric v%1").arg(m_rubric.version));
    m_rubricVersion->setToolTip(DisplayText::toolTip(
        tr("Scored against “%1”, version %2. The card keeps this version when the rubric is "
           "edited later.")
            .arg(m_rubric.name)
            .arg(m_rubric.version)));
    setWindowTitle(DisplayText::windowTitle(tr("Scorecard: %1").arg(sheet->candidateName)));
    rebuildForm();
    return {};
}

void ScorecardEditor::rebuildForm() {
    if (m_form) {
        m_formHolder->removeWidget(m_form);
        m_form->deleteLater();
    }
    m_pickers.clear();
    m_evidence.clear();
    m_form = buildForm();
    m_formHolder->addWidget(m_form);
    display(m_card);
    updateLockState();
    showColleagues();
    if (!m_pickers.isEmpty())
        setFocusProxy(m_pickers.first());
}

QWidget* ScorecardEditor::buildForm() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    for (int i = 0; i < m_rubric.criteria.size(); ++i)
        layout->addWidget(buildCriterion(i, m_rubric.criteria.at(i)));

    layout->addWidget(sectionTitle(tr("Overall recommendation")));
    m_recommendation = new ScoreLevelPicker(recommendationTexts(), {});
    m_recommendation->setObjectName(QStringLiteral("recommendationPicker"));
    m_recommendation->setAccessibleName(tr("Overall recommendation"));
    m_recommendation->setToolTip(tr("Press 1–4: strong no, no, yes, strong yes."));
    connect(m_recommendation, &ScoreLevelPicker::levelChosen, this, [this](auto level) {
        Scorecard after = m_card;
        after.recommendation =
            level ? std::optional(static_cast<Recommendation>(*level - 1)) : std::nullopt;
        edit(after, tr("Set recommendation to %1")
                        .arg(after.recommendation ? toLabel(*after.recommendation) : QString()));
    });
    connect(m_recommendation, &ScoreLevelPicker::moveRequested, this, [this](int step) {
        if (step < 0)
            focusPicker(static_cast<int>(m_pickers.size()) - 1);
    });
    layout->addWidget(m_recommendation);

    layout->addWidget(sectionTitle(tr("Key takeaways")));
    m_takeaways = noteEdit(QStringLiteral("takeawaysEdit"), tr("Key takeaways"), 4);
    connect(m_takeaways, &QPlainTextEdit::textChanged, this, [this] {
        Scorecard after = m_card;
        after.keyTakeaways = m_takeaways->toPlainText();
        edit(after, tr("Edit key takeaways"), QStringLiteral("takeaways"));
    });
    layout->addWidget(m_takeaways);

    layout->addWidget(sectionTitle(tr("Colleagues’ scorecards")));
    m_colleagues = new ColleagueScorecards;
    layout->addWidget(m_colleagues);
    layout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("scorecardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget* ScorecardEditor::buildCriterion(int index, const Criterion& criterion) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    QString heading = criterion.name;
    if (criterion.weight != 1.0)
        heading += QStringLiteral("  ") + tr("(weight %1)").arg(criterion.weight);
    QLabel* title = sectionTitle(heading);
    // Rounds assess a subset of the rubric; the others may stay "not assessed".
    if (!m_roundCriteria.isEmpty() && !m_roundCriteria.contains(criterion.id)) {
        title->setTextFormat(Qt::RichText);
        // The placeholder colour is translucent; rich text wants it spelled as rgba().
        const QColor muted = title->palette().color(QPalette::PlaceholderText);
        title->setText(
            QStringLiteral("%1 &nbsp;<span style=\"font-weight:normal; color:rgba(%2,%3,%4,%5)\">"
                           "%6</span>")
                .arg(heading.toHtmlEscaped())
                .arg(muted.red())
                .arg(muted.green())
                .arg(muted.blue())
                .arg(muted.alpha())
                .arg(tr("not part of this round").toHtmlEscaped()));
    }
    layout->addWidget(title);
    if (!criterion.description.isEmpty()) {
        auto* description = new QLabel(criterion.description);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(description);
    }
    QStringList levels;
    for (int level = 1; level <= criterion.scaleSize; ++level)
        levels.append(levelText(level, criterion.anchors.value(level - 1)));
    auto* picker = new ScoreLevelPicker(levels, tr("<b>0</b>&nbsp; Not assessed"));
    picker->setObjectName(QStringLiteral("scorePicker%1").arg(index));
    picker->setAccessibleName(tr("Score for %1").arg(criterion.name));
    picker->setToolTip(tr("Press 1–%1 to score, 0 or N for “not assessed”, Up/Down to move.")
                           .arg(criterion.scaleSize));
    connect(picker, &ScoreLevelPicker::levelChosen, this,
            [this, index](auto level) { setScore(index, level); });
    connect(picker, &ScoreLevelPicker::moveRequested, this,
            [this, index](int step) { focusPicker(index + step); });
    layout->addWidget(picker);

    auto* evidence =
        noteEdit(QStringLiteral("evidenceEdit%1").arg(index),
                 tr("Evidence for %1: what did the candidate say or do?").arg(criterion.name), 2);
    connect(evidence, &QPlainTextEdit::textChanged, this, [this, index] { setEvidence(index); });
    layout->addWidget(evidence);
    m_pickers.append(picker);
    m_evidence.append(evidence);
    return box;
}

CriterionRating& ScorecardEditor::ratingAt(Scorecard& card, int index) {
    const RowId criterionId = m_rubric.criteria.at(index).id;
    for (CriterionRating& rating : card.ratings) {
        if (rating.criterionId == criterionId)
            return rating;
    }
    card.ratings.append(CriterionRating{criterionId, std::nullopt, {}});
    return card.ratings.last();
}

void ScorecardEditor::setScore(int index, std::optional<int> score) {
    Scorecard after = m_card;
    ratingAt(after, index).score = score;
    const QString name = m_rubric.criteria.at(index).name;
    edit(after, score ? tr("Score “%1” %2").arg(name).arg(*score)
                      : tr("Mark “%1” not assessed").arg(name));
}

void ScorecardEditor::setEvidence(int index) {
    Scorecard after = m_card;
    ratingAt(after, index).evidence = m_evidence.at(index)->toPlainText();
    const Criterion& criterion = m_rubric.criteria.at(index);
    edit(after, tr("Edit evidence for “%1”").arg(criterion.name),
         QStringLiteral("evidence:%1").arg(criterion.id));
}

void ScorecardEditor::edit(const Scorecard& after, const QString& text, const QString& mergeKey) {
    if (after == m_card || isReadOnly())
        return;
    m_undo->push(new ScorecardEditCommand([this](const Scorecard& card) { apply(card); }, m_card,
                                          after, text, mergeKey));
}

void ScorecardEditor::apply(const Scorecard& card) {
    // An undo or redo brings back what was typed, not the stored row and
    // version it was saved as then: saving it must not look stale.
    Scorecard typed = card;
    typed.id = m_card.id;
    typed.uuid = m_card.uuid;
    typed.rowVersion = m_card.rowVersion;
    typed.updatedAt = m_card.updatedAt;
    display(typed);
    if (!m_card.isSubmitted()) {
        m_status->setText(tr("Unsaved changes…"));
        m_autosave->changed();
    }
}

void ScorecardEditor::display(const Scorecard& card) {
    m_card = card;
    for (int i = 0; i < m_pickers.size(); ++i) {
        const CriterionRating& rating = ratingAt(m_card, i);
        m_pickers.at(i)->setLevel(rating.score);
        QPlainTextEdit* evidence = m_evidence.at(i);
        // Only touch the text when it differs, so the cursor stays put while typing.
        if (evidence->toPlainText() != rating.evidence) {
            const QSignalBlocker blocker(evidence);
            evidence->setPlainText(rating.evidence);
        }
    }
    if (m_recommendation)
        m_recommendation->setLevel(recommendationLevel(m_card.recommendation));
    if (m_takeaways && m_takeaways->toPlainText() != m_card.keyTakeaways) {
        const QSignalBlocker blocker(m_takeaways);
        m_takeaways->setPlainText(m_card.keyTakeaways);
    }
}

void ScorecardEditor::focusPicker(int index) {
    if (index >= 0 && index < m_pickers.size())
        m_pickers.at(index)->setFocus(Qt::OtherFocusReason);
    else if (index >= m_pickers.size() && m_recommendation)
        m_recommendation->setFocus(Qt::OtherFocusReason);
}

void ScorecardEditor::saveDraftNow() {
    if (m_card.isSubmitted() || m_card.interviewId == kNoRow)
        m_autosave->discard();
    m_autosave->saveNow();
}

Status ScorecardEditor::storeDraft() {
    // Never into another file than the card came from (File › Open, Restore).
    if (m_session.generation() != m_generation)
        return Error{tr("The database this scorecard belongs to was closed.")};
    // While the user compares versions, the autosave's retries wait.
    if (m_conflict->isOpen())
        return Error{tr("This scorecard was changed elsewhere; choose which version to keep.")};
    auto saved =
        ScorecardWorkflow(m_session.database()).saveDraft(m_card, QDateTime::currentDateTimeUtc());
    // Opened after DraftAutosave has noted the failure: the choice has the
    // last word in the status line.
    if (saved.isStale())
        QTimer::singleShot(0, this, [this, theirs = saved.current()] { resolveConflict(theirs); });
    return saved;
}

void ScorecardEditor::resolveConflict(const Scorecard& theirs) {
    // Over a submitted card only an amendment may be kept, never a draft.
    m_conflict->ask(m_rubric, m_card, theirs, !theirs.isSubmitted() || m_amending);
}

void ScorecardEditor::keepMine(const Scorecard& theirs) {
    // The same card, now based on the version just compared; an amendment
    // is stored when the user submits it again.
    m_card.rowVersion = theirs.rowVersion;
    m_status->setToolTip({});
    if (m_card.isSubmitted()) {
        m_status->setText(tr("Your amendment is kept here; submit it again to store it."));
        return;
    }
    m_autosave->changed();
    m_autosave->saveNow();
}

void ScorecardEditor::takeTheirs(const Scorecard& theirs) {
    m_autosave->discard();
    m_amending = false;
    m_undo->clear();
    display(theirs);
    updateLockState();
    m_status->setText(tr("Showing the version saved elsewhere; yours was not kept."));
    m_status->setToolTip({});
    emit cardStored();
}

void ScorecardEditor::onDraftSaved() {
    m_status->setToolTip({});
    m_status->setText(tr("Draft saved %1")
                          .arg(QLocale().toString(m_card.updatedAt.toLocalTime().time(),
                                                  QStringLiteral("HH:mm"))));
    emit cardStored();
}

bool ScorecardEditor::submitCard() {
    if (isReadOnly())
        return false;
    ScorecardWorkflow workflow(m_session.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Scorecard card = m_card;
    const VersionedSave<Scorecard> done =
        m_amending ? workflow.amend(card, m_rubric, m_panelistName, m_amendReason, now)
                   : workflow.submit(card, m_rubric, now);
    if (!done) {
        showProblems(done.error().message);
        if (done.isStale())
            resolveConflict(done.current());
        return false;
    }
    const bool amended = m_amending;
    m_amending = false;
    m_amendReason.clear();
    if (auto stored = ScorecardSheet::storedCard(m_session.database(), card.id))
        card = *stored;
    m_card = card;
    m_autosave->discard();
    m_undo->clear();
    showProblems({});
    m_status->setText(
        amended ? tr("Amendment saved; the audit log records the change.")
                : tr("Submitted %1").arg(DisplayText::dateTime(m_card.submittedAt.toLocalTime())));
    updateLockState();
    showColleagues();
    emit cardStored();
    return true;
}

void ScorecardEditor::requestSubmit() {
    const QStringList unassessed =
        m_amending || isReadOnly()
            ? QStringList()
            : ScorecardWorkflow::unassessedInRound(m_card, m_rubric, m_roundCriteria);
    if (unassessed.isEmpty()) {
        submitCard();
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Submit Scorecard"),
        tr("Left “not assessed” in this round: %1.\n\nSubmit anyway? A submitted scorecard "
           "can only be changed by an amendment with a reason.")
            .arg(QLocale().createSeparatedList(unassessed)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unassessedQuestion"));
    box->setTextFormat(Qt::PlainText); // criterion names are data
    QPushButton* submit = box->addButton(tr("&Submit Anyway"), QMessageBox::AcceptRole);
    box->addButton(tr("&Keep Scoring"), QMessageBox::RejectRole);
    box->setDefaultButton(submit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, submit](QAbstractButton* clicked) {
        if (clicked == submit)
            submitCard();
    });
    box->open();
}

void ScorecardEditor::askAmendmentReason() {
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("amendReasonDialog"));
    dialog->setWindowTitle(tr("Amend Scorecard"));
    dialog->setLabelText(tr("Why are you changing this submitted scorecard? The reason is kept "
                            "in the audit log with the old and new values."));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, &ScorecardEditor::beginAmendment);
    dialog->open();
}

void ScorecardEditor::beginAmendment(const QString& reason) {
    if (!m_card.isSubmitted() || reason.trimmed().isEmpty())
        return;
    m_amending = true;
    m_amendReason = reason.trimmed();
    m_undo->clear();
    m_status->setText(tr("Amending: changes are saved with Ctrl+Return and audited."));
    updateLockState();
    focusPicker(0);
}

void ScorecardEditor::updateLockState() {
    const bool readOnly = isReadOnly();
    for (ScoreLevelPicker* picker : std::as_const(m_pickers))
        picker->setReadOnly(readOnly);
    for (QPlainTextEdit* evidence : std::as_const(m_evidence))
        evidence->setReadOnly(readOnly);
    if (m_recommendation)
        m_recommendation->setReadOnly(readOnly);
    if (m_takeaways)
        m_takeaways->setReadOnly(readOnly);
    m_amend->setVisible(m_card.isSubmitted() && !m_amending);
    m_submit->setVisible(!readOnly);
    m_submit->setText(m_amending ? tr("&Save Amendment") : tr("&Submit"));
    if (readOnly && m_status->text().isEmpty())
        m_status->setText(
            tr("Submitted %1").arg(DisplayText::dateTime(m_card.submittedAt.toLocalTime())));
}

void ScorecardEditor::showProblems(const QString& problems) {
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
}

void ScorecardEditor::showColleagues() {
    if (m_colleagues)
        m_colleagues->showFor(m_session.database(), m_card, m_applicationId);
}

void ScorecardEditor::closeEvent(QCloseEvent* event) {
    saveDraftNow();
    if (!m_autosave->isPending()) {
        QWidget::closeEvent(event);
        return;
    }
    // The draft could not be saved: closing now would lose what was typed.
    event->ignore();
    m_autosave->askBeforeDropping(this, m_status->toolTip(), [this] { close(); });
}

} // namespace debrief
