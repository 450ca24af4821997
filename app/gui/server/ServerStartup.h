#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QMainWindow;

namespace debrief {

class DatabaseSession;
class PasswordStore;

/// Starting on a server (`--db postgresql://…`, or the server used last):
/// the password comes from the keychain when the address has none, and
/// when the server cannot be used the window says that Debrief does not
/// work offline and offers a local file or another server instead.
class ServerStartup {
    Q_DECLARE_TR_FUNCTIONS(ServerStartup)

public:
    /// Connects `session` to the server `uri` names.
    static Status open(DatabaseSession& session, const QString& uri, PasswordStore& passwords);
    /// Says why the server could not be used (`why`) and offers File ›
    /// Open… and File › Connect to Server… of `window` (window-modal, not
    /// blocking).
    static void offerLocalFile(QMainWindow* window, const QString& why);
};

} // namespace debrief
