#include "LiveUpdates.h"

#include "DatabaseSession.h"

#include "live/ChangeDescription.h"
#include "live/ChangeFeed.h"

#include <QStatusBar>

namespace debrief {

LiveUpdates::LiveUpdates(DatabaseSession& session, QStatusBar* statusBar, QObject* window)
    : QObject(window)
    , m_session(session)
    , m_statusBar(statusBar) {
    setObjectName(QStringLiteral("liveUpdates"));
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &LiveUpdates::deliver);
    // The feed listens on the database's own connection: it goes first.
    connect(&session, &DatabaseSession::aboutToChangeDatabase, this, &LiveUpdates::stop);
    connect(&session, &DatabaseSession::databaseChanged, this, &LiveUpdates::listen);
    listen();
}

LiveUpdates::~LiveUpdates() = default;

LiveUpdates* LiveUpdates::of(QObject* window) {
    return window ? window->findChild<LiveUpdates*>(QStringLiteral("liveUpdates"),
                                                    Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void LiveUpdates::listen() {
    stop();
    if (!m_session.isOpen() || m_session.database().dialect() != SqlDialect::PostgreSql)
        return;
    auto feed = ChangeFeed::start(m_session.database());
    if (!feed) {
        // The window still works; it just does not follow others' changes.
        if (m_statusBar)
            m_statusBar->showMessage(feed.errorMessage(), kMessageMs);
        return;
    }
    m_feed = std::move(feed).value();
    connect(m_feed.get(), &ChangeFeed::changed, this, &LiveUpdates::onChange);
}

void LiveUpdates::stop() {
    m_settle.stop();
    m_pending.clear();
    m_feed.reset();
}

void LiveUpdates::onChange(const ChangeEvent& event) {
    // The window already shows its own writes (each edit's command refreshes
    // what it changed); reading everything again for them would only cost
    // time and move the user's place.
    if (event.ownConnection)
        return;
    m_pending.append(event);
    if (!m_settle.isActive())
        m_settle.start();
}

void LiveUpdates::deliver() {
    if (m_pending.isEmpty() || !m_session.isOpen())
        return;
    const QList<ChangeEvent> events = std::exchange(m_pending, {});
    const QString sentence = ChangeDescription(m_session.database()).summary(events);
    emit changed(events);
    // After the views, whose reload may put its own note in the status bar.
    if (m_statusBar)
        m_statusBar->showMessage(sentence, kMessageMs);
}

} // namespace debrief
