#include "DecisionDialog.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "scorecard/CurrentPanelist.h"

#include "analytics/ComparisonInput.h"
#include "decision/DecisionWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief {
namespace {

enum Column { NameColumn, RoleColumn, RankColumn, TalentPoolColumn, ColumnCount };

const char* const kRoleCombo = "roleCombo%1";
const char* const kRankSpin = "rankSpin%1";
const char* const kTalentPoolCheck = "talentPoolCheck%1";

QString rowName(const char* pattern, int row) {
    return QString::fromLatin1(pattern).arg(row);
}

QLabel* heading(const QString& text) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

DecisionDialog::DecisionDialog(DatabaseSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("decisionDialog"));
    buildForm();
}

void DecisionDialog::buildForm() {
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("decisionTitle"));
    m_title->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("finalistRoleTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Finalist"), tr("Role"), tr("Runner-up rank"), tr("Talent pool")});
    m_table->horizontalHeaderItem(TalentPoolColumn)
        ->setToolTip(tr("We would hire this runner-up for another role."));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = RoleColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_criteria = new QListWidget;
    m_criteria->setObjectName(QStringLiteral("decidingCriteriaList"));
    m_rationale = new QPlainTextEdit;
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setPlaceholderText(tr("Why the panel decided as it did"));
    m_rationale->setTabChangesFocus(true);
    m_shareable = new QCheckBox(tr("The deciding factor &may be shared with candidates"));
    m_shareable->setObjectName(QStringLiteral("shareableCheck"));

    m_decidedBy = new QLabel;
    m_decidedBy->setObjectName(QStringLiteral("decidedByLabel"));
    m_errors = new QLabel;
    m_errors->setObjectName(QStringLiteral("decisionErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->hide();
    m_undoNote = new QLabel(tr("Recording a decision is logged and cannot be undone here."));
    m_undoNote->setObjectName(QStringLiteral("undoNote"));
    m_undoNote->setWordWrap(true);

    auto* criteriaColumn = new QVBoxLayout;
    criteriaColumn->addWidget(heading(tr("Deciding criteria")));
    criteriaColumn->addWidget(m_criteria);
    auto* rationaleColumn = new QVBoxLayout;
    rationaleColumn->addWidget(heading(tr("Rationale")));
    rationaleColumn->addWidget(m_rationale);
    auto* why = new QHBoxLayout;
    why->addLayout(criteriaColumn, 2);
    why->addLayout(rationaleColumn, 3);

    m_offerRow = new QHBoxLayout;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Decision"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(heading(tr("Finalists")));
    layout->addWidget(m_table, 3);
    layout->addLayout(why, 2);
    layout->addWidget(m_shareable);
    layout->addWidget(m_decidedBy);
    layout->addWidget(m_errors);
    layout->addWidget(m_undoNote);
    layout->addLayout(m_offerRow);
    layout->addWidget(m_buttons);
    resize(720, 600);
}

Status DecisionDialog::load(RowId openingId, RowId panelistId) {
    m_openingId = openingId;
    m_panelistId = panelistId;
    auto opening = m_session.openings().get(openingId);
    if (!opening)
        return opening.error();
    auto decision = DecisionRepository(m_session.database()).forOpening(openingId);
    if (!decision)
        return decision.error();
    m_decision = *decision;
    setWindowTitle(tr("Decision for %1").arg(opening->title));
    m_title->setText(tr("<b>%1</b>: who gets the offer, who waits as runner-up, and why.")
                         .arg(opening->title.toHtmlEscaped()));
    if (Status rows = loadRows(openingId); !rows)
        return rows;
    if (Status criteria = loadCriteria(openingId); !criteria)
        return criteria;
    fillTable();
    showProblems({});
    if (m_decision)
        showDecision();
    else
        m_decidedBy->setText(tr("Decided by: %1").arg(deciderName()));
    return {};
}

Status DecisionDialog::loadRows(RowId openingId) {
    auto input =
        ComparisonInput::load(m_session.database(), openingId, ScoreViewer::panelist(m_panelistId));
    if (!input)
        return input.error();
    QList<RowId> ids;
    for (const Finalist& finalist : input->matrix.finalists())
        ids.append(finalist.applicationId);
    // A stored decision may name someone no longer compared (e.g. rejected since).
    if (m_decision) {
        for (const DecisionOutcome& outcome : m_decision->outcomes) {
            if (!ids.contains(outcome.applicationId))
                ids.append(outcome.applicationId);
        }
    }
    m_rows.clear();
    for (RowId id : ids) {
        auto application = m_session.applications().get(id);
        if (!application)
            return application.error();
        auto candidate = m_session.candidates().get(application->candidateId);
        if (!candidate)
            return candidate.error();
        m_rows.append({id, candidate->fullName, application->stage == PipelineStage::Offer});
    }
    return {};
}

Status DecisionDialog::loadCriteria(RowId openingId) {
    auto rubric = RubricRepository(m_session.database()).currentForOpening(openingId);
    if (!rubric)
        return rubric.error();
    m_criteria->clear();
    if (!rubric->has_value())
        return {};
    for (const Criterion& criterion : (*rubric)->criteria) {
        auto* item = new QListWidgetItem(criterion.name, m_criteria);
        item->setData(Qt::UserRole, QVariant::fromValue(criterion.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    return {};
}

void DecisionDialog::fillTable() {
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        m_table->setItem(row, NameColumn, new QTableWidgetItem(m_rows[row].name));
        auto* role = new QComboBox;
        role->setObjectName(rowName(kRoleCombo, row));
        role->addItem(tr("Not selected"), int(DecisionRole::NotSelected));
        role->addItem(tr("Chosen"), int(DecisionRole::Chosen));
        role->addItem(tr("Runner-up"), int(DecisionRole::RunnerUp));
        role->setAccessibleName(tr("Role of %1").arg(m_rows[row].name));
        auto* rank = new QSpinBox;
        rank->setObjectName(rowName(kRankSpin, row));
        // 0 shows as a dash: only runners-up have a place in line.
        rank->setRange(0, std::max(1, int(m_rows.size())));
        rank->setSpecialValueText(tr("–"));
        rank->setValue(0);
        rank->setEnabled(false);
        rank->setAccessibleName(tr("Runner-up rank of %1").arg(m_rows[row].name));
        auto* pool = new QCheckBox(tr("Keep in mind"));
        pool->setObjectName(rowName(kTalentPoolCheck, row));
        pool->setToolTip(tr("We would hire them for another role."));
        pool->setEnabled(false);
        m_table->setCellWidget(row, RoleColumn, role);
        m_table->setCellWidget(row, RankColumn, rank);
        m_table->setCellWidget(row, TalentPoolColumn, pool);
        connect(role, &QComboBox::currentIndexChanged, this, [this, row] { onRoleChanged(row); });
    }
    m_table->resizeRowsToContents();
}

DecisionRole DecisionDialog::roleAt(int row) const {
    const auto* role = qobject_cast<QComboBox*>(m_table->cellWidget(row, RoleColumn));
    return DecisionRole(role->currentData().toInt());
}

void DecisionDialog::onRoleChanged(int row) {
    const bool runnerUp = roleAt(row) == DecisionRole::RunnerUp;
    auto* rank = qobject_cast<QSpinBox*>(m_table->cellWidget(row, RankColumn));
    auto* pool = qobject_cast<QCheckBox*>(m_table->cellWidget(row, TalentPoolColumn));
    rank->setEnabled(runnerUp && !isReadOnly());
    pool->setEnabled(runnerUp && !isReadOnly());
    if (!runnerUp)
        pool->setChecked(false);
    // A new runner-up goes to the back of the line.
    rank->setValue(runnerUp ? int(m_rows.size()) : 0);
    renumberRunnersUp();
}

void DecisionDialog::renumberRunnersUp() {
    QList<QSpinBox*> ranks;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (roleAt(row) == DecisionRole::RunnerUp)
            ranks.append(qobject_cast<QSpinBox*>(m_table->cellWidget(row, RankColumn)));
    }
    std::stable_sort(ranks.begin(), ranks.end(),
                     [](QSpinBox* a, QSpinBox* b) { return a->value() < b->value(); });
    for (int i = 0; i < ranks.size(); ++i)
        ranks[i]->setValue(i + 1);
}

void DecisionDialog::accept() {
    DecisionRequest request;
    request.openingId = m_openingId;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const RowId id = m_rows[row].applicationId;
        if (roleAt(row) == DecisionRole::Chosen)
            request.chosen.append(id);
        if (roleAt(row) != DecisionRole::RunnerUp)
            continue;
        const auto* rank = qobject_cast<QSpinBox*>(m_table->cellWidget(row, RankColumn));
        const auto* pool = qobject_cast<QCheckBox*>(m_table->cellWidget(row, TalentPoolColumn));
        request.runnersUp.append({id, rank->value(), pool->isChecked()});
    }
    for (int i = 0; i < m_criteria->count(); ++i) {
        if (m_criteria->item(i)->checkState() == Qt::Checked)
            request.decidingCriterionIds.append(
                m_criteria->item(i)->data(Qt::UserRole).toLongLong());
    }
    request.rationale = m_rationale->toPlainText();
    request.shareDecidingFactor = m_shareable->isChecked();
    request.decidedBy = m_panelistId;
    request.decidedAt = QDateTime::currentDateTimeUtc();
    auto recorded = DecisionWorkflow(m_session.database()).record(request, deciderName());
    if (!recorded) {
        showProblems(recorded.errorMessage());
        return;
    }
    emit decisionChanged();
    QDialog::accept();
}

void DecisionDialog::showDecision() {
    const Decision& d = *m_decision;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto it = std::find_if(d.outcomes.begin(), d.outcomes.end(), [&](const auto& o) {
            return o.applicationId == m_rows[row].applicationId;
        });
        auto* role = qobject_cast<QComboBox*>(m_table->cellWidget(row, RoleColumn));
        auto* rank = qobject_cast<QSpinBox*>(m_table->cellWidget(row, RankColumn));
        auto* pool = qobject_cast<QCheckBox*>(m_table->cellWidget(row, TalentPoolColumn));
        const DecisionRole r = it == d.outcomes.end() ? DecisionRole::NotSelected : it->role;
        // Shown as stored: no renumbering while the roles are filled in.
        const QSignalBlocker quiet(role);
        role->setCurrentIndex(role->findData(int(r)));
        rank->setValue(it == d.outcomes.end() ? 0 : it->rank);
        if (auto application = m_session.applications().get(m_rows[row].applicationId))
            pool->setChecked(r == DecisionRole::RunnerUp && application->talentPool);
        role->setEnabled(false);
        rank->setEnabled(false);
        pool->setEnabled(false);
    }
    for (int i = 0; i < m_criteria->count(); ++i) {
        QListWidgetItem* item = m_criteria->item(i);
        const bool deciding =
            d.decidingCriterionIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(deciding ? Qt::Checked : Qt::Unchecked);
        item->setFlags(Qt::ItemIsEnabled); // shown, not changeable
    }
    m_rationale->setPlainText(d.rationale);
    m_rationale->setReadOnly(true);
    m_shareable->setChecked(d.shareDecidingFactor);
    m_shareable->setEnabled(false);
    m_decidedBy->setText(tr("Decided by %1 on %2")
                             .arg(CurrentPanelist::name(m_session, d.decidedBy),
                                  DisplayText::dateTime(d.decidedAt.toLocalTime())));
    m_undoNote->setText(tr("The decision is recorded and can no longer be changed here."));
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    addOfferButtons();
}

void DecisionDialog::addOfferButtons() {
    while (QLayoutItem* item = m_offerRow->takeAt(0)) {
        // Later: the button being clicked may be the one asking for this.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (const DecisionOutcome& outcome : m_decision->outcomes) {
        const auto row = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) {
            return r.applicationId == outcome.applicationId;
        });
        if (outcome.role != DecisionRole::Chosen || row == m_rows.end() || !row->atOffer)
            continue;
        auto* button = new QPushButton(tr("Offer Accepted by %1").arg(row->name));
        button->setObjectName(QStringLiteral("offerAcceptedButton"));
        button->setToolTip(tr("Moves %1 to Hired; the runners-up are released from hold once "
                              "every chosen candidate has accepted.")
                               .arg(row->name));
        const RowId id = outcome.applicationId;
        connect(button, &QPushButton::clicked, this, [this, id] { acceptOffer(id); });
        m_offerRow->addWidget(button);
    }
    m_offerRow->addStretch();
}

void DecisionDialog::acceptOffer(RowId applicationId) {
    const Status done =
        DecisionWorkflow(m_session.database())
            .offerAccepted(applicationId, deciderName(), QDateTime::currentDateTimeUtc());
    if (!done) {
        showProblems(done.errorMessage());
        return;
    }
    emit decisionChanged();
    if (Status reloaded = load(m_openingId, m_panelistId); !reloaded)
        showProblems(reloaded.errorMessage());
}

void DecisionDialog::showProblems(const QString& message) {
    m_errors->setText(message);
    m_errors->setVisible(!message.isEmpty());
}

QString DecisionDialog::deciderName() const {
    const QString name = CurrentPanelist::name(m_session, m_panelistId);
    return name.isEmpty() ? tr("unknown panelist") : name;
}

} // namespace debrief
