#include "InterviewListPanel.h"

#include "CardDelegate.h"
#include "DisplayText.h"
#include "pipeline/CandidateDetails.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace debrief {
namespace {

enum Role { InterviewIdRole = Qt::UserRole + 1, CancelledRole };

QStringList cardLines(const InterviewSummary& interview) {
    QStringList lines{DisplayText::dateTime(interview.scheduledAt)};
    QStringList where;
    for (const QString& part : {interview.location, interview.videoLink}) {
        if (!part.trimmed().isEmpty())
            where.append(part);
    }
    if (!where.isEmpty())
        lines.append(where.join(QStringLiteral(" · ")));
    lines.append(InterviewListPanel::tr("Panel: %1")
                     .arg(DisplayText::orDash(interview.panelistNames.join(QStringLiteral(", ")))));
    if (interview.cancelled) {
        lines.append(InterviewListPanel::tr("Cancelled: %1").arg(interview.cancellationReason));
        return lines;
    }
    QString scorecards =
        InterviewListPanel::tr("%1 of %n scorecard(s) submitted", "", interview.panelSize)
            .arg(interview.submittedScorecards);
    if (interview.draftScorecards > 0)
        scorecards += QStringLiteral(" · ") +
                      InterviewListPanel::tr("%n draft(s)", "", interview.draftScorecards);
    lines.append(scorecards);
    return lines;
}

} // namespace

InterviewListPanel::InterviewListPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("interviewListPanel"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("interviewList"));
    m_list->setAccessibleName(tr("Interviews"));
    m_list->setItemDelegate(new CardDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Press Enter or double-click an interview to score it; the context "
                          "menu reschedules or cancels it."));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        // A cancelled interview owes nobody a scorecard.
        if (!item->data(CancelledRole).toBool())
            emit interviewActivated(item->data(InterviewIdRole).value<RowId>());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateActions();
        emit currentRowChanged(row);
    });

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("interviewListEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        if (mayChange())
            emit scheduleRequested();
    });
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    const auto request = [this](void (InterviewListPanel::*signal)(RowId)) {
        return [this, signal] {
            if (const RowId id = currentInterviewId(); id != kNoRow)
                emit(this->*signal)(id);
        };
    };
    m_reschedule = new QAction(tr("Resched&ule…"), this);
    m_reschedule->setObjectName(QStringLiteral("rescheduleInterviewAction"));
    connect(m_reschedule, &QAction::triggered, this,
            request(&InterviewListPanel::rescheduleRequested));
    m_cancel = new QAction(tr("&Cancel Interview…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelInterviewAction"));
    connect(m_cancel, &QAction::triggered, this, request(&InterviewListPanel::cancelRequested));
    m_invitation = new QAction(tr("Save &Invitation (.ics)…"), this);
    m_invitation->setObjectName(QStringLiteral("saveInvitationAction"));
    connect(m_invitation, &QAction::triggered, this,
            request(&InterviewListPanel::invitationRequested));
    m_list->addActions({m_reschedule, m_cancel, m_invitation});
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_schedule = new QPushButton(tr("Schedu&le Interview…"));
    m_schedule->setObjectName(QStringLiteral("scheduleInterviewButton"));
    connect(m_schedule, &QPushButton::clicked, this, &InterviewListPanel::scheduleRequested);
    m_selected = new QToolButton;
    m_selected->setObjectName(QStringLiteral("selectedInterviewButton"));
    m_selected->setText(tr("Selected Interview"));
    m_selected->setAccessibleName(tr("Actions for the selected interview"));
    m_selected->setToolTip(tr("Reschedule, cancel or save the invitation of the selected "
                              "interview."));
    m_selected->setPopupMode(QToolButton::InstantPopup);
    m_selected->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_selected);
    menu->addActions({m_reschedule, m_cancel, m_invitation});
    m_selected->setMenu(menu);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_schedule);
    buttons->addWidget(m_selected);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);
    setSchedulingEnabled(false);
}

void InterviewListPanel::setSchedulingEnabled(bool enabled) {
    m_enabled = enabled;
    updateActions();
}

void InterviewListPanel::setSchedulingAllowed(const Status& allowed) {
    m_refusal = allowed.errorMessage();
    updateActions();
}

void InterviewListPanel::display(const QList<InterviewSummary>& interviews, bool keepCurrent) {
    const RowId kept = keepCurrent ? currentInterviewId() : kNoRow;
    m_list->clear();
    int keptRow = -1;
    for (const InterviewSummary& interview : interviews) {
        QListWidgetItem* item = CardDelegate::addCard(
            m_list, DisplayText::orDash(interview.roundName), cardLines(interview),
            interview.cancelled ? tr("Cancelled") : QString());
        item->setData(InterviewIdRole, QVariant::fromValue(interview.id));
        item->setData(CancelledRole, interview.cancelled);
        if (interview.cancelled) {
            QFont struck = m_list->font();
            struck.setStrikeOut(true);
            item->setData(Qt::FontRole, struck);
        }
        if (interview.id == kept)
            keptRow = m_list->count() - 1;
    }
    m_stack->setCurrentWidget(interviews.isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
    m_list->setCurrentRow(keptRow >= 0 ? keptRow : m_list->count() - 1);
    updateActions();
}

RowId InterviewListPanel::currentInterviewId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(InterviewIdRole).value<RowId>() : kNoRow;
}

bool InterviewListPanel::currentIsCancelled() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item && item->data(CancelledRole).toBool();
}

void InterviewListPanel::updateActions() {
    const bool may = mayChange();
    m_schedule->setEnabled(may);
    const QString why = DisplayText::toolTip(m_refusal);
    m_schedule->setToolTip(why);
    m_empty->setText(may ? tr("No interviews yet · <a href=\"schedule\">Schedule "
                              "interview…</a>")
                         : tr("No interviews yet."));
    m_empty->setTextFormat(may ? Qt::RichText : Qt::PlainText);
    const bool selected = m_enabled && currentInterviewId() != kNoRow;
    for (QAction* change : {m_reschedule, m_cancel}) {
        change->setEnabled(selected && may && !currentIsCancelled());
        change->setToolTip(why);
    }
    m_invitation->setEnabled(selected);
    m_selected->setEnabled(selected);
}

} // namespace debrief
