#pragma once

#include "live/ChangeEvent.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QStatusBar;

namespace debrief {

class ChangeFeed;
class DatabaseSession;

/// The main window's ear on a shared server: while the session is connected
/// to one, it hears everyone else's changes (ChangeFeed), gathers a burst of
/// them, then asks the window and its open views to read again (changed())
/// and says in the status bar who changed what. On a file there is nothing
/// to hear; nothing polls.
class LiveUpdates : public QObject {
    Q_OBJECT

public:
    /// How long a burst of changes (a decision moves every application) is
    /// gathered before the views read again once.
    static constexpr int kSettleMs = 150;
    /// How long the status bar shows who changed what.
    static constexpr int kMessageMs = 5000;

    /// Listens whenever `session` holds a server; `window` owns it and its
    /// status bar shows the sentences.
    LiveUpdates(DatabaseSession& session, QStatusBar* statusBar, QObject* window);
    ~LiveUpdates() override;

    /// The one `window` owns, or nullptr.
    static LiveUpdates* of(QObject* window);
    /// Whether it hears a server now.
    bool isListening() const { return m_feed != nullptr; }

signals:
    /// Someone else changed data on the server: read what is shown again.
    void changed(const QList<debrief::ChangeEvent>& events);

private:
    void listen();
    void stop();
    void onChange(const ChangeEvent& event);
    void deliver();

    DatabaseSession& m_session;
    QPointer<QStatusBar> m_statusBar;
    std::unique_ptr<ChangeFeed> m_feed;
    QList<ChangeEvent> m_pending;
    QTimer m_settle;
};

} // namespace debrief
