#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QMainWindow;
class QMenu;
class QWidget;

namespace debrief {

class DatabaseSession;
class Settings;
struct ViewContext;

/// File › Export Report…: opens the ReportExportDialog for the selected
/// opening; every report shows what the panelist using the app may see.
class ReportMenu {
    Q_DECLARE_TR_FUNCTIONS(ReportMenu)

public:
    /// `currentOpening` gives the selected opening's id (kNoRow for none).
    static void install(QMainWindow* window, QMenu* fileMenu, DatabaseSession& session,
                        Settings& settings, std::function<RowId()> currentOpening);
};

/// The screenshot view "report-export": the export dialog on the debrief
/// opening, set to a candidate packet.
Result<std::unique_ptr<QWidget>> makeReportExportView(ViewContext& context);

} // namespace debrief
