#include "DatabaseSession.h"

#include "server/SessionPanelist.h"
#include "storage/DatabaseBackup.h"
#include "storage/PipelineQuery.h"
#include "storage/ServerConnectionEvents.h"
#include "storage/ServerErrors.h"

#include <QDateTime>
#include <QFileInfo>

namespace debrief {

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent) {
    // Queued: the failing statement finishes (and its caller reports it)
    // before the window turns to reconnecting.
    connect(&ServerConnectionEvents::instance(), &ServerConnectionEvents::connectionLost, this,
            &DatabaseSession::onConnectionLost, Qt::QueuedConnection);
}

DatabaseSession::~DatabaseSession() = default;

Status DatabaseSession::open(const QString& path, Database::OpenMode mode) {
    if (ServerAddress::isServerUri(path)) {
        auto server = ServerAddress::parse(path);
        if (!server)
            return server.error();
        return openServer(*server);
    }
    return adopt(Database::open(path, mode));
}

Status DatabaseSession::openServer(const ServerAddress& server) {
    return adopt(Database::openPostgres(server, Database::OpenMode::MustExist), server);
}

Status DatabaseSession::reconnect() {
    if (!m_server)
        return Error{tr("There is no server to reconnect to.")};
    auto opened = Database::openPostgres(*m_server, Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    // The new connection asks again who its login is.
    SessionPanelist::forget(*m_database);
    m_replaced.push_back(std::move(m_database));
    m_database = std::move(opened).value();
    m_connectionLost = false;
    emit reconnected();
    return {};
}

void DatabaseSession::onConnectionLost(const QString& connectionName) {
    if (!m_database || m_connectionLost ||
        m_database->connection().connectionName() != connectionName)
        return;
    m_connectionLost = true;
    emit connectionLost(ServerErrors::connectionLost(m_database->location()).message);
}

Status DatabaseSession::create(const QString& path) {
    if (QFileInfo::exists(path)) {
        return Error{tr("%1 already exists. Choose another name, or use File › Open to open it.")
                         .arg(QFileInfo(path).absoluteFilePath())};
    }
    return adopt(Database::open(path, Database::OpenMode::CreateIfMissing));
}

Result<QString> DatabaseSession::restoreFrom(const QString& backupPath) {
    if (!m_database)
        return Error{tr("Open the database to restore into first.")};
    const QString path = m_database->location();
    emit aboutToChangeDatabase();
    // A restore needs the only connection to the file.
    m_database.reset();
    auto kept = DatabaseBackup::restore(path, backupPath, QDateTime::currentDateTimeUtc());
    auto reopened = Database::open(path, Database::OpenMode::MustExist);
    if (reopened)
        m_database = std::move(reopened).value();
    ++m_generation;
    emit databaseChanged();
    if (!kept)
        return kept.error();
    if (!m_database)
        return reopened.error();
    return kept;
}

Status DatabaseSession::adopt(Result<std::unique_ptr<Database>> opened,
                              std::optional<ServerAddress> server) {
    if (!opened)
        return opened.error();
    if (m_database) {
        emit aboutToChangeDatabase();
        SessionPanelist::forget(*m_database);
    }
    m_database = std::move(opened).value();
    m_replaced.clear();
    m_server = std::move(server);
    m_connectionLost = false;
    ++m_generation;
    emit databaseChanged();
    return {};
}

QString DatabaseSession::filePath() const {
    return m_database ? m_database->location() : QString();
}

PipelineQuery DatabaseSession::pipeline(CandidateSearchIndex* searchIndex) const {
    return PipelineQuery(*m_database, searchIndex);
}

} // namespace debrief
