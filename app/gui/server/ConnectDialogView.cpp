#include "ConnectDialogView.h"

#include "DatabaseSession.h"
#include "ViewRegistry.h"
#include "server/ConnectionDialog.h"

#include <QLineEdit>

namespace debrief {

Result<std::unique_ptr<QWidget>> makeConnectDialogView(ViewContext& context) {
    auto dialog = std::make_unique<ConnectionDialog>();
    const QStringList recent{
        QStringLiteral("postgresql://priya@debrief.example.org:5432/"
                       "panel?sslmode=verify-full&sslrootcert=/etc/debrief/panel-ca.pem"),
        QStringLiteral("postgresql://priya@localhost:5432/sandbox?sslmode=disable")};
    dialog->setRecentServers(recent);
    if (const auto& server = context.session.server()) {
        ServerAddress shown = *server;
        shown.password.clear(); // the field shows dots, never the test password
        dialog->setAddress(shown);
    }
    // Dots in the password field, as when the keychain filled it in.
    dialog->findChild<QLineEdit*>(QStringLiteral("serverPassword"))
        ->setText(QStringLiteral("xxxxxxxxxxxx"));
    dialog->setRememberPassword(true);
    return std::unique_ptr<QWidget>(std::move(dialog));
}

} // namespace debrief
