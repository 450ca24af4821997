#include "DraftEditor.h"

#include "DraftConflict.h"
#include "DraftOutput.h"
#include "MailLinkQuestion.h"
#include "MarkSentDialog.h"
#include "SendAnywayQuestion.h"
#include "StrengthChoices.h"
#include "ToneFindingsPanel.h"
#include "ToneHighlighter.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "EditingUser.h"
#include "WarningBox.h"
#include "scorecard/CurrentPanelist.h"

#include "correspondence/MailtoLink.h"
#include "drafting/DraftComposer.h"
#include "drafting/DraftEmail.h"
#include "drafting/DraftLanguage.h"
#include "drafting/DraftToneCheck.h"
#include "drafting/DraftWorkflow.h"
#include "drafting/RejectionQueue.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// Long enough that the check waits for a pause in typing, short enough
/// that the marks follow the text.
constexpr int kToneDelayMs = 250;

QString languageName(const QString& code) {
    const QLocale locale(code);
    // "en" alone would read "American English"; the templates are not American.
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? code : native.left(1).toUpper() + native.mid(1);
}

QPushButton* button(const QString& text, const char* objectName) {
    auto* b = new QPushButton(text);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setAutoDefault(false);
    return b;
}

} // namespace

DraftEditor::DraftEditor(DatabaseSession& session, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings) {
    setObjectName(QStringLiteral("draftEditor"));
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("heldBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);
    // Dark text on a light amber: readable in light and dark themes alike.
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #3d2e00; border: 1px solid #e0a800; }"));
    m_banner->hide();

    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true);
    m_highlighter = new ToneHighlighter(m_body->document());
    m_findings = new ToneFindingsPanel;
    m_choices = new StrengthChoices;
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("draftStatus"));
    m_status->setWordWrap(true);
    m_toneTimer = new QTimer(this);
    m_toneTimer->setSingleShot(true);
    m_toneTimer->setInterval(kToneDelayMs);

    auto* side = new QSplitter(Qt::Vertical);
    side->addWidget(m_findings);
    side->addWidget(m_choices);
    side->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("draftSplitter"));
    split->addWidget(m_body);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    // The letter gets the larger share; stretch factors alone only share out
    // what the side panel's wide evidence text leaves.
    split->setSizes({3000, 2000});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(buildHeader());
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buildButtons());

    connect(m_body->document(), &QTextDocument::contentsChanged, m_toneTimer,
            qOverload<>(&QTimer::start));
    connect(m_toneTimer, &QTimer::timeout, this, &DraftEditor::checkToneNow);
    connect(m_findings, &ToneFindingsPanel::spanRequested, this, &DraftEditor::selectSpan);
    connect(m_choices, &StrengthChoices::applyRequested, this, &DraftEditor::onApplyChoices);
}

DraftEditor::~DraftEditor() = default;

QWidget* DraftEditor::buildHeader() {
    m_languageCombo = new QComboBox;
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& code : DraftLanguage::available())
        m_languageCombo->addItem(languageName(code), code);
    connect(m_languageCombo, &QComboBox::activated, this, &DraftEditor::onLanguageChosen);
    m_recipient = new QLabel;
    m_recipient->setObjectName(QStringLiteral("recipientLabel"));
    m_recipient->setTextFormat(Qt::PlainText);
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_recipient, 1);
    auto* languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_languageCombo);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_languageCombo);

    auto* header = new QWidget;
    auto* form = new QFormLayout(header);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("To:"), languageRow);
    form->addRow(tr("S&ubject:"), m_subject);
    return header;
}

QWidget* DraftEditor::buildButtons() {
    m_save = button(tr("&Save"), "saveDraftButton");
    m_save->setShortcut(QKeySequence::Save);
    auto* copy = button(tr("&Copy"), "copyButton");
    copy->setToolTip(tr("Copies the message as plain text and HTML."));
    auto* mail = button(tr("Open in &Mail Client"), "mailButton");
    auto* eml = button(tr("Save as .&eml…"), "saveEmlButton");
    m_markSent = button(tr("Mark as Se&nt…"), "markSentButton");
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveForOutput())
            m_status->setText(tr("Saved."));
    });
    connect(copy, &QPushButton::clicked, this, &DraftEditor::copyToClipboard);
    connect(mail, &QPushButton::clicked, this, &DraftEditor::openInMailClient);
    connect(eml, &QPushButton::clicked, this, &DraftEditor::askEmlFile);
    connect(m_markSent, &QPushButton::clicked, this, &DraftEditor::markSent);

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_save);
    layout->addStretch(1);
    for (QPushButton* b : {copy, mail, eml, m_markSent})
        layout->addWidget(b);
    return row;
}

Status DraftEditor::load(RowId applicationId) {
    auto stored = DraftWorkflow(m_session.database()).latest(applicationId);
    if (!stored)
        return stored.error();
    QString language = DraftOutput::defaultLanguage(m_settings.uiLanguage());
    if (stored->has_value())
        language = (*stored)->language;
    m_context.application.id = applicationId;
    if (Status loaded = loadLanguage(language); !loaded)
        return loaded;
    auto offers =
        RejectionQueue::pendingOfferNames(m_session.database(), m_context.application.openingId);
    if (!offers)
        return offers.error();
    m_pendingOffers = *offers;
    m_draft = stored->value_or(RejectionDraft{});
    if (Status composed = recompose(); !composed)
        return composed;
    if (stored->has_value())
        showDraft(**stored);
    setWindowTitle(DisplayText::windowTitle(
        (m_context.isOffer() ? tr("Offer for %1 — %2") : tr("Rejection for %1 — %2"))
            .arg(m_context.candidate.fullName, m_context.opening.title)));
    updateState();
    checkToneNow();
    return {};
}

Status DraftEditor::loadLanguage(const QString& language) {
    // The strengths come from the scorecards the sender may see.
    auto context = DraftComposer(m_session.database())
                       .context(m_context.application.id, language, m_session.today(),
                                CurrentPanelist::viewer(m_session, m_settings));
    if (!context)
        return context.error();
    auto checker = ToneChecker::forLanguage(language);
    if (!checker)
        return checker.error();
    m_context = *context;
    m_checker = *checker;
    m_language = context->language;
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language));
    m_choices->setContext(m_context, {});
    m_recipient->setText(tr("%1 <%2>, from %3")
                             .arg(m_context.candidate.fullName,
                                  DisplayText::orDash(m_context.candidate.email),
                                  DisplayText::orDash(m_context.sender.name)));
    return {};
}

Status DraftEditor::recompose() {
    DraftContext context = m_context;
    if (!m_choices->shareDecidingFactor())
        context.shareableDecidingCriteria.clear();
    auto composed = DraftComposer(m_session.database()).compose(context, m_choices->options());
    if (!composed)
        return composed.error();
    m_composed = *composed;
    RejectionDraft shown = m_draft;
    shown.language = composed->language;
    shown.templateId = composed->templateId;
    shown.subject = composed->subject;
    shown.body = composed->body;
    shown.applicationId = m_context.application.id;
    showDraft(shown);
    return {};
}

void DraftEditor::showDraft(const RejectionDraft& draft) {
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
    m_draft.language = draft.language;
    m_draft.templateId = draft.templateId;
    m_draft.applicationId = draft.applicationId;
}

RejectionDraft DraftEditor::current() const {
    RejectionDraft d = m_draft;
    d.applicationId = m_context.application.id;
    d.language = m_language;
    d.subject = m_subject->text();
    d.body = m_body->toPlainText();
    return d;
}

bool DraftEditor::isHeld() const {
    return DraftWorkflow::isHeld(current(), m_context.application);
}

bool DraftEditor::isEdited() const {
    return m_subject->text() != m_composed.subject || m_body->toPlainText() != m_composed.body;
}

QString DraftEditor::heldText() const {
    const QString why = m_context.application.holdReason;
    if (m_pendingOffers.isEmpty())
        return tr("Held: %1 Do not send it until the hold is released.").arg(why);
    return tr("Held until %1’s offer is accepted. %2 Sending it now would turn this candidate "
              "down while they may still be the panel's next choice.")
        .arg(m_pendingOffers.join(tr(" and ")), why);
}

void DraftEditor::updateState() {
    const bool sent = m_draft.isSent();
    if (sent) {
        m_banner->setText(
            tr("Sent on %1 by %2. A sent message is the record of what the "
               "candidate was told and no longer changes.")
                .arg(DisplayText::dateTime(m_draft.sentAt.toLocalTime()),
                     fromKey<CommunicationChannel>(m_draft.sentChannel)
                         ? toLabel(*fromKey<CommunicationChannel>(m_draft.sentChannel))
                         : m_draft.sentChannel));
    } else if (isHeld()) {
        m_banner->setText(heldText());
    }
    m_banner->setVisible(sent || isHeld());
    m_subject->setReadOnly(sent);
    m_body->setReadOnly(sent);
    m_choices->setReadOnly(sent);
    m_languageCombo->setEnabled(!sent);
    m_save->setEnabled(!sent);
    m_markSent->setEnabled(!sent);
}

void DraftEditor::checkToneNow() {
    m_toneTimer->stop();
    if (!m_checker)
        return;
    const QString text = m_body->toPlainText();
    const QList<ToneFinding> found = m_checker->check(text, DraftToneCheck::contextFor(m_context));
    m_highlighter->setFindings(found);
    m_findings->setFindings(text, found);
}

const QList<ToneFinding>& DraftEditor::findings() const {
    return m_highlighter->findings();
}

VersionedSave<RejectionDraft> DraftEditor::save() {
    if (m_draft.isSent() || m_context.application.id == kNoRow)
        return {};
    RejectionDraft draft = current();
    // Nothing typed since it was read: nothing to store, and nothing to set
    // against an edit made elsewhere meanwhile.
    if (draft.id != kNoRow && DraftWorkflow::sameContent(draft, m_draft))
        return {};
    auto saved =
        DraftWorkflow(m_session.database()).save(draft, actor(), QDateTime::currentDateTimeUtc());
    if (saved.isStale())
        resolveConflict(saved.current());
    if (!saved)
        return saved;
    const bool changed = m_draft.id == kNoRow || draft.rowVersion != m_draft.rowVersion;
    m_draft = draft;
    if (changed)
        emit draftChanged(m_draft.applicationId);
    return saved;
}

void DraftEditor::resolveConflict(const RejectionDraft& theirs) {
    if (m_conflictOpen)
        return;
    m_conflictOpen = true;
    DraftConflict::ask(this, current(), theirs, [this, theirs](EditConflictDialog::Choice choice) {
        m_conflictOpen = false;
        if (choice == EditConflictDialog::Choice::KeepMine) {
            // The sender's text, now based on the version just compared.
            m_draft = theirs;
            if (saveForOutput())
                m_status->setText(tr("Your version is saved over the other one."));
        } else if (choice == EditConflictDialog::Choice::TakeTheirs) {
            if (Status reloaded = load(m_context.application.id); !reloaded)
                report(reloaded.errorMessage());
            m_status->setText(tr("Showing the version saved elsewhere; yours was not kept."));
            emit draftChanged(m_context.application.id);
        } else {
            m_status->setText(tr("Not saved: this draft was changed elsewhere. Your text is "
                                 "kept here until you choose."));
        }
    });
}

void DraftEditor::closeEvent(QCloseEvent* event) {
    if (!saveForOutput()) {
        event->ignore();
        return;
    }
    event->accept();
}

void DraftEditor::onLanguageChosen() {
    const QString chosen = m_languageCombo->currentData().toString();
    if (chosen == m_language)
        return;
    const auto switchTo = [this, chosen] {
        if (Status loaded = loadLanguage(chosen); !loaded) {
            m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language));
            report(loaded.errorMessage());
            return;
        }
        if (Status composed = recompose(); !composed)
            report(composed.errorMessage());
        checkToneNow();
    };
    askRecompose(tr("The draft will be written again from the %1 template, and your edits to it "
                    "will be replaced.")
                     .arg(m_languageCombo->currentText()),
                 switchTo, [this] {
                     m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language));
                 });
}

void DraftEditor::onApplyChoices() {
    const auto apply = [this] {
        if (Status composed = recompose(); !composed)
            report(composed.errorMessage());
        checkToneNow();
    };
    askRecompose(tr("The draft will be written again from the template with your choices, and "
                    "your edits to it will be replaced."),
                 apply);
}

void DraftEditor::askRecompose(const QString& text, const std::function<void()>& yes,
                               const std::function<void()>& no) {
    if (!isEdited()) {
        yes();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Write the Draft Again?"), text,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("recomposeQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes, no] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            yes();
        else if (no)
            no();
    });
    box->open();
}

void DraftEditor::selectSpan(qsizetype start, qsizetype length, bool focusEditor) {
    QTextCursor cursor(m_body->document());
    const int last = m_body->document()->characterCount() - 1;
    cursor.setPosition(int(std::min<qsizetype>(start, last)));
    cursor.setPosition(int(std::min<qsizetype>(start + length, last)), QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    if (focusEditor)
        m_body->setFocus(Qt::OtherFocusReason);
}

bool DraftEditor::saveForOutput() {
    const auto saved = save();
    // A stale save has opened the comparison; anything else is reported.
    if (!saved && !saved.isStale())
        report(saved.errorMessage());
    return saved.ok();
}

void DraftEditor::whenToneAllows(const std::function<void(const QStringList&)>& send) {
    // Core's check of the text as it goes out, not the marks of the last pause.
    const QString text = m_body->toPlainText();
    auto found = DraftToneCheck::check(m_context, text);
    if (!found) {
        report(found.errorMessage());
        return;
    }
    SendAnywayQuestion::ask(this, text, *found, send);
}

void DraftEditor::logOutput(int kind, const QString& done, const QStringList& openFindings) {
    const Status logged = DraftOutput::log(m_session.database(), m_draft, OutputKind(kind), actor(),
                                           QDateTime::currentDateTimeUtc(), openFindings);
    if (!logged) {
        report(logged.errorMessage());
        return;
    }
    m_status->setText(done);
    emit draftChanged(m_draft.applicationId);
}

void DraftEditor::copyToClipboard() {
    if (!saveForOutput())
        return;
    whenToneAllows([this](const QStringList& openFindings) {
        QApplication::clipboard()->setMimeData(DraftOutput::mimeData(m_draft));
        logOutput(int(OutputKind::Clipboard),
                  tr("Copied as plain text and HTML; noted in the communication log."),
                  openFindings);
    });
}

void DraftEditor::openInMailClient() {
    if (!saveForOutput())
        return;
    whenToneAllows([this](const QStringList& openFindings) { openMailLink(openFindings); });
}

void DraftEditor::openMailLink(const QStringList& openFindings) {
    const EmailMessage message =
        DraftEmail::message(m_context, m_draft, QDateTime::currentDateTimeUtc());
    const MailtoResult link = MailtoLink::build(message);
    const auto open = [this, link, openFindings] {
        if (!QDesktopServices::openUrl(link.url)) {
            report(tr("No mail client opened the message. Use Copy or Save as .eml instead."));
            return;
        }
        logOutput(int(OutputKind::MailClient),
                  tr("Opened in the mail client; noted in the communication log."), openFindings);
    };
    if (!link.truncated && !link.tooLong) {
        open();
        return;
    }
    MailLinkQuestion::ask(this, link.tooLong, [this, open](MailLinkQuestion::Answer answer) {
        if (answer == MailLinkQuestion::Answer::SaveEml)
            askEmlFile();
        else if (answer == MailLinkQuestion::Answer::Copy)
            copyToClipboard();
        else if (answer == MailLinkQuestion::Answer::OpenShortened)
            open();
    });
}

void DraftEditor::askEmlFile() {
    if (!saveForOutput())
        return;
    whenToneAllows([this](const QStringList& openFindings) { askEmlPath(openFindings); });
}

void DraftEditor::askEmlPath(const QStringList& openFindings) {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto* dialog = new QFileDialog(this, tr("Save as .eml"), folder, tr("E-mail messages (*.eml)"));
    dialog->setObjectName(QStringLiteral("emlFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("eml"));
    dialog->selectFile(DraftOutput::fileName(m_draft.applicationId, m_context.candidate.fullName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, openFindings](const QString& path) { writeEml(path, openFindings); });
    dialog->open();
}

void DraftEditor::writeEml(const QString& path, const QStringList& openFindings) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status saved = DraftOutput::saveEml(m_session.database(), m_draft,
                                              DraftEmail::message(m_context, m_draft, now), path,
                                              actor(), now, openFindings);
    if (!saved) {
        report(saved.errorMessage());
        return;
    }
    m_status->setText(tr("Saved %1 (readable by you only); noted in the communication log.")
                          .arg(QDir::toNativeSeparators(path)));
    emit draftChanged(m_draft.applicationId);
}

void DraftEditor::markSent() {
    whenToneAllows([this](const QStringList& openFindings) { confirmHeld(openFindings); });
}

void DraftEditor::confirmHeld(const QStringList& openFindings) {
    if (!isHeld()) {
        askChannel(false, openFindings);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Send a Held Rejection?"),
                                heldText() + QStringLiteral("\n\n") +
                                    tr("Mark this rejection as sent anyway?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("heldConfirmation"));
    box->setTextFormat(Qt::PlainText); // the hold's reason and the runners-up's names
    box->button(QMessageBox::Yes)->setText(tr("Mark as Sent Anyway"));
    box->button(QMessageBox::No)->setText(tr("Keep Held"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, openFindings] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            askChannel(true, openFindings);
    });
    box->open();
}

void DraftEditor::askChannel(bool confirmHeld, const QStringList& openFindings) {
    auto* dialog = new MarkSentDialog(m_context.candidate.fullName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, confirmHeld, openFindings] {
        if (!saveForOutput())
            return;
        const auto sent = DraftWorkflow(m_session.database())
                              .markSent(m_draft, dialog->channel(), confirmHeld, actor(),
                                        QDateTime::currentDateTimeUtc(), openFindings);
        if (sent.isStale()) {
            resolveConflict(sent.current());
            return;
        }
        if (!sent) {
            report(sent.errorMessage());
            return;
        }
        if (Status reloaded = load(m_context.application.id); !reloaded)
            report(reloaded.errorMessage());
        m_status->setText(tr("Marked as sent and logged as the panel's final answer."));
        emit draftChanged(m_context.application.id);
    });
    dialog->open();
}

void DraftEditor::report(const QString& message) {
    WarningBox::show(this, tr("Rejection Draft"), message, QStringLiteral("draftMessage"));
}

QString DraftEditor::actor() const {
    return EditingUser::name(m_session, m_settings);
}

} // namespace debrief
