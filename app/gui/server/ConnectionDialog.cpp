#include "ConnectionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace debrief {
namespace {

QLabel* note(const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // messages name hosts, users and files
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to Server"));

    auto* intro = new QLabel(tr("Debrief works on the panel's shared PostgreSQL server while it "
                                "is connected; it does not work offline."));
    intro->setWordWrap(true);

    m_recent = new QComboBox;
    m_recent->setObjectName(QStringLiteral("recentServers"));
    // An address with a CA path is long: it must not widen the dialog.
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(32);
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_tlsMode = new QComboBox;
    m_tlsMode->setObjectName(QStringLiteral("tlsMode"));
    // libpq's modes, weakest first, each with what it protects against.
    m_tlsMode->addItem(tr("disable: not encrypted"), QStringLiteral("disable"));
    m_tlsMode->addItem(tr("prefer: encrypted when the server offers it"), QStringLiteral("prefer"));
    m_tlsMode->addItem(tr("require: always encrypted, certificate not checked"),
                       QStringLiteral("require"));
    m_tlsMode->addItem(tr("verify-ca: encrypted, certificate checked against the CA"),
                       QStringLiteral("verify-ca"));
    m_tlsMode->addItem(tr("verify-full: encrypted, certificate and host name checked"),
                       QStringLiteral("verify-full"));
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("The certificate of the authority that signed the server's"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browseCaFile"));
    m_browse->setAccessibleName(tr("Choose the CA file"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Re&member the password in this computer's keychain"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote = note(QStringLiteral("keychainNote"));
    m_error = note(QStringLiteral("connectionError"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(errorPalette);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [form](const QString& text, QWidget* field, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        form->addRow(label, field);
        return label;
    };
    m_recentLabel = addRow(tr("R&ecent servers:"), m_recent, m_recent);
    addRow(tr("&Host:"), m_host, m_host);
    addRow(tr("&Port:"), m_port, m_port);
    addRow(tr("&Database:"), m_database, m_database);
    addRow(tr("&User:"), m_user, m_user);
    addRow(tr("&TLS mode:"), m_tlsMode, m_tlsMode);
    auto* caRow = new QWidget;
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    addRow(tr("C&A file:"), caRow, m_caFile);
    addRow(tr("Pass&word:"), m_password, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateCaFile);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (auto server = ServerAddress::parse(m_recent->itemData(index).toString()))
            setAddress(*server);
    });
    setRecentServers({});
    setAddress(ServerAddress{});
}

void ConnectionDialog::setRecentServers(const QStringList& addresses) {
    m_recent->clear();
    for (const QString& address : addresses)
        m_recent->addItem(address, address);
    m_recentLabel->setVisible(!addresses.isEmpty());
    m_recent->setVisible(!addresses.isEmpty());
    if (!addresses.isEmpty()) {
        if (auto server = ServerAddress::parse(addresses.first()))
            setAddress(*server);
    }
}

void ConnectionDialog::setAddress(const ServerAddress& server) {
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    const int mode = m_tlsMode->findData(server.sslMode);
    m_tlsMode->setCurrentIndex(mode >= 0 ? mode : m_tlsMode->findData(QStringLiteral("prefer")));
    m_caFile->setText(server.sslRootCert);
    QString password = server.password;
    if (password.isEmpty() && m_passwordLookup && !server.host.isEmpty())
        password = m_passwordLookup(server);
    m_password->setText(password);
    if (m_remember->isEnabled() && !password.isEmpty())
        m_remember->setChecked(true);
    updateCaFile();
}

ServerAddress ConnectionDialog::address() const {
    ServerAddress server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    server.sslMode = m_tlsMode->currentData().toString();
    if (m_caFile->isEnabled())
        server.sslRootCert = m_caFile->text().trimmed();
    return server;
}

bool ConnectionDialog::rememberPassword() const {
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectionDialog::setRememberPassword(bool remember) {
    m_remember->setChecked(remember && m_remember->isEnabled());
}

void ConnectionDialog::setPasswordStorageUnavailable(const QString& why) {
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keychainNote->setText(
        tr("The password cannot be remembered on this computer (%1); Debrief asks for it at "
           "each connection.")
            .arg(why));
    m_keychainNote->show();
}

void ConnectionDialog::updateCaFile() {
    // Only the two verifying modes read a CA file.
    const QString mode = m_tlsMode->currentData().toString();
    const bool verifies = mode.startsWith(QLatin1String("verify"));
    m_caFile->setEnabled(verifies);
    m_browse->setEnabled(verifies);
}

void ConnectionDialog::chooseCaFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void ConnectionDialog::tryConnect() {
    const ServerAddress server = address();
    if (server.host.isEmpty() || server.database.isEmpty() || server.user.isEmpty()) {
        showError(tr("Fill in the host, the database and the user."));
        (server.host.isEmpty()       ? m_host
         : server.database.isEmpty() ? m_database
                                     : m_user)
            ->setFocus();
        return;
    }
    if (!m_connector) {
        accept();
        return;
    }
    showError({});
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status connected = m_connector(server);
    QApplication::restoreOverrideCursor();
    if (!connected) {
        showError(connected.errorMessage());
        return;
    }
    accept();
}

void ConnectionDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace debrief
