#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace debrief {

/// Tells the models what day it is, so that overdue markers are testable and
/// screenshots reproducible: a fixed date wins over the system clock.
class Clock {
public:
    QDate today() const { return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate(); }
    /// Now in UTC: today() at the wall clock's time, so that what is
    /// stamped never lies after the day the views show.
    QDateTime now() const { return QDateTime(today(), QTime::currentTime()).toUTC(); }
    /// An invalid date goes back to following the system clock.
    void setFixedToday(const QDate& date) { m_fixedToday = date; }
    bool isFixed() const { return m_fixedToday.isValid(); }

private:
    QDate m_fixedToday;
};

} // namespace debrief
