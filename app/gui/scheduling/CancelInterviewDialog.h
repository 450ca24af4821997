#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace debrief {

/// Asks why an interview is cancelled before it is (the reason is kept with
/// it and in the audit log), and says what cancelling means: the interview
/// stays on record, marked, and owes nobody a scorecard.
class CancelInterviewDialog : public QDialog {
    Q_OBJECT

public:
    /// `what` names the interview ("Technical screen with Zoë Brandt on …").
    explicit CancelInterviewDialog(const QString& what, QWidget* parent = nullptr);

    QString reason() const;
    void accept() override;

private:
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace debrief
