#include "SchedulingMenu.h"

#include "ApplicationRefresh.h"
#include "CancelInterviewDialog.h"
#include "CandidateContextMenu.h"
#include "CandidateDetailPane.h"
#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "DisplayText.h"
#include "EditingUser.h"
#include "InterviewListPanel.h"
#include "MainWindow.h"
#include "MyInterviewsView.h"
#include "OpeningListModel.h"
#include "OpeningMenu.h"
#include "ScheduleInterviewDialog.h"
#include "SchedulingCommands.h"
#include "ViewRegistry.h"
#include "WarningBox.h"
#include "scorecard/ScorecardMenu.h"
#include "server/PermittedAction.h"

#include "opening/PanelDirectory.h"
#include "pipeline/CandidateRecords.h"
#include "scheduling/InterviewInvitation.h"
#include "scheduling/InterviewRecords.h"
#include "server/ServerPermissions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace debrief {
namespace {

void warn(QWidget* window, const QString& message) {
    WarningBox::show(window, SchedulingMenu::tr("Debrief"), message,
                     QStringLiteral("errorMessage"));
}

/// Everything the actions need, shared by their handlers.
struct Scheduling {
    MainWindow* window;
    DatabaseSession& session;
    CandidateDetailPane* detail;
    SchedulingCommands* commands;

    /// The form for a new interview (`existing` unset) or for moving one.
    void openForm(RowId applicationId, const std::optional<Interview>& existing) const {
        if (!session.isOpen() || applicationId == kNoRow)
            return;
        auto dialog = ScheduleInterviewDialog::create(session, applicationId, existing,
                                                      session.clock().now(), window);
        if (!dialog) {
            warn(window, dialog.errorMessage());
            return;
        }
        ScheduleInterviewDialog* form = *dialog;
        form->setAttribute(Qt::WA_DeleteOnClose);
        SchedulingCommands* target = commands;
        if (existing) {
            // Saved while the form is open, so a conflict can be resolved in it.
            form->setCommit([form, target](const Interview& read, const ScheduleRequest& request) {
                return target->reschedule(read, request, form->candidateName());
            });
        } else {
            QObject::connect(form, &QDialog::accepted, target, [form, target] {
                target->schedule(form->request(), form->candidateName());
            });
        }
        form->open();
    }

    std::optional<Interview> interview(RowId id) const {
        if (!session.isOpen())
            return std::nullopt;
        auto found = InterviewRecords(session.database()).interview(id);
        if (!found) {
            warn(window, found.errorMessage());
            return std::nullopt;
        }
        return *found;
    }

    void reschedule(RowId id) const {
        if (auto existing = interview(id))
            openForm(existing->applicationId, existing);
    }

    void cancel(RowId id) const {
        auto existing = interview(id);
        if (!existing)
            return;
        auto round = InterviewRecords(session.database()).round(existing->roundId);
        const QString name = detail->candidateName();
        auto* dialog =
            new CancelInterviewDialog(SchedulingMenu::tr("%1 with %2 on %3")
                                          .arg(round ? round->name : QString(), name,
                                               DisplayText::dateTime(existing->scheduledAt)),
                                      window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        SchedulingCommands* target = commands;
        const Interview current = *existing;
        QObject::connect(dialog, &QDialog::accepted, target, [dialog, target, current, name] {
            target->cancel(current, dialog->reason(), name);
        });
        dialog->open();
    }

    void saveInvitation(RowId id) const {
        if (!session.isOpen())
            return;
        auto invitation = InterviewInvitation::load(session.database(), id);
        if (!invitation) {
            warn(window, invitation.errorMessage());
            return;
        }
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty())
            folder = QDir::homePath();
        auto* dialog = new QFileDialog(window, SchedulingMenu::tr("Save Invitation"), folder,
                                       SchedulingMenu::tr("Calendar invitations (*.ics)"));
        dialog->setObjectName(QStringLiteral("icsFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("ics"));
        dialog->selectFile(invitation->fileName());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        MainWindow* shown = window;
        DatabaseSession& db = session;
        const InterviewInvitation ics = *invitation;
        QObject::connect(dialog, &QFileDialog::fileSelected, window,
                         [shown, &db, ics](const QString& path) {
                             if (Status saved = ics.save(path, db.clock().now()); !saved) {
                                 warn(shown, saved.errorMessage());
                                 return;
                             }
                             shown->statusBar()->showMessage(
                                 SchedulingMenu::tr("Saved the invitation to %1 (readable by you "
                                                    "only).")
                                     .arg(QDir::toNativeSeparators(path)),
                                 8000);
                         });
        dialog->open();
    }
};

/// Passes on what changes a panelist's list without touching the undo stack.
void followScoring(MainWindow* window) {
    auto* mine = window->findChild<MyInterviewsView*>(QStringLiteral("myInterviewsView"));
    ScorecardMenu* scoring = ScorecardMenu::of(window);
    if (!mine || !scoring)
        return;
    QObject::connect(scoring, &ScorecardMenu::panelistChanged, mine,
                     &MyInterviewsView::refreshSoon);
    QObject::connect(scoring, &ScorecardMenu::scorecardStored, mine,
                     &MyInterviewsView::refreshSoon);
}

} // namespace

void SchedulingMenu::install(MainWindow* window, DatabaseSession& session, Settings& settings,
                             OpeningListModel& openings, CandidateTableModel& candidates,
                             CandidateDetailPane* detail) {
    auto* commands = new SchedulingCommands(
        session, *window->undoStack(),
        [&session, &settings] { return EditingUser::name(session, settings); },
        [&session] { return session.clock().now(); }, window);
    QObject::connect(commands, &SchedulingCommands::errorOccurred, window,
                     [window](const QString& message) { warn(window, message); });
    // Queued: the views refresh after the undo stack has finished the step.
    QObject::connect(
        commands, &SchedulingCommands::applicationChanged, window,
        [window, &openings, &candidates, detail](RowId applicationId) {
            ApplicationRefresh::after(applicationId, openings, candidates, detail,
                                      [window](const QString& message) { warn(window, message); });
        },
        Qt::QueuedConnection);
    const Scheduling scheduling{window, session, detail, commands};

    QMenu* menu = OpeningMenu::of(window);
    QAction* schedule = menu->addAction(tr("Sc&hedule Interview…"));
    schedule->setObjectName(QStringLiteral("scheduleInterviewAction"));
    schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    const QString scheduleTip = tr("Schedule an interview for the candidate on display.");
    schedule->setToolTip(scheduleTip);
    const auto scheduleShown = [scheduling, detail] {
        scheduling.openForm(detail->applicationId(), std::nullopt);
    };
    QObject::connect(schedule, &QAction::triggered, window, scheduleShown);
    QMenu* candidateMenu = CandidateContextMenu::of(window);
    const QList<QAction*> existing = candidateMenu->actions();
    candidateMenu->insertAction(existing.isEmpty() ? nullptr : existing.constFirst(), schedule);
    for (QMenu* shown : {menu, candidateMenu}) {
        QObject::connect(
            shown, &QMenu::aboutToShow, schedule, [schedule, &session, detail, scheduleTip] {
                const RowId application = detail->applicationId();
                const bool available = session.isOpen() && application != kNoRow;
                // On a server the schedule is the lead's.
                PermittedAction::update(
                    schedule, available,
                    available ? ServerPermissions(session.database()).maySchedule(application)
                              : Status{},
                    scheduleTip);
            });
    }

    InterviewListPanel* card = detail->interviewList();
    card->setSchedulingEnabled(true);
    QObject::connect(card, &InterviewListPanel::scheduleRequested, window, scheduleShown);
    QObject::connect(card, &InterviewListPanel::rescheduleRequested, window,
                     [scheduling](RowId id) { scheduling.reschedule(id); });
    QObject::connect(card, &InterviewListPanel::cancelRequested, window,
                     [scheduling](RowId id) { scheduling.cancel(id); });
    QObject::connect(card, &InterviewListPanel::invitationRequested, window,
                     [scheduling](RowId id) { scheduling.saveInvitation(id); });
    followScoring(window);
}

Result<std::unique_ptr<QWidget>> makeScheduleInterviewView(ViewContext& context) {
    if (!context.session.isOpen())
        return Error{SchedulingMenu::tr("No database is open.")};
    auto openings = PanelDirectory(context.session.database()).openings();
    if (!openings)
        return openings.error();
    // A candidate still in process, in the first opening that has one.
    for (const Opening& opening : *openings) {
        auto applications = CandidateRecords(context.session.database()).applicationsOf(opening.id);
        if (!applications)
            return applications.error();
        for (const Application& application : *applications) {
            if (isTerminal(application.stage))
                continue;
            auto dialog =
                ScheduleInterviewDialog::create(context.session, application.id, std::nullopt,
                                                context.session.clock().now(), nullptr);
            if (!dialog)
                continue; // an opening without rounds: try the next
            return std::unique_ptr<QWidget>(*dialog);
        }
    }
    return Error{
        SchedulingMenu::tr("No candidate in process in an opening with interview rounds.")};
}

} // namespace debrief
