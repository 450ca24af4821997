#pragma once

#include "Clock.h"

#include "Result.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace debrief {

class CandidateSearchIndex;
class PipelineQuery;

/// The database the window is working on, and the clock its views judge
/// "overdue" by. Widgets and models reach lib/ only through this object;
/// replacing the database emits databaseChanged() so every view reloads.
/// On a server, a lost connection is noticed at the first statement that
/// fails with it (connectionLost()) and reconnect() brings the same
/// database back without closing anything (reconnected()).
class DatabaseSession : public QObject {
    Q_OBJECT

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    /// Opens an SQLite file (creating it only when `mode` says so), or the
    /// server a postgresql:// URI names. On failure the database that was
    /// open stays open and nothing is emitted.
    Status open(const QString& path, Database::OpenMode mode = Database::OpenMode::MustExist);
    /// Connects to a shared panel server. Its password stays in memory for
    /// reconnecting, never written anywhere.
    Status openServer(const ServerAddress& server);
    /// The server the open database is on; std::nullopt for a file.
    const std::optional<ServerAddress>& server() const { return m_server; }
    /// The connection to the server broke and has not been made again.
    bool isConnectionLost() const { return m_connectionLost; }
    /// Connects to the same server again after the connection was lost.
    /// The database stays the same, so nothing closes and no undo step is
    /// dropped: the views reload and unsaved edits are saved again. On
    /// failure the session stays lost.
    Status reconnect();
    /// Creates a new, empty database file; refuses to touch an existing file.
    Status create(const QString& path);
    /// Puts the backup at `backupPath` in place of the open database's file
    /// (DatabaseBackup::restore) and opens it again, upgraded when it is
    /// older; returns where the replaced data is kept. When the restore is
    /// refused the file is unchanged and open again.
    Result<QString> restoreFrom(const QString& backupPath);

    bool isOpen() const { return m_database != nullptr; }
    /// Counts the databases opened (a restore counts too): whoever holds
    /// records of one can tell that it was replaced.
    int generation() const { return m_generation; }
    /// The open database; only valid while isOpen().
    Database& database() const { return *m_database; }
    /// The open file's absolute path, empty when none is open.
    QString filePath() const;

    Clock& clock() { return m_clock; }
    const Clock& clock() const { return m_clock; }
    QDate today() const { return m_clock.today(); }

    /// The candidate list's read model over the open database; only valid
    /// while isOpen(). With `searchIndex`, searches keep their list in it
    /// between calls. Everything else a window reads or changes goes
    /// through lib/core's workflows and read models on database().
    PipelineQuery pipeline(CandidateSearchIndex* searchIndex = nullptr) const;

signals:
    /// The open database is about to be closed: the last moment to write
    /// into it.
    void aboutToChangeDatabase();
    void databaseChanged();
    /// A statement failed because the connection to the server is gone;
    /// `message` says so.
    void connectionLost(const QString& message);
    /// reconnect() succeeded: the same database is reachable again.
    void reconnected();

private:
    Status adopt(Result<std::unique_ptr<Database>> opened,
                 std::optional<ServerAddress> server = std::nullopt);
    void onConnectionLost(const QString& connectionName);

    std::unique_ptr<Database> m_database;
    std::optional<ServerAddress> m_server;
    bool m_connectionLost = false;
    /// Connections replaced by reconnect(): a dialog that held the old one
    /// gets errors from it, never a dangling reference. Closed with the
    /// next database.
    std::vector<std::unique_ptr<Database>> m_replaced;
    int m_generation = 0;
    Clock m_clock;
};

} // namespace debrief
