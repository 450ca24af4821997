#include "PrivacyMenu.h"

#include "CandidateContextMenu.h"
#include "CandidateDetailPane.h"
#include "DataProtectionDialog.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "PersonActions.h"
#include "RetentionRunner.h"
#include "SetRetentionPeriodCommand.h"
#include "ViewRegistry.h"

#include "privacy/RetentionPolicy.h"
#include "privacy/RetentionSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

namespace debrief {
namespace {

void warn(QWidget* window, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, PrivacyMenu::tr("Debrief"), message,
                                QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

/// Asks before anonymising from the dialog; on yes, keeps the period the
/// dialog shows and runs it, then closes the dialog.
void confirmAnonymise(DataProtectionDialog* dialog, const RetentionPeriod& period, int due,
                      const std::function<void()>& keepPeriod, RetentionRunner* runner) {
    auto* question = new QMessageBox(
        QMessageBox::Warning, PrivacyMenu::tr("Anonymise Now"),
        PrivacyMenu::tr("Anonymise %n candidate(s) now? Their names, contact details, notes, "
                        "evidence, references, messages and drafts are removed for good; "
                        "scores, stages and dates stay. This cannot be undone.",
                        "", due),
        QMessageBox::NoButton, dialog);
    question->setObjectName(QStringLiteral("anonymiseQuestion"));
    QPushButton* yes =
        question->addButton(PrivacyMenu::tr("&Anonymise"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmAnonymiseButton"));
    question->setDefaultButton(question->addButton(QMessageBox::Cancel));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(question, &QMessageBox::buttonClicked, dialog,
                     [dialog, yes, period, keepPeriod, runner](QAbstractButton* clicked) {
                         if (clicked != yes)
                             return;
                         keepPeriod();
                         if (runner->apply(period))
                             dialog->accept();
                     });
    question->open();
}

void openDialog(MainWindow* window, DatabaseSession& session, RetentionRunner* runner) {
    if (!session.isOpen())
        return;
    auto stored = RetentionSettings(session.database()).period();
    auto soFar = RetentionPolicy::anonymisedCount(session.database());
    if (!stored || !soFar) {
        warn(window, !stored ? stored.errorMessage() : soFar.errorMessage());
        return;
    }
    auto* dialog =
        new DataProtectionDialog(session.database(), session.today(), *stored, *soFar, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<RetentionPeriod> before = *stored;
    // The period as the dialog shows it, kept as one undoable step when it changed.
    const auto keepPeriod = [window, &session, dialog, before] {
        const std::optional<RetentionPeriod> after = dialog->period();
        if (after == before)
            return;
        window->undoStack()->push(new SetRetentionPeriodCommand(
            session, before, after, [window](const QString& message) { warn(window, message); }));
    };
    QObject::connect(dialog, &QDialog::accepted, window, keepPeriod);
    QObject::connect(dialog, &DataProtectionDialog::errorOccurred, window,
                     [window](const QString& message) { warn(window, message); });
    QObject::connect(dialog, &DataProtectionDialog::anonymiseRequested, dialog,
                     [dialog, keepPeriod, runner](const RetentionPeriod& period, int due) {
                         confirmAnonymise(dialog, period, due, keepPeriod, runner);
                     });
    dialog->open();
}

} // namespace

void PrivacyMenu::install(MainWindow* window, QMenu* fileMenu, DatabaseSession& session,
                          Settings& settings, CandidateDetailPane* detail) {
    auto* runner = new RetentionRunner(window, session, settings);
    auto* people = new PersonActions(window, session, settings, detail);
    // Queued: a failure on opening is told once the window is up.
    QObject::connect(
        runner, &RetentionRunner::errorOccurred, window,
        [window](const QString& message) { warn(window, message); }, Qt::QueuedConnection);
    QObject::connect(people, &PersonActions::errorOccurred, window,
                     [window](const QString& message) { warn(window, message); });

    // In a group of its own above Quit.
    auto* protection = new QAction(tr("&Data Protection…"), fileMenu);
    const QList<QAction*> items = fileMenu->actions();
    const qsizetype quit = items.indexOf(window->findChild<QAction*>(QStringLiteral("quitAction")));
    fileMenu->insertAction(quit > 0 ? items.at(quit - 1) : nullptr, protection);
    fileMenu->insertSeparator(protection);
    protection->setObjectName(QStringLiteral("dataProtectionAction"));
    protection->setToolTip(tr("The retention period of this database and who it makes due for "
                              "anonymisation."));
    QObject::connect(protection, &QAction::triggered, window,
                     [window, &session, runner] { openDialog(window, session, runner); });
    QObject::connect(fileMenu, &QMenu::aboutToShow, protection,
                     [protection, &session] { protection->setEnabled(session.isOpen()); });

    QMenu* candidateMenu = CandidateContextMenu::of(window);
    candidateMenu->addSeparator();
    QAction* exportPerson = candidateMenu->addAction(tr("E&xport Everything About This Person…"));
    exportPerson->setObjectName(QStringLiteral("exportPersonAction"));
    QObject::connect(exportPerson, &QAction::triggered, people, &PersonActions::exportShown);
    QAction* erasePerson = candidateMenu->addAction(tr("&Erase This Person…"));
    erasePerson->setObjectName(QStringLiteral("erasePersonAction"));
    QObject::connect(erasePerson, &QAction::triggered, people, &PersonActions::eraseShown);
    QObject::connect(candidateMenu, &QMenu::aboutToShow, window,
                     [exportPerson, erasePerson, &session, detail] {
                         const bool shown = session.isOpen() && detail->applicationId() != kNoRow;
                         exportPerson->setEnabled(shown);
                         erasePerson->setEnabled(shown);
                     });

    // The period applies whenever a database is opened: this one now, before
    // the window first loads it, and every later one before the views reload
    // (this connection is made before the window's own, so the views never
    // show what is about to be removed).
    QObject::connect(&session, &DatabaseSession::databaseChanged, runner,
                     &RetentionRunner::applyStored);
    runner->applyStored();
}

Result<std::unique_ptr<QWidget>> makeDataProtectionView(ViewContext& context) {
    if (!context.session.isOpen())
        return Error{PrivacyMenu::tr("No database is open.")};
    auto soFar = RetentionPolicy::anonymisedCount(context.session.database());
    if (!soFar)
        return soFar.error();
    auto dialog = std::make_unique<DataProtectionDialog>(
        context.session.database(), context.session.today(),
        RetentionPeriod{30, RetentionPeriod::Unit::Days}, *soFar);
    return std::unique_ptr<QWidget>(std::move(dialog));
}

} // namespace debrief
