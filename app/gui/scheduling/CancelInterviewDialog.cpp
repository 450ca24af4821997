#include "CancelInterviewDialog.h"

#include "DisplayText.h"

#include "scheduling/InterviewScheduler.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

CancelInterviewDialog::CancelInterviewDialog(const QString& what, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("cancelInterviewDialog"));
    setWindowTitle(tr("Cancel Interview"));

    auto* question = new QLabel(tr("Cancel the %1?").arg(what));
    question->setObjectName(QStringLiteral("cancelInterviewQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    auto* meaning = new QLabel(tr("It stays on record, marked as cancelled, and nobody owes a "
                                  "scorecard for it. Edit › Undo takes the cancellation back."));
    meaning->setWordWrap(true);
    meaning->setForegroundRole(QPalette::PlaceholderText);

    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. the candidate withdrew; a panelist is ill"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("cancelReasonError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    m_error->setPalette(palette);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_error);

    // "Cancel" alone would be ambiguous in a dialog about cancelling.
    auto* buttons = new QDialogButtonBox;
    QPushButton* cancelIt =
        buttons->addButton(tr("Cancel &Interview"), QDialogButtonBox::AcceptRole);
    cancelIt->setObjectName(QStringLiteral("cancelInterviewButton"));
    cancelIt->setDefault(true);
    QPushButton* keep = buttons->addButton(tr("&Keep Interview"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepInterviewButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelInterviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(meaning);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString CancelInterviewDialog::reason() const {
    return m_reason->text().trimmed();
}

void CancelInterviewDialog::accept() {
    const auto problems = InterviewScheduler::validateReason(m_reason->text());
    if (!problems.isEmpty()) {
        m_error->setText(problems.constFirst().message);
        m_error->show();
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace debrief
