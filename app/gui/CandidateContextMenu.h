#pragma once

#include <QMenu>

class QMainWindow;
class QTableView;

namespace debrief {

/// The candidate list's context menu, which features add their actions for
/// one candidate to (as OpeningMenu is for the Opening menu). A right-click
/// makes the row under it current first, the menu key opens it at the
/// current row, so every action works on the candidate the detail pane then
/// shows. Features that enable their actions in aboutToShow connect this
/// menu's too.
class CandidateContextMenu : public QMenu {
    Q_OBJECT

public:
    /// The menu of `window`'s candidate list, made on the first call.
    static CandidateContextMenu* of(QMainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit CandidateContextMenu(QTableView* table);

    QTableView* m_table;
};

} // namespace debrief
