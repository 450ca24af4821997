#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief {

class DatabaseSession;
class Settings;

/// Whose name an edit is recorded under (a log entry's author, a template
/// version's author, the audit log's "who"): the panelist chosen on this
/// computer, else the operating-system account.
class EditingUser {
    Q_DECLARE_TR_FUNCTIONS(EditingUser)

public:
    static QString name(DatabaseSession& session, const Settings& settings);
};

} // namespace debrief
