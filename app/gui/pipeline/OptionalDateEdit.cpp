#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace debrief {
namespace {
/// Stands for "no date"; no hiring date is ever this early.
const QDate kEmpty(2000, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent) {
    setMinimumDate(kEmpty);
    setSpecialValueText(tr("None", "no date set"));
    setDisplayFormat(tr("d MMM yyyy", "date field pattern, see QDateTimeEdit::displayFormat"));
    setCalendarPopup(true);
    setDate(kEmpty);
    setToolTip(tr("Up and Down start from today; Delete with the whole date selected clears it."));
}

QDate OptionalDateEdit::optionalDate() const {
    return isEmpty() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& value) {
    setDate(value.isValid() && value > kEmpty ? value : kEmpty);
}

bool OptionalDateEdit::isEmpty() const {
    return date() <= kEmpty;
}

void OptionalDateEdit::setStartDate(const QDate& value) {
    m_startDate = value;
}

QDate OptionalDateEdit::startDate() const {
    return m_startDate.isValid() ? m_startDate : QDate::currentDate();
}

void OptionalDateEdit::stepBy(int steps) {
    if (isEmpty()) {
        setDate(startDate());
        return;
    }
    QDateEdit::stepBy(steps);
}

QAbstractSpinBox::StepEnabled OptionalDateEdit::stepEnabled() const {
    if (isEmpty())
        return isReadOnly() ? StepNone : (StepUpEnabled | StepDownEnabled);
    return QDateEdit::stepEnabled();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event) {
    const bool allSelected = lineEdit()->selectedText() == lineEdit()->text();
    if (!isReadOnly() && event->key() == Qt::Key_Delete && (allSelected || isEmpty())) {
        setOptionalDate({});
        selectAll();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::focusNextPrevChild(bool next) {
    // Tab walks a date's sections; "None" has none, and Qt's date edit then
    // keeps the keyboard for good. Empty, Tab leaves the field.
    if (isEmpty())
        return QWidget::focusNextPrevChild(next);
    return QDateEdit::focusNextPrevChild(next);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event) {
    QDateEdit::mousePressEvent(event);
    // The calendar opens on the field's date: from empty that would be the
    // year 2000, so turn it to the start month instead.
    if (isEmpty() && calendarWidget()) {
        const QDate start = startDate();
        calendarWidget()->setCurrentPage(start.year(), start.month());
    }
}

} // namespace debrief
