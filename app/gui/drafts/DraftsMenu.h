#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>
#include <memory>

class QMainWindow;

namespace debrief {

class DatabaseSession;
class Settings;
struct ViewContext;

/// Opening › Rejection Drafts… (Ctrl+Shift+D): the selected opening's
/// RejectionDraftsView in a window of its own; choosing it again for the
/// same opening brings that window back, read afresh.
class DraftsMenu {
    Q_DECLARE_TR_FUNCTIONS(DraftsMenu)

public:
    static void install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                        std::function<RowId()> currentOpening);
};

/// The `drafts` screenshot view: the draft editor for the first runner-up of
/// the demo's decided opening, with one risky sentence typed into the
/// composed draft so the marks and the findings list show.
Result<std::unique_ptr<QWidget>> makeDraftsView(ViewContext& context);
/// The `rejection-drafts` screenshot view: Rejection Drafts of the first
/// opening with a decision (the demo's filled opening), read only.
Result<std::unique_ptr<QWidget>> makeRejectionDraftsView(ViewContext& context);

} // namespace debrief
