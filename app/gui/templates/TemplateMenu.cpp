#include "TemplateMenu.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "MessageTemplateEditor.h"
#include "OpeningMenu.h"
#include "ViewRegistry.h"
#include "WarningBox.h"

#include "drafting/DraftLanguage.h"

#include <QAction>
#include <QLocale>
#include <QMenu>

namespace debrief {
namespace {

QString startLanguage() {
    const QString ui = DraftLanguage::baseLanguage(QLocale().name());
    return DraftLanguage::available().contains(ui) ? ui : QStringLiteral("en");
}

void openEditor(MainWindow* window, DatabaseSession& session, Settings& settings) {
    if (!session.isOpen())
        return;
    if (auto* open =
            window->findChild<MessageTemplateEditor*>(QStringLiteral("messageTemplateEditor"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* editor = new MessageTemplateEditor(session, settings, window);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = editor->load(startLanguage(), TemplateStage::Final); !loaded) {
        delete editor;
        WarningBox::show(window, TemplateMenu::tr("Message Templates"), loaded.errorMessage());
        return;
    }
    // Another database means other templates: the editor's are stale.
    QObject::connect(&session, &DatabaseSession::databaseChanged, editor, &QWidget::close);
    editor->resize(1280, 800);
    editor->show();
}

} // namespace

void TemplateMenu::install(MainWindow* window, DatabaseSession& session, Settings& settings) {
    QMenu* menu = OpeningMenu::of(window);
    QAction* action = menu->addAction(tr("Message &Templates…"));
    action->setObjectName(QStringLiteral("messageTemplatesAction"));
    action->setToolTip(tr("Edit the rejection templates for each language and stage reached."));
    QObject::connect(action, &QAction::triggered, window,
                     [window, &session, &settings] { openEditor(window, session, settings); });
    QObject::connect(menu, &QMenu::aboutToShow, action,
                     [action, &session] { action->setEnabled(session.isOpen()); });
}

Result<std::unique_ptr<QWidget>> makeTemplateEditorView(ViewContext& context) {
    auto editor = std::make_unique<MessageTemplateEditor>(context.session, context.settings);
    if (Status loaded = editor->load(QStringLiteral("en"), TemplateStage::Final); !loaded)
        return loaded.error();
    return std::unique_ptr<QWidget>(std::move(editor));
}

} // namespace debrief
