#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <memory>

class QMenu;
class QWidget;

namespace debrief {

class CandidateDetailPane;
class DatabaseSession;
class MainWindow;
class Settings;
struct ViewContext;

/// Data protection in the window (docs/PRIVACY.md): File › Data
/// Protection… (the retention period and who is due), the candidate list's
/// "Export Everything About This Person…" and "Erase This Person…", and the
/// retention period applied whenever a database is opened.
class PrivacyMenu {
    Q_DECLARE_TR_FUNCTIONS(PrivacyMenu)

public:
    /// Call it after the other features have filled the candidate list's
    /// context menu and `fileMenu` ends with Quit.
    static void install(MainWindow* window, QMenu* fileMenu, DatabaseSession& session,
                        Settings& settings, CandidateDetailPane* detail);
};

/// The screenshot view "data-protection": the dialog with a period of 30
/// days, so the demo shows people due.
Result<std::unique_ptr<QWidget>> makeDataProtectionView(ViewContext& context);

} // namespace debrief
