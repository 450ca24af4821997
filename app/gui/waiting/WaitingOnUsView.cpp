#include "WaitingOnUsView.h"

#include "ListTable.h"
#include "WaitingOnUsModel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

WaitingOnUsView::WaitingOnUsView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent)
    , m_model(new WaitingOnUsModel(session, this)) {
    setObjectName(QStringLiteral("waitingOnUsView"));
    setAccessibleName(tr("Waiting on us"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("waitingSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("waitingTable"));
    m_table->setAccessibleName(tr("Candidates waiting on us"));
    ListTable::configure(m_table, m_model, WaitingOnUsModel::Opening);
    m_table->setToolTip(tr("Press Enter or double-click to show the candidate."));
    // Enter and double-click both arrive as activated().
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit applicationActivated(index.data(WaitingOnUsModel::OpeningIdRole).value<RowId>(),
                                  index.data(WaitingOnUsModel::ApplicationIdRole).value<RowId>());
    });

    auto* empty = new QLabel(
        tr("Nobody is waiting past a date we promised them an answer. When you promise someone "
           "an answer by a date (Opening › Log a Message or Call…, or their Answer promised "
           "date), they appear here once that date has passed."));
    empty->setObjectName(QStringLiteral("waitingEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_table);
    updateSummary();
}

Status WaitingOnUsView::reload() {
    const RowId selected = ListTable::currentId(*m_table, WaitingOnUsModel::ApplicationIdRole);
    Status loaded = m_model->reload();
    ListTable::selectId(*m_table, WaitingOnUsModel::ApplicationIdRole, selected);
    updateSummary();
    return loaded;
}

int WaitingOnUsView::count() const {
    return m_model->rowCount();
}

void WaitingOnUsView::updateSummary() {
    const int count = m_model->rowCount();
    m_summary->setText(
        count == 0 ? tr("Everyone we promised an answer has had one, or the date has not come yet.")
                   : tr("Everyone past the date we promised them an answer, oldest promise first. "
                        "Log a message with a new date, or the answer itself, to take someone off "
                        "this list."));
    m_stack->setCurrentIndex(count == 0 ? 1 : 0);
}

} // namespace debrief
