#pragma once

#include "Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QMainWindow;
class QMenu;

namespace debrief {

class ConnectionDialog;
class ConnectionStatus;
class DatabaseSession;
class PasswordStore;
class ServerAddress;
class Settings;

/// File › Connect to Server… and what keeps a server connection going in
/// the window: the connection dialog (its password to and from the
/// keychain, the recent servers in the settings), the status bar's server
/// and login, and reconnecting after the connection was lost.
class ServerMenu : public QObject {
    Q_OBJECT

public:
    /// Adds the action to `file` and the status to `window`'s status bar;
    /// `reload` makes the window read everything again after a reconnect.
    static ServerMenu* install(QMainWindow* window, QMenu* file, DatabaseSession& session,
                               Settings& settings, std::function<void()> reload);
    /// The one installed on `window`, or nullptr.
    static ServerMenu* of(QMainWindow* window);
    ~ServerMenu() override;

    /// Where passwords are kept: the system's keychain unless replaced
    /// (tests, which have none, give a MemoryPasswordStore).
    void setPasswordStore(std::unique_ptr<PasswordStore> store);
    PasswordStore& passwordStore() { return *m_passwords; }

    /// Opens the connection dialog (window-modal, not blocking) and returns it.
    ConnectionDialog* askConnect();
    /// Connects the window to `server`; remembers it among the recent
    /// servers and, with `rememberPassword`, its password in the keychain
    /// (or forgets a kept one without). Whether the keychain took it is
    /// said in the status bar; the connection stands either way.
    Status connectTo(const ServerAddress& server, bool rememberPassword);

    ConnectionStatus* status() const { return m_status; }

private:
    ServerMenu(QMainWindow* window, DatabaseSession& session, Settings& settings);

    QMainWindow* m_window;
    DatabaseSession& m_session;
    Settings& m_settings;
    std::unique_ptr<PasswordStore> m_passwords;
    ConnectionStatus* m_status = nullptr;
};

} // namespace debrief
