#include "DatabaseSettingsRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

namespace debrief {

Result<std::optional<QString>> DatabaseSettingsRepository::value(const QString& name) {
    auto query =
        m_db.exec(QStringLiteral("SELECT setting_value FROM database_settings WHERE name = ?"),
                  {sql::text(name)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Status DatabaseSettingsRepository::setValue(const QString& name, const QString& value) {
    // Delete, then insert, in one transaction: plain SQL both dialects run.
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status removed = remove(name); !removed)
        return removed;
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO database_settings (name, setting_value) VALUES (?, ?)"),
        {sql::text(name), sql::text(value)});
    if (!inserted)
        return inserted.error();
    return tx.commit();
}

Status DatabaseSettingsRepository::remove(const QString& name) {
    auto removed = m_db.exec(QStringLiteral("DELETE FROM database_settings WHERE name = ?"),
                             {sql::text(name)});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace debrief
