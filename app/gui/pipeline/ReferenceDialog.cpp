#include "ReferenceDialog.h"

#include "DisplayText.h"
#include "pipeline/OptionalDateEdit.h"

#include "pipeline/PipelineWorkflow.h"
#include "pipeline/ReferencePolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

ReferenceDialog::ReferenceDialog(const Reference& reference, const QString& candidateName,
                                 PipelineStage stage, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_original(reference) {
    const bool adding = reference.uuid.isNull();
    setObjectName(QStringLiteral("referenceDialog"));
    setWindowTitle(DisplayText::windowTitle(adding
                                                ? tr("Add Reference for %1").arg(candidateName)
                                                : tr("Edit Reference for %1").arg(candidateName)));

    m_name = new QLineEdit(reference.name);
    m_name->setObjectName(QStringLiteral("referenceNameEdit"));
    m_nameError = new QLabel;
    m_nameError->setTextFormat(Qt::PlainText);
    m_nameError->setObjectName(QStringLiteral("referenceNameError"));
    m_nameError->setWordWrap(true);
    QPalette errorPalette = m_nameError->palette();
    errorPalette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    m_nameError->setPalette(errorPalette);
    m_nameError->hide();
    m_relation = new QLineEdit(reference.relation);
    m_relation->setObjectName(QStringLiteral("referenceRelationEdit"));
    m_relation->setPlaceholderText(tr("e.g. former manager"));
    m_contact = new QLineEdit(reference.contact);
    m_contact->setObjectName(QStringLiteral("referenceContactEdit"));
    m_contact->setPlaceholderText(tr("phone or e-mail"));
    m_contactedOn = new OptionalDateEdit;
    m_contactedOn->setObjectName(QStringLiteral("contactedOnEdit"));
    m_contactedOn->setStartDate(today);
    m_contactedOn->setOptionalDate(reference.contactedOn);
    m_summary = new QPlainTextEdit(reference.summary);
    m_summary->setObjectName(QStringLiteral("referenceSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What the referee said, in their words where it matters."));
    m_concern = new QCheckBox(tr("The reference raised a &concern the panel must weigh"));
    m_concern->setObjectName(QStringLiteral("referenceConcernCheck"));
    m_concern->setChecked(reference.concern);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("Con&tact:"), m_contact);
    form->addRow(tr("Contacted &on:"), m_contactedOn);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(QString(), m_concern);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    // Adding is when the referees get contacted; the warning belongs there.
    if (adding) {
        if (QWidget* warning = buildWarning(stage))
            layout->addWidget(warning);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QWidget* ReferenceDialog::buildWarning(PipelineStage stage) {
    const QString text = ReferencePolicy::warningFor(stage);
    if (text.isEmpty())
        return nullptr;
    auto* warning = new QLabel(QStringLiteral("⚠ ") + text);
    warning->setTextFormat(Qt::PlainText);
    warning->setObjectName(QStringLiteral("referenceWarning"));
    warning->setWordWrap(true);
    warning->setMargin(8);
    warning->setFrameShape(QFrame::StyledPanel);
    // Tooltip colours: a note that stands out in light and dark themes alike.
    warning->setBackgroundRole(QPalette::ToolTipBase);
    warning->setForegroundRole(QPalette::ToolTipText);
    warning->setAutoFillBackground(true);
    return warning;
}

Reference ReferenceDialog::reference() const {
    Reference r = m_original;
    r.name = m_name->text().trimmed();
    r.relation = m_relation->text().trimmed();
    r.contact = m_contact->text().trimmed();
    r.contactedOn = m_contactedOn->optionalDate();
    r.summary = m_summary->toPlainText().trimmed();
    r.concern = m_concern->isChecked();
    return r;
}

void ReferenceDialog::accept() {
    const QStringList problems = PipelineWorkflow::problems(reference());
    if (!problems.isEmpty()) {
        m_nameError->setText(problems.join(QLatin1Char('\n')));
        m_nameError->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace debrief
