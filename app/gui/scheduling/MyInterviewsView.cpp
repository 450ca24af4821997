#include "MyInterviewsView.h"

#include "DatabaseSession.h"
#include "ListTable.h"
#include "MyInterviewsModel.h"
#include "scorecard/CurrentPanelist.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace debrief {

MyInterviewsView::MyInterviewsView(DatabaseSession& session, Panelist panelist, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_panelist(std::move(panelist))
    , m_model(new MyInterviewsModel(session, this)) {
    setObjectName(QStringLiteral("myInterviewsView"));
    setAccessibleName(tr("My interviews"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("myInterviewsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("myInterviewsTable"));
    m_table->setAccessibleName(tr("My interviews and the scorecards I owe"));
    ListTable::configure(m_table, m_model, MyInterviewsModel::Opening);
    m_table->setToolTip(tr("Press Enter or double-click to open your scorecard."));
    // Enter and double-click both arrive as activated().
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit interviewActivated(index.data(MyInterviewsModel::InterviewIdRole).value<RowId>());
    });

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("myInterviewsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_table);

    // Bursts of changes (an undo reloads several models) make one query.
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, [this] {
        if (Status loaded = refresh(); !loaded)
            emit errorOccurred(loaded.errorMessage());
    });
    updateSummary(kNoRow);
}

Status MyInterviewsView::refresh() {
    const RowId selected = ListTable::currentId(*m_table, MyInterviewsModel::InterviewIdRole);
    const RowId panelist = m_session.isOpen() && m_panelist ? m_panelist() : kNoRow;
    Status loaded = m_model->reload(panelist, m_session.clock().now());
    if (!ListTable::selectId(*m_table, MyInterviewsModel::InterviewIdRole, selected) &&
        m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateSummary(panelist);
    return loaded;
}

void MyInterviewsView::refreshSoon() {
    m_pending->start();
}

int MyInterviewsView::count() const {
    return m_model->rowCount();
}

void MyInterviewsView::updateSummary(RowId panelist) {
    const QString name =
        panelist == kNoRow ? QString() : CurrentPanelist::name(m_session, panelist);
    const int overdue = m_model->count(MyInterview::Kind::OverdueScorecard);
    const int owed = overdue + m_model->count(MyInterview::Kind::OwedScorecard);
    const int upcoming = m_model->count(MyInterview::Kind::Upcoming);
    if (name.isEmpty()) {
        m_summary->clear();
        m_empty->setText(tr("Nobody is scoring on this computer yet. Choose who you are with "
                            "File › Switch Panelist… to see your interviews here."));
    } else {
        QStringList parts{tr("%1: %n scorecard(s) to write", "", owed).arg(name)};
        if (overdue > 0)
            parts.append(tr("⚠ %n overdue", "", overdue));
        parts.append(tr("%n interview(s) coming up", "", upcoming));
        m_summary->setText(
            parts.join(QStringLiteral(" · ")) +
            (m_model->rowCount() > 0 ? tr(". Enter opens the scorecard.") : QStringLiteral(".")));
        m_empty->setText(tr("Nothing to write and nothing coming up for %1. Interviews appear "
                            "here once you are on one: schedule them from a candidate's "
                            "Interviews tab or with Opening › Schedule Interview….")
                             .arg(name));
    }
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

} // namespace debrief
