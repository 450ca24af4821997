#include "DataProtectionDialog.h"

#include "DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {
namespace {

QLabel* wrapped(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DataProtectionDialog::DataProtectionDialog(Database& db, const QDate& today,
                                           const std::optional<RetentionPeriod>& stored,
                                           int anonymisedSoFar, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_today(today) {
    setObjectName(QStringLiteral("dataProtectionDialog"));
    setWindowTitle(tr("Data Protection"));

    m_enabled = new QCheckBox(tr("&Anonymise rejected candidates after"));
    m_enabled->setObjectName(QStringLiteral("retentionEnabled"));
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("retentionCount"));
    m_count->setAccessibleName(tr("Retention period"));
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("retentionUnit"));
    m_unit->setAccessibleName(tr("Retention period unit"));
    m_unit->addItem(tr("months"), int(RetentionPeriod::Unit::Months));
    m_unit->addItem(tr("days"), int(RetentionPeriod::Unit::Days));
    const RetentionPeriod shown = stored.value_or(RetentionPeriod{});
    m_unit->setCurrentIndex(m_unit->findData(int(shown.unit)));
    m_count->setRange(1, shown.unit == RetentionPeriod::Unit::Days ? RetentionPeriod::kMaxDays
                                                                   : RetentionPeriod::kMaxMonths);
    m_count->setValue(shown.count);
    m_enabled->setChecked(stored.has_value());
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_enabled);
    periodRow->addWidget(m_count);
    periodRow->addWidget(m_unit);
    periodRow->addStretch(1);

    auto* rule = wrapped(
        tr("A candidate is anonymised once every application of theirs was rejected or "
           "withdrawn and nothing has happened on any of them for this long. Their name, "
           "contact details, notes, interview evidence, references, messages and drafts are "
           "removed for good; scores, stages and dates stay, so the statistics do not change. "
           "Being in the talent pool does not keep anyone. Debrief applies the period every "
           "time this database is opened, on any computer."));

    m_dueSummary = wrapped(QString());
    m_dueSummary->setObjectName(QStringLiteral("dueSummary"));
    m_due = new QTreeWidget;
    m_due->setObjectName(QStringLiteral("dueList"));
    m_due->setAccessibleName(tr("Candidates due for anonymisation"));
    m_due->setRootIsDecorated(false);
    m_due->setAlternatingRowColors(true);
    m_due->setHeaderLabels(
        {tr("Candidate"), tr("Last activity"), tr("Applications"), tr("Talent pool")});
    // Names take what is left; the dates and counts keep their whole headers
    // ("Dernière activité"), whatever the language.
    m_due->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_due->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_due->header()->setStretchLastSection(false);
    m_dueSummary->setBuddy(m_due);

    auto* soFar = wrapped(
        tr("%n candidate(s) of this database were anonymised so far.", "", anonymisedSoFar));
    soFar->setObjectName(QStringLiteral("anonymisedSoFar"));

    m_anonymise = new QPushButton;
    m_anonymise->setObjectName(QStringLiteral("anonymiseNowButton"));
    connect(m_anonymise, &QPushButton::clicked, this, [this] {
        if (auto chosen = period())
            emit anonymiseRequested(*chosen, m_dueCount);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveRetentionButton"));
    buttons->addButton(m_anonymise, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(periodRow);
    layout->addWidget(rule);
    layout->addWidget(m_dueSummary);
    layout->addWidget(m_due, 1);
    layout->addWidget(soFar);
    layout->addWidget(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, &DataProtectionDialog::updateDue);
    connect(m_count, &QSpinBox::valueChanged, this, &DataProtectionDialog::updateDue);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        const bool days = m_unit->currentData().toInt() == int(RetentionPeriod::Unit::Days);
        m_count->setMaximum(days ? RetentionPeriod::kMaxDays : RetentionPeriod::kMaxMonths);
        updateDue();
    });
    updateDue();
    m_enabled->setFocus();
    resize(720, 480);
}

std::optional<RetentionPeriod> DataProtectionDialog::period() const {
    if (!m_enabled->isChecked())
        return std::nullopt;
    return RetentionPeriod{m_count->value(), RetentionPeriod::Unit(m_unit->currentData().toInt())};
}

void DataProtectionDialog::updateDue() {
    const std::optional<RetentionPeriod> chosen = period();
    m_count->setEnabled(chosen.has_value());
    m_unit->setEnabled(chosen.has_value());
    m_due->clear();
    m_dueCount = 0;
    if (!chosen) {
        m_dueSummary->setText(tr("No retention period: rejected candidates are kept until you "
                                 "erase them one by one (the candidate list's context menu)."));
    } else if (auto due = RetentionPolicy::due(m_db, *chosen, m_today); !due) {
        m_dueSummary->setText(due.errorMessage());
        emit errorOccurred(due.errorMessage());
    } else {
        m_dueCount = int(due->size());
        m_dueSummary->setText(
            tr("%n candidate(s) with no activity since before %1 would be anonymised now:", "",
               m_dueCount)
                .arg(DisplayText::date(chosen->cutoff(m_today))));
        for (const RetentionCase& c : std::as_const(*due)) {
            new QTreeWidgetItem(m_due, {c.fullName, DisplayText::date(c.lastActivity),
                                        QString::number(c.applications),
                                        c.talentPool ? tr("yes") : QString()});
        }
    }
    m_anonymise->setText(tr("A&nonymise %n Now…", "", m_dueCount));
    m_anonymise->setEnabled(m_dueCount > 0);
}

} // namespace debrief
