#include "ChangeFeed.h"

#include "storage/ChangeNotifications.h"
#include "storage/Database.h"

namespace debrief {

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::start(Database& db, QObject* parent) {
    if (db.dialect() != SqlDialect::PostgreSql) {
        return Error{tr("%1 is a file: only a shared server announces other people's "
                        "changes.")
                         .arg(db.location())};
    }
    QSqlDriver* driver = db.connection().driver();
    if (!driver || !driver->subscribeToNotification(ChangeNotifications::channel())) {
        return Error{
            tr("Cannot listen for changes on %1: %2")
                .arg(db.location(), driver ? driver->lastError().text().trimmed() : QString())};
    }
    return std::unique_ptr<ChangeFeed>(new ChangeFeed(driver, parent));
}

ChangeFeed::ChangeFeed(QSqlDriver* driver, QObject* parent)
    : QObject(parent)
    , m_driver(driver) {
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
}

ChangeFeed::~ChangeFeed() {
    // The connection may be gone already (its Database closed first).
    if (m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(ChangeNotifications::channel());
}

void ChangeFeed::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload) {
    if (name != ChangeNotifications::channel())
        return;
    auto event = ChangeEvent::fromPayload(payload.toString());
    if (!event)
        return;
    // The driver compares the sending backend with its own.
    event->ownConnection = source == QSqlDriver::SelfSource;
    emit changed(*event);
}

} // namespace debrief
