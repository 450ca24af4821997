#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace debrief {

class DatabaseSession;

/// The status bar's part about the server: which server and login the
/// window works on, and, when the connection is lost, a notice that says
/// so, reconnects on its own with growing pauses (2, 4, 8, then every 15
/// seconds) and offers to try at once. Hidden while a file is open.
class ConnectionStatus : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionStatus(DatabaseSession& session, QWidget* parent = nullptr);

    /// Tries to reconnect now; the next automatic try follows on failure.
    void reconnectNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// The connection is back: the views should read again.
    void reconnected();
    /// A one-line message for the status bar.
    void message(const QString& text);

private:
    void update();
    /// The server line, shortened in the middle to the room the status bar
    /// leaves it; the whole line is its tooltip.
    void elideServer();
    void onLost(const QString& message);
    void scheduleRetry();
    int nextPauseMs() const;

    DatabaseSession& m_session;
    QLabel* m_server = nullptr;
    QString m_serverText;
    QWidget* m_lost = nullptr;
    QLabel* m_lostText = nullptr;
    QPushButton* m_reconnect = nullptr;
    QTimer* m_retry = nullptr;
    int m_failures = 0;
};

} // namespace debrief
