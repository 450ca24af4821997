#include "LogCommunicationDialog.h"

#include "DisplayText.h"
#include "pipeline/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// A promise usually buys the panel about a week.
constexpr int kPromiseStartDays = 7;

QString currentPromise(const Application& application, const QDate& today) {
    if (!application.promisedResponseDate.isValid())
        return LogCommunicationDialog::tr("No answer date promised yet.");
    const QString due =
        DisplayText::answerDue(application.promisedResponseDate, application.stage, today);
    const QString date = DisplayText::date(application.promisedResponseDate);
    return due.isEmpty() ? date : QStringLiteral("%1 (%2)").arg(date, due);
}

} // namespace

LogCommunicationDialog::LogCommunicationDialog(const Application& application,
                                               const QString& candidateName, const QDateTime& now,
                                               const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_applicationId(application.id) {
    setObjectName(QStringLiteral("logCommunicationDialog"));
    setWindowTitle(
        DisplayText::windowTitle(tr("Log a Message or Call with %1").arg(candidateName)));

    m_problems = new QLabel;
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("communicationProblems"));
    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    m_problems->setPalette(palette);
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogCommunicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildForm(application, today));
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    m_when->setDateTime(now.toLocalTime());
    m_summary->setFocus();
    resize(520, sizeHint().height());
}

QWidget* LogCommunicationDialog::buildForm(const Application& application, const QDate& today) {
    m_when = new QDateTimeEdit;
    m_when->setObjectName(QStringLiteral("communicationWhenEdit"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(tr("d MMM yyyy, HH:mm", "date and time pattern"));

    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("communicationChannelCombo"));
    for (auto channel : {CommunicationChannel::Email, CommunicationChannel::Phone,
                         CommunicationChannel::VideoCall, CommunicationChannel::InPerson,
                         CommunicationChannel::Letter, CommunicationChannel::Other})
        m_channel->addItem(toLabel(channel), int(channel));

    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("communicationDirectionCombo"));
    m_direction->addItem(tr("From us to the candidate"), int(CommunicationDirection::Outbound));
    m_direction->addItem(tr("From the candidate to us"), int(CommunicationDirection::Inbound));
    connect(m_direction, &QComboBox::currentIndexChanged, this,
            &LogCommunicationDialog::updateFinalAnswer);

    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(QStringLiteral("communicationSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was said or sent, in a sentence or two."));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);

    m_promise = new OptionalDateEdit;
    m_promise->setObjectName(QStringLiteral("communicationPromiseEdit"));
    m_promise->setStartDate(today.addDays(kPromiseStartDays));
    m_promise->setToolTip(tr("The date this message promised the next answer by; it becomes "
                             "the candidate's promised answer date."));

    m_final = new QCheckBox(tr("This was our &final answer"));
    m_final->setObjectName(QStringLiteral("finalAnswerCheck"));
    m_final->setToolTip(tr("The candidate waits for nothing more: their promised answer date "
                           "is cleared."));
    connect(m_final, &QCheckBox::toggled, this, &LogCommunicationDialog::updateFinalAnswer);

    auto* current = new QLabel(currentPromise(application, today));
    current->setObjectName(QStringLiteral("communicationCurrentPromise"));

    auto* formWidget = new QWidget;
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Answer promised so far:"), current);
    form->addRow(tr("&Next answer promised by:"), m_promise);
    form->addRow(QString(), m_final);
    setTabOrder(m_summary, m_promise);
    return formWidget;
}

void LogCommunicationDialog::updateFinalAnswer() {
    const bool outbound =
        m_direction->currentData().toInt() == int(CommunicationDirection::Outbound);
    // Only the panel's own message can close the loop, and a final answer
    // promises nothing further.
    m_final->setEnabled(outbound);
    if (!outbound)
        m_final->setChecked(false);
    if (m_final->isChecked())
        m_promise->setOptionalDate({});
    m_promise->setEnabled(!m_final->isChecked());
}

CommunicationEntry LogCommunicationDialog::entry() const {
    CommunicationEntry entry;
    entry.applicationId = m_applicationId;
    entry.occurredAt = m_when->dateTime().toUTC();
    entry.channel = static_cast<CommunicationChannel>(m_channel->currentData().toInt());
    entry.direction = static_cast<CommunicationDirection>(m_direction->currentData().toInt());
    entry.summary = m_summary->toPlainText().trimmed();
    entry.nextPromisedDate = m_promise->optionalDate();
    return entry;
}

FinalAnswer LogCommunicationDialog::finalAnswer() const {
    return m_final->isChecked() ? FinalAnswer::Yes : FinalAnswer::No;
}

void LogCommunicationDialog::accept() {
    const QStringList problems = CommunicationLog::problems(entry(), finalAnswer());
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        m_summary->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace debrief
