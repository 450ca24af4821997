#include "RejectionDraftsView.h"

#include "DraftEditor.h"
#include "DraftOutput.h"
#include "WarningBox.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "EditingUser.h"
#include "scorecard/CurrentPanelist.h"

#include "drafting/DraftBatchExport.h"
#include "opening/PanelDirectory.h"
#include "settings/Settings.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {
namespace {

enum Column { NameColumn, StageColumn, DetailColumn };
enum Role { ApplicationRole = Qt::UserRole + 1, GroupRole };

QString groupTitle(DraftGroup group, qsizetype count) {
    switch (group) {
    case DraftGroup::Offer:
        return RejectionDraftsView::tr(
                   "Offer letters (%1): the chosen candidate's offer is pending")
            .arg(count);
    case DraftGroup::Held:
        return RejectionDraftsView::tr("Held (%1): wait until the chosen candidate accepts")
            .arg(count);
    case DraftGroup::Ready:
        return RejectionDraftsView::tr("Ready (%1)").arg(count);
    case DraftGroup::Sent:
        return RejectionDraftsView::tr("Sent (%1)").arg(count);
    }
    return {};
}

} // namespace

RejectionDraftsView::RejectionDraftsView(DatabaseSession& session, Settings& settings,
                                         QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings) {
    setObjectName(QStringLiteral("rejectionDraftsView"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("draftTree"));
    m_tree->setAccessibleName(tr("Candidates not chosen"));
    m_tree->setHeaderLabels({tr("Candidate"), tr("Stage reached"), tr("Where it stands")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StageColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_heading = new QLabel;
    m_heading->setBuddy(m_tree);
    m_heading->setWordWrap(true);
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("draftsStatus"));
    m_status->setWordWrap(true);

    m_open = new QPushButton(tr("&Open Draft"));
    m_open->setObjectName(QStringLiteral("openDraftButton"));
    m_saveAll = new QPushButton(tr("Save All Ready as .&eml…"));
    m_saveAll->setObjectName(QStringLiteral("saveAllReadyButton"));
    auto* refresh = new QPushButton(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAll);
    buttons->addStretch(1);
    buttons->addWidget(refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RejectionDraftsView::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &RejectionDraftsView::openSelected);
    connect(m_saveAll, &QPushButton::clicked, this, &RejectionDraftsView::askFolder);
    connect(refresh, &QPushButton::clicked, this, [this] {
        if (Status loaded = reload(); !loaded)
            report(loaded.errorMessage());
    });
    resize(900, 600);
}

Status RejectionDraftsView::load(RowId openingId) {
    m_openingId = openingId;
    auto opening = PanelDirectory(m_session.database()).opening(openingId);
    if (!opening)
        return opening.error();
    setWindowTitle(DisplayText::windowTitle(tr("Rejection Drafts — %1").arg(opening->title)));
    m_heading->setText(tr("The letters for <b>%1</b>: the chosen candidate's offer, and the "
                          "answer to everyone not chosen, held, ready or sent. Enter opens a "
                          "draft.")
                           .arg(opening->title.toHtmlEscaped()));
    return reload();
}

Status RejectionDraftsView::reload() {
    const RowId selected = selectedApplication();
    auto rows = RejectionQueue::load(m_session.database(), m_openingId);
    if (!rows)
        return rows.error();
    m_rows = *rows;
    fill();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(NameColumn, ApplicationRole).value<RowId>() == selected)
                m_tree->setCurrentItem(group->child(i));
        }
    }
    updateButtons();
    return {};
}

void RejectionDraftsView::fill() {
    m_tree->clear();
    for (const DraftGroup group :
         {DraftGroup::Offer, DraftGroup::Held, DraftGroup::Ready, DraftGroup::Sent}) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, GroupRole, int(group));
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(NameColumn);
        bold.setBold(true);
        item->setFont(NameColumn, bold);
        qsizetype count = 0;
        for (const DraftCandidate& row : std::as_const(m_rows)) {
            if (row.group == group) {
                addRow(item, row);
                ++count;
            }
        }
        item->setText(NameColumn, groupTitle(group, count));
        item->setExpanded(true);
    }
}

QTreeWidgetItem* RejectionDraftsView::addRow(QTreeWidgetItem* group, const DraftCandidate& row) {
    auto* item = new QTreeWidgetItem(group);
    item->setText(NameColumn, row.candidate.fullName);
    item->setText(StageColumn, toLabel(row.application.furthestStage));
    item->setText(DetailColumn, detail(row));
    item->setToolTip(DetailColumn, DisplayText::toolTip(detail(row)));
    item->setData(NameColumn, ApplicationRole, QVariant::fromValue(row.application.id));
    return item;
}

QString RejectionDraftsView::detail(const DraftCandidate& row) const {
    switch (row.group) {
    case DraftGroup::Held:
        return row.application.holdReason;
    case DraftGroup::Sent: {
        const auto channel = fromKey<CommunicationChannel>(row.draft->sentChannel);
        return tr("Sent %1 by %2")
            .arg(DisplayText::dateTime(row.draft->sentAt.toLocalTime()),
                 channel ? toLabel(*channel) : row.draft->sentChannel);
    }
    case DraftGroup::Offer:
    case DraftGroup::Ready:
        break;
    }
    if (!row.draft)
        return tr("Not drafted yet: opening it writes one from the template");
    return tr("Draft saved %1").arg(DisplayText::dateTime(row.draft->updatedAt.toLocalTime()));
}

RowId RejectionDraftsView::selectedApplication() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->parent() ? item->data(NameColumn, ApplicationRole).value<RowId>() : kNoRow;
}

void RejectionDraftsView::openSelected() {
    const RowId id = selectedApplication();
    if (id != kNoRow)
        openDraft(id);
}

DraftEditor* RejectionDraftsView::openDraft(RowId applicationId) {
    for (DraftEditor* open : findChildren<DraftEditor*>()) {
        // A closed editor may linger until its deferred delete: not that one.
        if (open->applicationId() == applicationId && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* editor = new DraftEditor(m_session, m_settings, this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = editor->load(applicationId); !loaded) {
        delete editor;
        report(loaded.errorMessage());
        return nullptr;
    }
    connect(editor, &DraftEditor::draftChanged, this, [this] {
        if (Status loaded = reload(); !loaded)
            report(loaded.errorMessage());
    });
    editor->resize(1180, 760);
    editor->show();
    return editor;
}

void RejectionDraftsView::changeEvent(QEvent* event) {
    // Back from the decision dialog (an offer accepted): show what changed.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_openingId != kNoRow) {
        // In the status line: a message box here would re-trigger activation.
        if (Status loaded = reload(); !loaded)
            m_status->setText(loaded.errorMessage());
    }
    QWidget::changeEvent(event);
}

void RejectionDraftsView::askFolder() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save Ready Rejections in Folder"),
                                   folder.isEmpty() ? QDir::homePath() : folder);
    dialog->setObjectName(QStringLiteral("emlFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RejectionDraftsView::saveAllReady);
    dialog->open();
}

void RejectionDraftsView::saveAllReady(const QString& folder) {
    DraftBatchOptions options;
    options.language = DraftOutput::defaultLanguage(m_settings.uiLanguage());
    options.composer = CurrentPanelist::viewer(m_session, m_settings);
    DraftBatchExport exporter(m_session.database(), EditingUser::name(m_session, m_settings),
                              options, QDateTime(m_session.today(), QTime::currentTime()).toUTC());
    QProgressDialog progress(tr("Writing rejection e-mails…"), tr("Cancel"), 0,
                             int(exporter.selection(m_rows).size()), this);
    progress.setObjectName(QStringLiteral("emlProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const DraftBatchOutcome outcome =
        exporter.run(m_openingId, folder, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    QString text = tr("Wrote %n .eml file(s) to %1, readable by you only; each is noted in the "
                      "candidate's communication log.",
                      "", int(outcome.written.size()))
                       .arg(QDir::toNativeSeparators(folder));
    if (outcome.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled before the end.");
    m_status->setText(text);
    QStringList problems = outcome.problems;
    if (!outcome.withFindings.isEmpty())
        problems.prepend(tr("Not written, because the tone check has open findings on them: open "
                            "each draft to review it, then save it on its own.") +
                         QLatin1Char('\n') + outcome.withFindings.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        report(problems.join(QLatin1Char('\n')));
    if (Status loaded = reload(); !loaded)
        report(loaded.errorMessage());
}

void RejectionDraftsView::updateButtons() {
    m_open->setEnabled(selectedApplication() != kNoRow);
    bool anyReady = false;
    for (const DraftCandidate& row : std::as_const(m_rows))
        anyReady = anyReady || row.group == DraftGroup::Ready;
    m_saveAll->setEnabled(anyReady);
}

void RejectionDraftsView::report(const QString& message) {
    WarningBox::show(this, tr("Rejection Drafts"), message, QStringLiteral("draftsMessage"));
}

} // namespace debrief
