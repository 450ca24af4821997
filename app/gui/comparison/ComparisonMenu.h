#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QMainWindow;
class QWidget;

namespace debrief {

class DatabaseSession;
struct ViewContext;

/// Adds Opening › Compare Finalists… to a main window: opens the finalist
/// comparison of the selected opening in a window of its own.
class ComparisonMenu {
    Q_DECLARE_TR_FUNCTIONS(ComparisonMenu)

public:
    /// `currentOpening` gives the selected opening's id (kNoRow for none).
    static void install(QMainWindow* window, DatabaseSession& session,
                        std::function<RowId()> currentOpening);
};

/// The screenshot view "comparison": the debrief opening's finalists.
Result<std::unique_ptr<QWidget>> makeComparisonView(ViewContext& context);

} // namespace debrief
