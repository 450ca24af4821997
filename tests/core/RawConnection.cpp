#include "RawConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace debrief::test {

RawConnection::RawConnection(const QString& path)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        qWarning("RawConnection: %s", qPrintable(db.lastError().text()));
}

RawConnection::~RawConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::isOpen() const {
    return QSqlDatabase::database(m_name, false).isOpen();
}

bool RawConnection::exec(const QString& sql) {
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql)) {
        qWarning("RawConnection: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool RawConnection::holdWriteLock() {
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool RawConnection::release() {
    return exec(QStringLiteral("COMMIT"));
}

QVariant RawConnection::scalar(const QString& sql) {
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql) || !query.next()) {
        qWarning("RawConnection: %s", qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

} // namespace debrief::test
