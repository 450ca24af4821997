#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QWidget>

#include <memory>

namespace debrief {

class DatabaseSession;
class MainWindow;
class Settings;
struct ViewContext;

/// Opening › Message Templates…: the MessageTemplateEditor in a window of
/// its own (one at a time), starting on the final-round template in the
/// interface language when Debrief ships templates for it, else English.
class TemplateMenu {
    Q_DECLARE_TR_FUNCTIONS(TemplateMenu)

public:
    static void install(MainWindow* window, DatabaseSession& session, Settings& settings);
};

/// The `templates` screenshot view: the editor on the English final-round
/// template with its live preview.
Result<std::unique_ptr<QWidget>> makeTemplateEditorView(ViewContext& context);

} // namespace debrief
