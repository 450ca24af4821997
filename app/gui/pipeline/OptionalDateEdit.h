#pragma once

#include <QDateEdit>

namespace debrief {

/// A date field that may also be empty, shown as "None". Qt's date edit
/// always holds a date, so the empty state is its minimum date with a
/// special text. From empty, Up/Down start at a chosen day (today) rather
/// than at that minimum, and Delete with the whole text selected empties it.
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    /// The date, or an invalid QDate when empty.
    QDate optionalDate() const;
    /// An invalid date empties the field.
    void setOptionalDate(const QDate& date);
    bool isEmpty() const;
    /// Where stepping and the calendar start from an empty field.
    void setStartDate(const QDate& date);

protected:
    void stepBy(int steps) override;
    StepEnabled stepEnabled() const override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QDate startDate() const;

    QDate m_startDate;
};

} // namespace debrief
