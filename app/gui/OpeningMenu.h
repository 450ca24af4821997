#pragma once

#include <QCoreApplication>

class QMainWindow;
class QMenu;

namespace debrief {

/// The window's "Opening" menu, which several features add actions to
/// (rubric, set-up, scores, candidates). The first caller creates it,
/// just before the last menu (Help); later callers get the same menu.
class OpeningMenu {
    Q_DECLARE_TR_FUNCTIONS(OpeningMenu)

public:
    static QMenu* of(QMainWindow* window);
};

} // namespace debrief
