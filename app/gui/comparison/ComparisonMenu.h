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
class Settings;
struct ViewContext;

/// Adds Opening › Compare Finalists… to a main window: opens the finalist
/// comparison of the selected opening in a window of its own, as the
/// panelist using the app may see the scores.
class ComparisonMenu {
    Q_DECLARE_TR_FUNCTIONS(ComparisonMenu)

public:
    /// `currentOpening` gives the selected opening's id (kNoRow for none).
    static void install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                        std::function<RowId()> currentOpening);
};

/// The screenshot view "comparison": the debrief opening's finalists, as the
/// current panelist (the panel lead by default) sees them.
Result<std::unique_ptr<QWidget>> makeComparisonView(ViewContext& context);
/// The screenshot view "comparison-calibration": the same, on the Calibration tab.
Result<std::unique_ptr<QWidget>> makeComparisonCalibrationView(ViewContext& context);

} // namespace debrief
