#include "RubricMenu.h"

#include "DatabaseSession.h"
#include "OpeningMenu.h"
#include "WarningBox.h"
#include "rubric/RubricEditor.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace debrief {
namespace {

void openEditor(QMainWindow* window, DatabaseSession& session, RowId openingId) {
    if (!session.isOpen() || openingId == kNoRow)
        return;
    auto* editor = new RubricEditor(session, window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = editor->loadOpening(openingId); !loaded) {
        delete editor;
        WarningBox::show(window, RubricMenu::tr("Edit Rubric"), loaded.errorMessage());
        return;
    }
    // The views reload through the same signal as after opening a file.
    QObject::connect(editor, &RubricEditor::rubricSaved, &session,
                     [&session] { emit session.databaseChanged(); });
    editor->open();
}

} // namespace

void RubricMenu::install(QMainWindow* window, DatabaseSession& session,
                         std::function<RowId()> currentOpening) {
    QMenu* menu = OpeningMenu::of(window);
    QAction* edit = menu->addAction(tr("Edit &Rubric…"));
    edit->setObjectName(QStringLiteral("editRubricAction"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QObject::connect(edit, &QAction::triggered, window, [window, &session, currentOpening] {
        openEditor(window, session, currentOpening());
    });
    QObject::connect(menu, &QMenu::aboutToShow, edit, [edit, &session, currentOpening] {
        edit->setEnabled(session.isOpen() && currentOpening() != kNoRow);
    });
}

} // namespace debrief
