#pragma once

#include "privacy/RetentionPeriod.h"

#include <QObject>

namespace debrief {

class DatabaseSession;
class MainWindow;
class Settings;

/// Anonymises the candidates the retention period makes due, for the
/// window: when a database is opened (automatically, with a note in the
/// status bar; the panel set the period for that file) and from File ›
/// Data Protection… (after asking). Afterwards the undo stack is cleared,
/// since undoing an older edit could write removed text back, and the
/// window shows the data again.
class RetentionRunner : public QObject {
    Q_OBJECT

public:
    RetentionRunner(MainWindow* window, DatabaseSession& session, Settings& settings);

    /// Applies the database's stored period, if it has one, as the
    /// database is opened: the window loads what it shows right after.
    void applyStored();
    /// Anonymises whoever `period` makes due today and shows the window's
    /// data again; true when it ran.
    bool apply(const RetentionPeriod& period);

signals:
    void errorOccurred(const QString& message);

private:
    bool run(const RetentionPeriod& period);

    MainWindow* m_window;
    DatabaseSession& m_session;
    Settings& m_settings;
};

} // namespace debrief
