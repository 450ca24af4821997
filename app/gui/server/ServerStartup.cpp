#include "ServerStartup.h"

#include "DatabaseSession.h"
#include "server/PasswordStore.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>

namespace debrief {

Status ServerStartup::open(DatabaseSession& session, const QString& uri, PasswordStore& passwords) {
    auto server = ServerAddress::parse(uri);
    if (!server)
        return server.error();
    if (server->password.isEmpty()) {
        // No keychain, or nothing kept: the server may still trust the login.
        if (auto kept = passwords.read(PasswordStore::accountOf(*server)))
            server->password = *kept;
    }
    return session.openServer(*server);
}

void ServerStartup::offerLocalFile(QMainWindow* window, const QString& why) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Debrief"),
                                tr("Debrief cannot start on the panel's server, and it does not "
                                   "work offline. Open a local database file instead, or "
                                   "connect to the server again once it can be reached."),
                                QMessageBox::NoButton, window);
    box->setObjectName(QStringLiteral("serverUnavailableQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(why);
    QPushButton* file = box->addButton(tr("Open a &Local File…"), QMessageBox::AcceptRole);
    file->setObjectName(QStringLiteral("openLocalFileButton"));
    QPushButton* server = box->addButton(tr("Connect to &Server…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(file);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, window,
                     [window, file, server](QAbstractButton* clicked) {
                         const char* name = clicked == file     ? "openDatabaseAction"
                                            : clicked == server ? "connectToServerAction"
                                                                : nullptr;
                         if (!name)
                             return;
                         if (auto* action = window->findChild<QAction*>(QLatin1String(name)))
                             action->trigger();
                     });
    box->open();
}

} // namespace debrief
