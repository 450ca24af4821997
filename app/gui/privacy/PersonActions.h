#pragma once

#include "domain/RowId.h"

#include <QObject>

namespace debrief {

class CandidateDetailPane;
class DatabaseSession;
class MainWindow;
class Settings;

/// The candidate list's "Export Everything About This Person…" and "Erase
/// This Person…" for the candidate on display. Export asks for a file and
/// writes it owner-only; erase names what it will delete and asks first
/// (or says why it may not), then erases, clears the undo stack (older
/// steps would bring the person back) and shows the list again.
class PersonActions : public QObject {
    Q_OBJECT

public:
    PersonActions(MainWindow* window, DatabaseSession& session, Settings& settings,
                  CandidateDetailPane* detail);

    void exportShown();
    void eraseShown();

signals:
    void errorOccurred(const QString& message);

private:
    /// The candidate of the application on display; kNoRow (and a report
    /// when reading failed) otherwise.
    RowId shownCandidate();
    void erase(RowId candidateId);

    MainWindow* m_window;
    DatabaseSession& m_session;
    Settings& m_settings;
    CandidateDetailPane* m_detail;
};

} // namespace debrief
