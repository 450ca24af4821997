#include "RetentionRunner.h"

#include "DatabaseSession.h"
#include "EditingUser.h"
#include "MainWindow.h"

#include "privacy/FileScrub.h"
#include "privacy/RetentionPolicy.h"
#include "privacy/RetentionSettings.h"

#include <QStatusBar>
#include <QUndoStack>

namespace debrief {

RetentionRunner::RetentionRunner(MainWindow* window, DatabaseSession& session, Settings& settings)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings) {
}

void RetentionRunner::applyStored() {
    if (!m_session.isOpen())
        return;
    auto stored = RetentionSettings(m_session.database()).period();
    if (!stored) {
        emit errorOccurred(stored.errorMessage());
        return;
    }
    if (*stored)
        run(**stored);
}

bool RetentionRunner::apply(const RetentionPeriod& period) {
    if (!run(period))
        return false;
    m_window->showOpening(m_window->currentOpeningId());
    return true;
}

bool RetentionRunner::run(const RetentionPeriod& period) {
    if (!m_session.isOpen())
        return false;
    auto run =
        RetentionPolicy::apply(m_session.database(), period, m_session.today(),
                               EditingUser::name(m_session, m_settings), m_session.clock().now());
    if (!run) {
        emit errorOccurred(
            tr("The retention period could not be applied: %1").arg(run.errorMessage()));
        return false;
    }
    const int anonymised = run->result.candidates;
    if (anonymised == 0 && run->result.orphanEntries == 0)
        return true;
    m_window->undoStack()->clear();
    QString note = tr("Anonymised %n candidate(s) rejected or withdrawn with no activity for "
                      "over %1 (File › Data Protection…).",
                      "", anonymised)
                       .arg(period.toDisplayText());
    if (!run->result.fileScrubbed)
        note += QLatin1Char(' ') + FileScrub::incompleteNote(m_session.filePath());
    m_window->statusBar()->showMessage(note, 30000);
    return true;
}

} // namespace debrief
