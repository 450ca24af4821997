#include "CandidateContextMenu.h"

#include <QContextMenuEvent>
#include <QMainWindow>
#include <QTableView>

namespace debrief {

CandidateContextMenu* CandidateContextMenu::of(QMainWindow* window) {
    auto* table = window->findChild<QTableView*>(QStringLiteral("candidateTable"));
    if (!table)
        return nullptr;
    if (auto* existing =
            table->findChild<CandidateContextMenu*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new CandidateContextMenu(table);
}

CandidateContextMenu::CandidateContextMenu(QTableView* table)
    : QMenu(tr("Candidate"), table)
    , m_table(table) {
    setObjectName(QStringLiteral("candidateContextMenu"));
    // A click reaches the viewport, the menu key the table itself.
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);
}

bool CandidateContextMenu::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ContextMenu || actions().isEmpty())
        return QMenu::eventFilter(watched, event);
    auto* request = static_cast<QContextMenuEvent*>(event);
    QModelIndex row = m_table->currentIndex();
    if (request->reason() == QContextMenuEvent::Mouse && watched == m_table->viewport()) {
        const QModelIndex under = m_table->indexAt(request->pos());
        if (under.isValid()) {
            m_table->setCurrentIndex(under);
            row = under;
        }
    }
    if (!row.isValid())
        return true;
    const QPoint at = request->reason() == QContextMenuEvent::Mouse
                          ? request->globalPos()
                          : m_table->viewport()->mapToGlobal(m_table->visualRect(row).center());
    popup(at);
    return true;
}

} // namespace debrief
