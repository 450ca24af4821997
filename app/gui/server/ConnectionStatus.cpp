#include "ConnectionStatus.h"

#include "DatabaseSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace debrief {
namespace {

constexpr int kFirstRetryMs = 2000;
constexpr int kLongestRetryMs = 15000;

} // namespace

ConnectionStatus::ConnectionStatus(DatabaseSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_retry(new QTimer(this)) {
    setObjectName(QStringLiteral("connectionStatus"));
    m_server = new QLabel;
    m_server->setObjectName(QStringLiteral("serverStatus"));
    m_server->setTextFormat(Qt::PlainText);
    // Beside the counts and badges a server's address rarely fits whole.
    m_server->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_server->setMinimumWidth(120);
    m_server->installEventFilter(this);
    m_lostText = new QLabel;
    m_lostText->setObjectName(QStringLiteral("connectionLostNotice"));
    m_lostText->setTextFormat(Qt::PlainText);
    m_lostText->setWordWrap(true);
    QPalette warning = m_lostText->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_lostText->setPalette(warning);
    m_reconnect = new QPushButton(tr("Reconnect &Now"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_lost = new QWidget;
    auto* lostLayout = new QHBoxLayout(m_lost);
    lostLayout->setContentsMargins(0, 0, 0, 0);
    lostLayout->addWidget(m_lostText, 1);
    lostLayout->addWidget(m_reconnect);
    m_lost->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lost, 1);
    layout->addWidget(m_server);

    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ConnectionStatus::reconnectNow);
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionStatus::reconnectNow);
    connect(&m_session, &DatabaseSession::databaseChanged, this, [this] {
        m_retry->stop();
        m_failures = 0;
        update();
    });
    connect(&m_session, &DatabaseSession::connectionLost, this, &ConnectionStatus::onLost);
    update();
}

void ConnectionStatus::reconnectNow() {
    m_retry->stop();
    if (!m_session.isConnectionLost())
        return;
    if (const Status back = m_session.reconnect(); !back) {
        ++m_failures;
        m_lostText->setToolTip(back.errorMessage());
        scheduleRetry();
        return;
    }
    m_failures = 0;
    update();
    emit message(tr("Connected to %1 again.").arg(m_session.server()->display()));
    emit reconnected();
}

void ConnectionStatus::update() {
    const auto& server = m_session.server();
    setVisible(server.has_value());
    m_lost->setVisible(m_session.isConnectionLost());
    if (!server)
        return;
    // The login is the panelist on a server: who the server lets see what.
    // It comes first, so a short status bar cuts the address, not the name.
    // The full address (TLS mode, CA file) is the tooltip: the bar keeps to
    // what a panelist recognises, the database and where it is.
    m_serverText = tr("Signed in as %1 · %2 on %3:%4")
                       .arg(server->user, server->database, server->host)
                       .arg(server->port);
    const QString full = tr("Signed in as %1 on %2").arg(server->user, server->display());
    m_server->setToolTip(full);
    m_server->setAccessibleName(full);
    elideServer();
}

bool ConnectionStatus::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_server && event->type() == QEvent::Resize)
        elideServer();
    return QWidget::eventFilter(watched, event);
}

void ConnectionStatus::elideServer() {
    m_server->setText(
        m_server->fontMetrics().elidedText(m_serverText, Qt::ElideMiddle, m_server->width()));
}

void ConnectionStatus::onLost(const QString& message) {
    m_failures = 0;
    m_lostText->setToolTip(message);
    update();
    scheduleRetry();
}

void ConnectionStatus::scheduleRetry() {
    const int pause = nextPauseMs();
    m_lostText->setText(tr("The connection to the server was lost; nothing you typed is lost. "
                           "Reconnecting in %n second(s)…",
                           "", pause / 1000));
    m_lost->show();
    m_retry->start(pause);
}

int ConnectionStatus::nextPauseMs() const {
    return std::min(kFirstRetryMs << std::min(m_failures, 3), kLongestRetryMs);
}

} // namespace debrief
