#include "ComparisonDate.h"

#include <QLocale>

namespace debrief {

QString ComparisonDate::text(const QDate& date, const QString& unset) {
    return date.isValid()
               ? QLocale().toString(date, tr("d MMM yyyy", "date pattern, see QDate::toString"))
               : unset;
}

} // namespace debrief
