#pragma once

#include <QDate>

namespace debrief {

/// Tells the models what day it is, so that overdue markers are testable and
/// screenshots reproducible: a fixed date wins over the system clock.
class Clock {
public:
    QDate today() const { return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate(); }
    /// An invalid date goes back to following the system clock.
    void setFixedToday(const QDate& date) { m_fixedToday = date; }
    bool isFixed() const { return m_fixedToday.isValid(); }

private:
    QDate m_fixedToday;
};

} // namespace debrief
