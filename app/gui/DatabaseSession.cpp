#include "DatabaseSession.h"

#include "storage/DatabaseBackup.h"
#include "storage/PipelineQuery.h"

#include <QDateTime>
#include <QFileInfo>

namespace debrief {

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent) {
}

DatabaseSession::~DatabaseSession() = default;

Status DatabaseSession::open(const QString& path, Database::OpenMode mode) {
    return adopt(Database::open(path, mode));
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

Status DatabaseSession::adopt(Result<std::unique_ptr<Database>> opened) {
    if (!opened)
        return opened.error();
    if (m_database)
        emit aboutToChangeDatabase();
    m_database = std::move(opened).value();
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
