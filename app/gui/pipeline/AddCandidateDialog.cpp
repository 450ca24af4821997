#include "AddCandidateDialog.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "pipeline/OptionalDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {
namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& placeholder = {}) {
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

AddCandidateDialog::AddCandidateDialog(DatabaseSession& session, RowId openingId,
                                       const QString& openingTitle, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_openingId(openingId) {
    setObjectName(QStringLiteral("addCandidateDialog"));
    setWindowTitle(DisplayText::windowTitle(tr("Add Candidate to %1").arg(openingTitle)));

    m_name = lineEdit(QStringLiteral("candidateNameEdit"));
    m_email = lineEdit(QStringLiteral("candidateEmailEdit"), tr("name@example.org"));
    m_phone = lineEdit(QStringLiteral("candidatePhoneEdit"));
    m_source = lineEdit(QStringLiteral("candidateSourceEdit"), tr("e.g. referral, job board"));
    m_promised = new OptionalDateEdit;
    m_promised->setObjectName(QStringLiteral("candidatePromisedDateEdit"));
    m_promised->setStartDate(session.today());
    m_promised->setToolTip(tr("The date the candidate was told to expect an answer by, if any."));

    m_fields = {{IntakeField::FullName, m_name},
                {IntakeField::Email, m_email},
                {IntakeField::Phone, m_phone},
                {IntakeField::Source, m_source},
                {IntakeField::PromisedDate, m_promised}};

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(),
                 fieldError(IntakeField::FullName, QStringLiteral("candidateNameError")));
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), fieldError(IntakeField::Email, QStringLiteral("candidateEmailError")));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), fieldError(IntakeField::Phone, QStringLiteral("candidatePhoneError")));
    form->addRow(tr("&Source:"), m_source);
    form->addRow(QString(),
                 fieldError(IntakeField::Source, QStringLiteral("candidateSourceError")));
    form->addRow(tr("Answer promised &by:"), m_promised);
    form->addRow(QString(), fieldError(IntakeField::PromisedDate,
                                       QStringLiteral("candidatePromisedDateError")));

    // Problems that belong to no field, such as a database that cannot be read.
    m_generalError = errorLabel(QStringLiteral("addCandidateError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCandidateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QLabel* AddCandidateDialog::fieldError(IntakeField field, const QString& objectName) {
    QLabel* label = errorLabel(objectName);
    m_errors.insert(field, label);
    return label;
}

QLabel* AddCandidateDialog::errorLabel(const QString& objectName) {
    auto* label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    label->setPalette(palette);
    label->hide();
    return label;
}

NewCandidate AddCandidateDialog::candidate() const {
    NewCandidate input;
    input.fullName = m_name->text().trimmed();
    input.email = m_email->text().trimmed();
    input.phone = m_phone->text().trimmed();
    input.source = m_source->text().trimmed();
    input.promisedResponseDate = m_promised->optionalDate();
    return input;
}

void AddCandidateDialog::showProblems(const QList<IntakeProblem>& problems) {
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    QWidget* first = nullptr;
    for (const IntakeProblem& problem : problems) {
        QLabel* label = m_errors.value(problem.field);
        label->setText(problem.message);
        label->show();
        if (!first)
            first = m_fields.value(problem.field);
    }
    if (first)
        first->setFocus();
}

void AddCandidateDialog::accept() {
    m_generalError->hide();
    if (!m_session.isOpen())
        return;
    auto problems = CandidateIntake(m_session.database()).check(m_openingId, candidate());
    if (!problems) {
        m_generalError->setText(problems.errorMessage());
        m_generalError->show();
        return;
    }
    showProblems(*problems);
    if (problems->isEmpty())
        QDialog::accept();
}

} // namespace debrief
