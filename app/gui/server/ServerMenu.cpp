#include "ServerMenu.h"

#include "DatabaseSession.h"
#include "server/ConnectionDialog.h"
#include "server/ConnectionStatus.h"
#include "server/KeychainPasswordStore.h"
#include "server/RecentServers.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace debrief {

ServerMenu::ServerMenu(QMainWindow* window, DatabaseSession& session, Settings& settings)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_passwords(std::make_unique<KeychainPasswordStore>()) {
    setObjectName(QStringLiteral("serverMenu"));
}

ServerMenu::~ServerMenu() = default;

ServerMenu* ServerMenu::install(QMainWindow* window, QMenu* file, DatabaseSession& session,
                                Settings& settings, std::function<void()> reload) {
    auto* menu = new ServerMenu(window, session, settings);
    QAction* action = file->addAction(tr("&Connect to Server…"), menu, &ServerMenu::askConnect);
    action->setObjectName(QStringLiteral("connectToServerAction"));
    action->setStatusTip(tr("Work on the panel's shared server instead of a file."));
    menu->m_status = new ConnectionStatus(session, window);
    window->statusBar()->addPermanentWidget(menu->m_status, 1);
    connect(menu->m_status, &ConnectionStatus::message, window,
            [window](const QString& text) { window->statusBar()->showMessage(text, 8000); });
    connect(menu->m_status, &ConnectionStatus::reconnected, window,
            [reload = std::move(reload)] { reload(); });
    return menu;
}

ServerMenu* ServerMenu::of(QMainWindow* window) {
    return window->findChild<ServerMenu*>(QStringLiteral("serverMenu"), Qt::FindDirectChildrenOnly);
}

void ServerMenu::setPasswordStore(std::unique_ptr<PasswordStore> store) {
    m_passwords = std::move(store);
}

ConnectionDialog* ServerMenu::askConnect() {
    auto* dialog = new ConnectionDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Whether the keychain can be used at all is known before anyone types.
    const RecentServers recent(m_settings);
    const QStringList addresses = recent.addresses();
    if (auto probe = m_passwords->read(QStringLiteral("debrief-probe")); !probe)
        dialog->setPasswordStorageUnavailable(probe.errorMessage());
    else
        dialog->setPasswordLookup([this](const ServerAddress& server) {
            const auto kept = m_passwords->read(PasswordStore::accountOf(server));
            return kept ? *kept : QString();
        });
    dialog->setRecentServers(addresses);
    if (m_session.server())
        dialog->setAddress(*m_session.server());
    dialog->setConnector([this, dialog](const ServerAddress& server) {
        return connectTo(server, dialog->rememberPassword());
    });
    dialog->open();
    return dialog;
}

Status ServerMenu::connectTo(const ServerAddress& server, bool rememberPassword) {
    if (auto opened = m_session.openServer(server); !opened)
        return opened;
    RecentServers(m_settings).add(server);
    const QString account = PasswordStore::accountOf(server);
    const Status kept = rememberPassword ? m_passwords->write(account, server.password)
                                         : m_passwords->remove(account);
    if (!kept && rememberPassword) {
        m_window->statusBar()->showMessage(
            tr("Connected; the password could not be remembered: %1").arg(kept.errorMessage()),
            12000);
    }
    return {};
}

} // namespace debrief
