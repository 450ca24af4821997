#include "RetentionSettings.h"

#include "storage/Database.h"
#include "storage/DatabaseSettingsRepository.h"

namespace debrief {
namespace {

const QString kPeriodSetting = QStringLiteral("retention_period");

} // namespace

Result<std::optional<RetentionPeriod>> RetentionSettings::period() {
    auto stored = DatabaseSettingsRepository(m_db).value(kPeriodSetting);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<RetentionPeriod>();
    auto parsed = RetentionPeriod::fromText(**stored);
    if (!parsed)
        return Error{tr("The retention period stored in %1 cannot be read: %2")
                         .arg(m_db.location(), parsed.errorMessage())};
    return std::optional<RetentionPeriod>(*parsed);
}

Status RetentionSettings::setPeriod(const std::optional<RetentionPeriod>& period) {
    DatabaseSettingsRepository settings(m_db);
    if (!period)
        return settings.remove(kPeriodSetting);
    if (const QString problem = period->problem(); !problem.isEmpty())
        return Error{problem};
    return settings.setValue(kPeriodSetting, period->toText());
}

} // namespace debrief
