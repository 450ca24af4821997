#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QDate>

namespace debrief {

/// A date in an edit conflict's rows, in the user's language, or the
/// words for an unset one: the same in every record's comparison.
class DEBRIEF_CORE_EXPORT ComparisonDate {
    Q_DECLARE_TR_FUNCTIONS(ComparisonDate)

public:
    static QString text(const QDate& date, const QString& unset);
};

} // namespace debrief
