#pragma once

#include "Result.h"
#include "storage/ServerAddress.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace debrief {

/// File › Connect to Server…: where the panel's server is (host, port,
/// database, user, TLS mode and CA file), the password and whether the
/// keychain keeps it. Connecting is the caller's (setConnector); when it
/// fails the dialog stays open with the message, so the user can correct
/// the one field that was wrong.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    /// Makes the connection to the address the user filled in.
    using Connector = std::function<Status(const ServerAddress&)>;
    /// The password kept for a server, empty when none is.
    using PasswordLookup = std::function<QString(const ServerAddress&)>;

    explicit ConnectionDialog(QWidget* parent = nullptr);

    void setConnector(Connector connector) { m_connector = std::move(connector); }
    void setPasswordLookup(PasswordLookup lookup) { m_passwordLookup = std::move(lookup); }
    /// The servers offered for a quick pick (postgresql:// URIs, newest
    /// first); the first fills the form.
    void setRecentServers(const QStringList& addresses);
    /// Fills the form, the password too when `server` carries one.
    void setAddress(const ServerAddress& server);
    /// The form as an address, with the password typed.
    ServerAddress address() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    /// No password can be kept on this computer (`why`): says so, and the
    /// box to remember it is cleared and disabled. Connecting still works.
    void setPasswordStorageUnavailable(const QString& why);

private:
    void tryConnect();
    void updateCaFile();
    void chooseCaFile();
    void showError(const QString& message);

    Connector m_connector;
    PasswordLookup m_passwordLookup;
    QComboBox* m_recent = nullptr;
    QLabel* m_recentLabel = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_tlsMode = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_keychainNote = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace debrief
