#include "DraftsMenu.h"

#include "DraftEditor.h"
#include "RejectionDraftsView.h"

#include "DatabaseSession.h"
#include "OpeningMenu.h"
#include "ViewRegistry.h"
#include "WarningBox.h"
#include "live/LiveUpdates.h"

#include "decision/DecisionWorkflow.h"
#include "opening/PanelDirectory.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace debrief {
namespace {

void openDrafts(QMainWindow* window, DatabaseSession& session, Settings& settings,
                RowId openingId) {
    if (!session.isOpen() || openingId == kNoRow)
        return;
    for (RejectionDraftsView* open : window->findChildren<RejectionDraftsView*>()) {
        if (open->openingId() == openingId) {
            if (Status loaded = open->reload(); !loaded)
                WarningBox::show(window, DraftsMenu::tr("Rejection Drafts"), loaded.errorMessage());
            open->show();
            open->raise();
            open->activateWindow();
            return;
        }
    }
    // A window of its own, so it can sit beside the candidate list.
    auto* view = new RejectionDraftsView(session, settings, window);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = view->load(openingId); !loaded) {
        delete view;
        WarningBox::show(window, DraftsMenu::tr("Rejection Drafts"), loaded.errorMessage());
        return;
    }
    // Others' decisions, offers and sent letters move candidates between
    // the groups as they happen. Only the list reads again: an open
    // DraftEditor keeps what its user is typing.
    if (LiveUpdates* live = LiveUpdates::of(window)) {
        QObject::connect(live, &LiveUpdates::changed, view,
                         [view, &session, generation = session.generation()] {
                             if (!session.isOpen() || session.generation() != generation)
                                 return;
                             // A failed read leaves what was shown; the next
                             // change or Refresh tries again.
                             (void)view->reload();
                         });
    }
    view->show();
}

/// The first runner-up of the first opening whose decision names one.
Result<RowId> firstRunnerUp(DatabaseSession& session) {
    auto openings = PanelDirectory(session.database()).openings();
    if (!openings)
        return openings.error();
    for (const Opening& opening : std::as_const(*openings)) {
        auto decision = DecisionWorkflow(session.database()).current(opening.id);
        if (!decision)
            return decision.error();
        if (!decision->has_value())
            continue;
        const DecisionOutcome* best = nullptr;
        for (const DecisionOutcome& o : (*decision)->outcomes) {
            if (o.role == DecisionRole::RunnerUp && (!best || o.rank < best->rank))
                best = &o;
        }
        if (best)
            return best->applicationId;
    }
    return Error{DraftsMenu::tr("The database has no decided opening with a runner-up.")};
}

} // namespace

void DraftsMenu::install(QMainWindow* window, DatabaseSession& session, Settings& settings,
                         std::function<RowId()> currentOpening) {
    QMenu* menu = OpeningMenu::of(window);
    QAction* action = menu->addAction(tr("R&ejection Drafts…"));
    action->setObjectName(QStringLiteral("rejectionDraftsAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    action->setToolTip(tr("Everyone not chosen for the opening, with their rejection drafts: "
                          "held, ready or sent."));
    QObject::connect(action, &QAction::triggered, window,
                     [window, &session, &settings, currentOpening] {
                         openDrafts(window, session, settings, currentOpening());
                     });
    QObject::connect(menu, &QMenu::aboutToShow, action, [action, &session, currentOpening] {
        action->setEnabled(session.isOpen() && currentOpening() != kNoRow);
    });
}

Result<std::unique_ptr<QWidget>> makeRejectionDraftsView(ViewContext& context) {
    auto openings = PanelDirectory(context.session.database()).openings();
    if (!openings)
        return openings.error();
    for (const Opening& opening : std::as_const(*openings)) {
        auto decision = DecisionWorkflow(context.session.database()).current(opening.id);
        if (!decision)
            return decision.error();
        if (!decision->has_value())
            continue;
        auto view = std::make_unique<RejectionDraftsView>(context.session, context.settings);
        if (Status loaded = view->load(opening.id); !loaded)
            return loaded.error();
        return std::unique_ptr<QWidget>(std::move(view));
    }
    return Error{DraftsMenu::tr("The database has no decided opening.")};
}

Result<std::unique_ptr<QWidget>> makeDraftsView(ViewContext& context) {
    auto applicationId = firstRunnerUp(context.session);
    if (!applicationId)
        return applicationId.error();
    auto editor = std::make_unique<DraftEditor>(context.session, context.settings);
    if (Status loaded = editor->load(*applicationId); !loaded)
        return loaded.error();
    // One risky sentence typed at the end of the opening paragraph, as a
    // hurried sender might, so the picture shows the marks and the list.
    auto* body = editor->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"));
    QTextBlock block = body->document()->begin();
    for (int nonEmpty = 0; block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty() && ++nonEmpty == 2)
            break;
    }
    if (block.isValid()) {
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QLatin1Char(' ') +
                          DraftsMenu::tr("To be honest, we felt you were not quite the right "
                                         "culture fit for the team."));
    }
    editor->checkToneNow();
    return std::unique_ptr<QWidget>(std::move(editor));
}

} // namespace debrief
