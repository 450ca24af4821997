#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"

#include <QList>

namespace debrief {

class Database;

/// People from the talent pool joining a new opening as applications, and
/// leaving it again when that is undone: all of them or none, in one
/// transaction. The applications are found again by uuid, so an undo after
/// the database was reopened still takes out exactly the ones it added.
class DEBRIEF_CORE_EXPORT TalentPoolAdmission {
public:
    explicit TalentPoolAdmission(Database& db)
        : m_db(db) {}

    /// Stores every application (each gets a new id).
    Status admit(QList<Application>& applications);
    /// Removes the applications admit() stored; one already gone is skipped.
    Status withdraw(const QList<Application>& applications);

private:
    Database& m_db;
};

} // namespace debrief
