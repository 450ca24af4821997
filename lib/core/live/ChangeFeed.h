#pragma once

#include "ChangeEvent.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

#include <memory>

namespace debrief {

class Database;

/// The changes everyone makes on a shared server, as they happen: listens on
/// a Database's own connection for the server's announcements
/// (ChangeNotifications) and emits each one as a ChangeEvent, without
/// polling: the driver reads them when the server's socket has data. Only
/// PostgreSQL announces changes; on SQLite there is no feed (start() says
/// so). The feed must go before its Database.
class DEBRIEF_CORE_EXPORT ChangeFeed : public QObject {
    Q_OBJECT

public:
    /// Listens on `db`'s connection; an error when `db` is a file (no
    /// feed there) or the server refuses to listen.
    static Result<std::unique_ptr<ChangeFeed>> start(Database& db, QObject* parent = nullptr);
    ~ChangeFeed() override;

signals:
    /// One change committed on the server, this client's own included
    /// (ChangeEvent::ownConnection): whoever shows what the client itself
    /// just wrote has already refreshed and may skip those.
    void changed(const debrief::ChangeEvent& event);

private:
    explicit ChangeFeed(QSqlDriver* driver, QObject* parent);
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);

    QPointer<QSqlDriver> m_driver;
};

} // namespace debrief
