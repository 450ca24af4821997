#pragma once

#include "MainWindow.h"

#include "demo/DemoDataGenerator.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace debrief {
class Database;
class DatabaseSession;
class Settings;
} // namespace debrief

namespace debrief::test {

/// What the dock-list GUI tests start from: the demo database (seed 1, as
/// `debrief-cli demo` and the screenshots, with today fixed) opened in the
/// real main window, shown and active, plus a second connection to check
/// what the window wrote.
class DemoWindowFixture {
public:
    /// The day the demo is generated for and the session's clock shows.
    static QDate today() { return {2026, 11, 26}; }

    DemoWindowFixture();
    ~DemoWindowFixture();

    enum class Data { Demo, Empty };

    /// Changes the database before the window opens it; returns what
    /// failed, empty on success.
    using Prepare = std::function<QString(Database&)>;

    /// Generates the database (or leaves it empty, as a new user's), runs
    /// `prepare` on it and opens the window; returns what failed, empty on
    /// success.
    QString setUp(Data data = Data::Demo, const Prepare& prepare = {});

    /// The second connection.
    Database& database() const { return *m_db; }
    MainWindow& window() const { return *m_window; }
    DatabaseSession& session() const { return *m_session; }
    Settings& settings() const { return *m_settings; }
    /// What generate() wrote, for the demo.
    const DemoDataSummary& summary() const { return m_summary; }

    /// The window's descendant named `name`, or nullptr with a warning
    /// naming it.
    template <typename T> T* child(const QString& name) const {
        T* found = m_window->findChild<T*>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

private:
    QTemporaryDir m_dir;
    DemoDataSummary m_summary;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace debrief::test
