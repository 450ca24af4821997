#include "DecisionMenu.h"

#include "DecisionCommands.h"
#include "DecisionDialog.h"
#include "OfferOutcomeDialog.h"
#include "WarningBox.h"

#include "DatabaseSession.h"
#include "EditingUser.h"
#include "MainWindow.h"
#include "scorecard/CurrentPanelist.h"
#include "server/PermittedAction.h"

#include "decision/DecisionWorkflow.h"
#include "drafting/RejectionQueue.h"
#include "pipeline/CandidateRecords.h"
#include "server/ServerPermissions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace debrief {
namespace {

void warn(QWidget* window, const QString& title, const QString& message) {
    WarningBox::show(window, title, message, QStringLiteral("decisionMessage"));
}

/// The session's today (fixed in tests and screenshots) at the wall clock's time.
QDateTime nowOn(const DatabaseSession& session) {
    return QDateTime(session.today(), QTime::currentTime()).toUTC();
}

void openDecision(MainWindow* window, DatabaseSession& session, Settings& settings,
                  DecisionCommands* commands, RowId openingId, bool amend) {
    auto* dialog = new DecisionDialog(session, commands, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = dialog->load(openingId, CurrentPanelist::resolve(session, settings), amend);
        !loaded) {
        delete dialog;
        warn(window, DecisionMenu::tr("Record Decision"), loaded.errorMessage());
        return;
    }
    // open(), not exec(): window-modal, and tests can drive it.
    dialog->open();
}

void openOutcome(MainWindow* window, DatabaseSession& session, Settings& settings,
                 DecisionCommands* commands, RowId openingId, OfferOutcomeDialog::Outcome outcome) {
    auto* dialog = new OfferOutcomeDialog(session, *commands, outcome, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = dialog->load(openingId, CurrentPanelist::resolve(session, settings));
        !loaded) {
        delete dialog;
        warn(window, dialog->windowTitle(), loaded.errorMessage());
        return;
    }
    dialog->open();
}

/// Whether the opening has a decision, and a chosen candidate at Offer.
struct DecisionState {
    bool decided = false;
    bool offerPending = false;
};

DecisionState stateOf(DatabaseSession& session, RowId openingId) {
    DecisionState state;
    if (!session.isOpen() || openingId == kNoRow)
        return state;
    auto decision = DecisionWorkflow(session.database()).current(openingId);
    if (!decision || !decision->has_value())
        return state;
    state.decided = true;
    for (const DecisionOutcome& o : (*decision)->outcomes) {
        auto application = CandidateRecords(session.database()).application(o.applicationId);
        state.offerPending =
            state.offerPending ||
            (application && RejectionQueue::isPendingOffer(*application, *decision));
    }
    return state;
}

} // namespace

void DecisionMenu::install(MainWindow* window, DatabaseSession& session, Settings& settings,
                           std::function<RowId()> currentOpening, std::function<void()> reload) {
    auto* commands = new DecisionCommands(
        session, *window->undoStack(),
        [&session, &settings] { return EditingUser::name(session, settings); },
        [&session] { return nowOn(session); }, window);
    QObject::connect(
        commands, &DecisionCommands::errorOccurred, window,
        [window](const QString& message) { warn(window, DecisionMenu::tr("Decision"), message); });
    // Queued: the views reload after the undo stack has finished the step.
    QObject::connect(commands, &DecisionCommands::openingChanged, window, reload,
                     Qt::QueuedConnection);

    auto* menu = new QMenu(tr("&Decision"), window->menuBar());
    menu->setObjectName(QStringLiteral("decisionMenu"));
    const QList<QAction*> bar = window->menuBar()->actions();
    window->menuBar()->insertMenu(bar.isEmpty() ? nullptr : bar.last(), menu);

    QAction* record = menu->addAction(tr("&Record Decision…"));
    record->setObjectName(QStringLiteral("recordDecisionAction"));
    const QString recordTip = tr("The panel lead records who gets the offer, the ranked "
                                 "runners-up and why; shows the decision once recorded.");
    record->setToolTip(recordTip);
    QAction* amend = menu->addAction(tr("&Amend Decision…"));
    amend->setObjectName(QStringLiteral("amendDecisionAction"));
    const QString amendTip = tr("The panel lead changes the recorded decision, with a reason.");
    amend->setToolTip(amendTip);
    menu->addSeparator();
    QAction* accepted = menu->addAction(tr("Offer A&ccepted…"));
    accepted->setObjectName(QStringLiteral("offerAcceptedAction"));
    QAction* declined = menu->addAction(tr("Offer D&eclined / Hire Fell Through…"));
    declined->setObjectName(QStringLiteral("offerDeclinedAction"));
    const QString declinedTip = tr("The chosen candidate declined or did not start: the first "
                                   "runner-up on hold becomes the chosen candidate.");
    declined->setToolTip(declinedTip);

    QObject::connect(menu, &QMenu::aboutToShow, window, [=, &session] {
        const RowId opening = currentOpening();
        const DecisionState state = stateOf(session, opening);
        const bool open = session.isOpen() && opening != kNoRow;
        // On a server only the opening's lead decides: the record shows the
        // decision to anyone once it is there.
        const Status allowed =
            open ? ServerPermissions(session.database()).mayDecide(opening) : Status{};
        PermittedAction::update(record, open, state.decided ? Status{} : allowed, recordTip);
        PermittedAction::update(amend, state.decided, allowed, amendTip);
        // An accepted offer changes only the applications: anyone records it.
        accepted->setEnabled(state.offerPending);
        PermittedAction::update(declined, state.decided, allowed, declinedTip);
    });
    const auto whenOpen = [currentOpening, &session](auto then) {
        return [currentOpening, &session, then] {
            if (session.isOpen() && currentOpening() != kNoRow)
                then(currentOpening());
        };
    };
    QObject::connect(record, &QAction::triggered, window,
                     whenOpen([=, &session, &settings](RowId id) {
                         openDecision(window, session, settings, commands, id, false);
                     }));
    QObject::connect(amend, &QAction::triggered, window,
                     whenOpen([=, &session, &settings](RowId id) {
                         openDecision(window, session, settings, commands, id, true);
                     }));
    QObject::connect(accepted, &QAction::triggered, window,
                     whenOpen([=, &session, &settings](RowId id) {
                         openOutcome(window, session, settings, commands, id,
                                     OfferOutcomeDialog::Outcome::Accepted);
                     }));
    QObject::connect(declined, &QAction::triggered, window,
                     whenOpen([=, &session, &settings](RowId id) {
                         openOutcome(window, session, settings, commands, id,
                                     OfferOutcomeDialog::Outcome::Declined);
                     }));
}

} // namespace debrief
