#include "ReferenceListEditor.h"

#include "CardDelegate.h"
#include "DisplayText.h"
#include "live/EditConflictPrompt.h"
#include "pipeline/PipelineCommands.h"
#include "pipeline/ReferenceComparison.h"
#include "pipeline/ReferenceDialog.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {
ReferenceListEditor::ReferenceListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("&Add…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_remove(new QPushButton(tr("Remove"))) {
    setObjectName(QStringLiteral("referenceEditor"));
    m_list->setObjectName(QStringLiteral("referenceList"));
    m_list->setAccessibleName(tr("References"));
    m_list->setItemDelegate(new CardDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, &ReferenceListEditor::editReference);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReferenceListEditor::updateButtons);

    m_add->setObjectName(QStringLiteral("addReferenceButton"));
    m_add->setToolTip(tr("Record a referee for this candidate"));
    m_edit->setObjectName(QStringLiteral("editReferenceButton"));
    m_remove->setObjectName(QStringLiteral("removeReferenceButton"));
    m_remove->setToolTip(tr("Remove the selected reference (Delete); Edit › Undo brings it back"));
    connect(m_add, &QPushButton::clicked, this, &ReferenceListEditor::addReference);
    connect(m_edit, &QPushButton::clicked, this, &ReferenceListEditor::editReference);
    connect(m_remove, &QPushButton::clicked, this, &ReferenceListEditor::removeReference);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ReferenceListEditor::setCommands(PipelineCommands* commands) {
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_commands = commands;
    if (m_commands) {
        connect(m_commands, &PipelineCommands::referenceConflict, this,
                &ReferenceListEditor::resolveConflict);
    }
    updateButtons();
}

void ReferenceListEditor::display(const Application& application, const QString& candidateName,
                                  const QList<Reference>& references, const QDate& today) {
    const int previousRow = application.id == m_application.id ? currentRow() : -1;
    m_application = application;
    m_candidateName = candidateName;
    m_references = references;
    m_today = today;
    m_list->clear();
    for (const Reference& reference : references) {
        QString relation = DisplayText::orDash(reference.relation);
        if (reference.contactedOn.isValid()) {
            relation += QStringLiteral(" · ") %
                        tr("contacted %1").arg(DisplayText::date(reference.contactedOn));
        }
        CardDelegate::addCard(m_list, reference.name,
                              {relation, DisplayText::orDash(reference.summary)},
                              reference.concern ? tr("⚠ Concern") : QString());
    }
    // Stay on the same card after an edit of this candidate's references.
    if (previousRow >= 0 && m_list->count() > 0)
        m_list->setCurrentRow(qMin(previousRow, m_list->count() - 1));
    updateButtons();
}

int ReferenceListEditor::currentRow() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_references.size() ? row : -1;
}

void ReferenceListEditor::updateButtons() {
    const bool editable = m_commands != nullptr && m_application.id != kNoRow;
    m_add->setVisible(m_commands != nullptr);
    m_edit->setVisible(m_commands != nullptr);
    m_remove->setVisible(m_commands != nullptr);
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && currentRow() >= 0);
    m_remove->setEnabled(editable && currentRow() >= 0);
}

bool ReferenceListEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete && m_remove->isEnabled()) {
        removeReference();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReferenceListEditor::addReference() {
    if (m_commands && m_application.id != kNoRow)
        openReferenceDialog(Reference{});
}

void ReferenceListEditor::editReference() {
    if (const int row = currentRow(); row >= 0 && m_commands)
        openReferenceDialog(m_references.at(row));
}

void ReferenceListEditor::removeReference() {
    if (const int row = currentRow(); row >= 0 && m_commands)
        m_commands->removeReference(m_application, m_references.at(row));
}

void ReferenceListEditor::openReferenceDialog(const Reference& reference) {
    auto* dialog =
        new ReferenceDialog(reference, m_candidateName, m_application.stage, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Application shown = m_application;
    const bool adding = reference.uuid.isNull();
    connect(dialog, &QDialog::accepted, this, [this, dialog, shown, adding] {
        if (!m_commands)
            return;
        if (adding)
            m_commands->addReference(shown, dialog->reference());
        else
            m_commands->editReference(shown, dialog->reference());
    });
    // open(), not exec(): window-modal without blocking the caller.
    dialog->open();
}

void ReferenceListEditor::resolveConflict(const Reference& mine, const Reference& theirs) {
    if (m_conflictOpen || !m_commands)
        return;
    m_conflictOpen = true;
    const EditConflictDialog::Content content{
        tr("Reference Changed Elsewhere"),
        tr("This reference was saved elsewhere (in another window or on another computer) "
           "after you opened it. Nothing was overwritten. Compare the two versions and choose "
           "which to keep."),
        ReferenceComparison::fields(mine, theirs),
        {}};
    const Application shown = m_application;
    EditConflictPrompt::open(this, QStringLiteral("referenceConflictDialog"), content,
                             [this, shown, mine, theirs](EditConflictDialog::Choice choice) {
                                 m_conflictOpen = false;
                                 if (!m_commands)
                                     return;
                                 Reference kept = mine;
                                 switch (choice) {
                                 case EditConflictDialog::Choice::KeepMine:
                                     kept.rowVersion = theirs.rowVersion;
                                     m_commands->editReference(shown, kept);
                                     break;
                                 case EditConflictDialog::Choice::TakeTheirs:
                                     break; // the list already shows the saved version
                                 case EditConflictDialog::Choice::Undecided:
                                     // Nothing typed is lost: the dialog opens again with it,
                                     // still based on the version first read, so saving asks again.
                                     if (shown.uuid == m_application.uuid)
                                         openReferenceDialog(mine);
                                     break;
                                 }
                             });
}

} // namespace debrief
