#pragma once

#include "correspondence/CommunicationLog.h"
#include "domain/Application.h"
#include "domain/CommunicationEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace debrief {

class OptionalDateEdit;

/// "Log a Message or Call…": when, how (channel), which way, what was said,
/// the next answer date it promised, and whether it was the panel's final
/// answer. What CommunicationLog would refuse is listed in the dialog and
/// keeps it open; it is accepted only with an entry that can be logged.
class LogCommunicationDialog : public QDialog {
    Q_OBJECT

public:
    /// `application` is the one the message belongs to (its promised date is
    /// shown for reference); `now` fills in the date and time.
    LogCommunicationDialog(const Application& application, const QString& candidateName,
                           const QDateTime& now, const QDate& today, QWidget* parent = nullptr);

    /// The entry as typed (no uuid or author yet).
    CommunicationEntry entry() const;
    FinalAnswer finalAnswer() const;

    void accept() override;

private:
    QWidget* buildForm(const Application& application, const QDate& today);
    void updateFinalAnswer();

    RowId m_applicationId = kNoRow;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_direction = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    OptionalDateEdit* m_promise = nullptr;
    QCheckBox* m_final = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace debrief
