#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace debrief {

class DatabaseSession;

/// File › Back Up… and File › Restore…: a copy of the open database where
/// the user chooses, and a backup put back in its place (asked first; the
/// window then shows the restored data). The rules are DatabaseBackup's.
class BackupMenu : public QObject {
    Q_OBJECT

public:
    /// Adds both actions to `fileMenu`; the object is a child of `window`.
    static BackupMenu* install(QMainWindow* window, QMenu* fileMenu, DatabaseSession& session);

private:
    BackupMenu(QMainWindow* window, DatabaseSession& session);
    void askWhereToBackUp();
    void backUp(const QString& path);
    void askWhichBackup();
    void confirmRestore(const QString& backup);
    void restore(const QString& backup);
    void warn(const QString& title, const QString& message);

    QMainWindow* m_window;
    DatabaseSession& m_session;
};

} // namespace debrief
