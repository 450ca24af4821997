#include "DecisionDialog.h"

#include "DecisionCommands.h"
#include "LeadOnlyBanner.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "live/EditConflictPrompt.h"
#include "scorecard/CurrentPanelist.h"

#include "analytics/ComparisonInput.h"
#include "decision/DecisionComparison.h"
#include "decision/DecisionWorkflow.h"
#include "opening/PanelDirectory.h"
#include "pipeline/CandidateRecords.h"
#include "rubric/RubricVersioning.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
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

QLabel* heading(const QString& text, QWidget* buddy = nullptr) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DecisionDialog::DecisionDialog(DatabaseSession& session, DecisionCommands* commands,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_commands(commands) {
    setObjectName(QStringLiteral("decisionDialog"));
    buildForm();
}

void DecisionDialog::buildForm() {
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("decisionTitle"));
    m_title->setWordWrap(true);
    m_banner = new LeadOnlyBanner;

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("finalistRoleTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Finalist"), tr("Role"), tr("Runner-up rank"), tr("Talent pool")});
    m_table->horizontalHeaderItem(TalentPoolColumn)
        ->setToolTip(tr("We would hire this runner-up for another role."));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes through each row's fields (fillTable) and on out of the table,
    // instead of round its cells for good.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = RoleColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_plan = new QListWidget;
    m_plan->setObjectName(QStringLiteral("plannedChanges"));
    m_plan->setAccessibleName(tr("What recording does"));
    m_plan->setSelectionMode(QAbstractItemView::NoSelection);
    // Each line names a candidate and two stages: wrap rather than cut it.
    m_plan->setWordWrap(true);
    m_plan->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_plan->setResizeMode(QListView::Adjust);

    m_criteria = new QListWidget;
    m_criteria->setObjectName(QStringLiteral("decidingCriteriaList"));
    m_rationale = new QPlainTextEdit;
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setPlaceholderText(tr("Why the panel decided as it did"));
    m_rationale->setTabChangesFocus(true);
    m_shareable = new QCheckBox(tr("The deciding factor &may be shared with candidates"));
    m_shareable->setObjectName(QStringLiteral("shareableCheck"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("amendReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the decision changes (kept in the audit log)"));
    m_reasonLabel = new QLabel(tr("Reason for the &change:"));
    m_reasonLabel->setBuddy(m_reason);

    m_decidedBy = new QLabel;
    m_decidedBy->setObjectName(QStringLiteral("decidedByLabel"));
    m_decidedBy->setTextFormat(Qt::PlainText); // a panelist's name
    m_errors = new QLabel;
    m_errors->setObjectName(QStringLiteral("decisionErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->hide();
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("undoNote"));
    m_note->setWordWrap(true);

    auto* criteriaColumn = new QVBoxLayout;
    criteriaColumn->addWidget(heading(tr("Deciding cr&iteria"), m_criteria));
    criteriaColumn->addWidget(m_criteria);
    auto* rationaleColumn = new QVBoxLayout;
    rationaleColumn->addWidget(heading(tr("Ra&tionale"), m_rationale));
    rationaleColumn->addWidget(m_rationale);
    auto* why = new QHBoxLayout;
    why->addLayout(criteriaColumn, 2);
    why->addLayout(rationaleColumn, 3);
    auto* finalistsColumn = new QVBoxLayout;
    finalistsColumn->addWidget(heading(tr("&Finalists"), m_table));
    finalistsColumn->addWidget(m_table);
    auto* planColumn = new QVBoxLayout;
    planColumn->addWidget(heading(tr("What recording &does"), m_plan));
    planColumn->addWidget(m_plan);
    auto* who = new QHBoxLayout;
    who->addLayout(finalistsColumn, 3);
    who->addLayout(planColumn, 2);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_amend = m_buttons->addButton(tr("&Amend…"), QDialogButtonBox::ActionRole);
    m_amend->setObjectName(QStringLiteral("amendButton"));
    connect(m_amend, &QPushButton::clicked, this, [this] {
        if (Status loaded = load(m_openingId, m_panelistId, true); !loaded)
            showProblems(loaded.errorMessage());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    // Escape already rejects; Ctrl+W closes like other secondary windows.
    auto* close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(close, &QAction::triggered, this, &DecisionDialog::reject);
    addAction(close);

    connect(m_criteria, &QListWidget::itemChanged, this, &DecisionDialog::markFilled);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionDialog::markFilled);
    connect(m_shareable, &QCheckBox::toggled, this, &DecisionDialog::markFilled);
    connect(m_reason, &QLineEdit::textEdited, this, &DecisionDialog::markFilled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(who, 3);
    layout->addLayout(why, 2);
    layout->addWidget(m_shareable);
    layout->addLayout(reasonRow);
    layout->addWidget(m_decidedBy);
    layout->addWidget(m_errors);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(860, 620);
}

Status DecisionDialog::load(RowId openingId, RowId panelistId, bool amend) {
    m_loading = true;
    const auto done = qScopeGuard([this] { m_loading = false; });
    m_openingId = openingId;
    m_panelistId = panelistId;
    auto opening = PanelDirectory(m_session.database()).opening(openingId);
    if (!opening)
        return opening.error();
    auto decision = DecisionWorkflow(m_session.database()).current(openingId);
    if (!decision)
        return decision.error();
    m_decision = *decision;
    m_baseVersion = m_decision ? m_decision->rowVersion : 0;
    auto canDecide = m_banner->update(m_session, openingId, panelistId);
    if (!canDecide)
        return canDecide.error();
    m_canDecide = *canDecide;
    m_mode = !m_decision ? Mode::Record : amend && m_canDecide ? Mode::Amend : Mode::View;
    setWindowTitle(DisplayText::windowTitle(m_mode == Mode::Amend
                                                ? tr("Amend Decision for %1").arg(opening->title)
                                                : tr("Decision for %1").arg(opening->title)));
    m_title->setText(tr("<b>%1</b>: who gets the offer, who waits as runner-up, and why.")
                         .arg(opening->title.toHtmlEscaped()));
    if (Status rows = loadRows(openingId); !rows)
        return rows;
    if (Status criteria = loadCriteria(openingId); !criteria)
        return criteria;
    fillTable();
    showProblems({});
    m_reason->clear();
    if (m_decision)
        showDecision();
    else
        m_decidedBy->setText(tr("Decided by: %1").arg(deciderName()));
    setEditable(!isReadOnly());
    m_filled = false;
    m_loading = false;
    updatePlan();
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
        auto application = CandidateRecords(m_session.database()).application(id);
        if (!application)
            return application.error();
        auto candidate = CandidateRecords(m_session.database()).candidate(application->candidateId);
        if (!candidate)
            return candidate.error();
        m_rows.append({id, candidate->fullName});
    }
    return {};
}

Status DecisionDialog::loadCriteria(RowId openingId) {
    auto rubric = RubricVersioning(m_session.database()).current(openingId);
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
        connect(rank, &QSpinBox::valueChanged, this, [this] {
            markFilled();
            updatePlan();
        });
        connect(pool, &QCheckBox::toggled, this, &DecisionDialog::markFilled);
    }
    // The cell widgets come last in the focus chain: move them behind the
    // table, row by row, before what recording does.
    QWidget* previous = m_table;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = RoleColumn; column < ColumnCount; ++column) {
            QWidget* field = m_table->cellWidget(row, column);
            setTabOrder(previous, field);
            previous = field;
        }
    }
    setTabOrder(previous, m_plan);
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
    markFilled();
    updatePlan();
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

DecisionRequest DecisionDialog::request() const {
    DecisionRequest request;
    request.openingId = m_openingId;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const RowId id = m_rows[row].applicationId;
        if (roleAt(row) == DecisionRole::Chosen)
            request.chosen.append(id);
        if (roleAt(row) == DecisionRole::NotSelected)
            request.notSelected.append(id);
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
    request.baseVersion = m_baseVersion;
    return request;
}

void DecisionDialog::updatePlan() {
    if (m_loading)
        return;
    m_plan->clear();
    if (m_mode == Mode::View)
        return;
    const DecisionRequest wanted = request();
    if (wanted.chosen.isEmpty()) {
        m_plan->addItem(tr("Choose who gets the offer to see what recording does to every "
                           "candidate of the opening."));
        return;
    }
    auto plan = DecisionWorkflow(m_session.database()).plan(wanted);
    if (!plan) {
        m_plan->addItem(plan.errorMessage());
        return;
    }
    // Plain text items: candidates' names are data, never markup.
    for (const PlannedChange& change : plan->changes())
        m_plan->addItem(DecisionPlan::describe(change));
    const qsizetype rejected = plan->rejections().size();
    if (rejected > 0)
        m_plan->addItem(
            tr("%n candidate(s) will wait under Ready in Rejection Drafts.", "", int(rejected)));
}

void DecisionDialog::markFilled() {
    if (!m_loading && !isReadOnly())
        m_filled = true;
}

void DecisionDialog::accept() {
    if (isReadOnly() || !m_commands) {
        QDialog::accept();
        return;
    }
    const DecisionRequest wanted = request();
    if (m_mode == Mode::Amend) {
        const VersionedSave<Decision> amended = m_commands->amend(wanted, m_reason->text());
        if (amended.isStale()) {
            showProblems(amended.errorMessage());
            resolveConflict(wanted, amended.current());
            return;
        }
        if (!amended) {
            showProblems(amended.errorMessage());
            return;
        }
    } else if (Status recorded = m_commands->record(wanted, chosenNames(wanted)); !recorded) {
        // Another lead recorded one meanwhile: show theirs, and why ours was not.
        auto stored = DecisionWorkflow(m_session.database()).current(m_openingId);
        if (stored && stored->has_value())
            (void)load(m_openingId, m_panelistId, false);
        showProblems(recorded.errorMessage());
        return;
    }
    m_filled = false;
    emit decisionChanged();
    QDialog::accept();
}

void DecisionDialog::reject() {
    if (!m_filled || isReadOnly()) {
        QDialog::reject();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard the Decision?"),
                                tr("The decision you filled in is not recorded yet. Discard it?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardDecisionQuestion"));
    box->button(QMessageBox::Cancel)->setText(tr("Keep Editing"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Discard)
            return;
        m_filled = false;
        QDialog::reject();
    });
    box->open();
}

void DecisionDialog::closeEvent(QCloseEvent* event) {
    if (m_filled && !isReadOnly()) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
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
        if (auto application =
                CandidateRecords(m_session.database()).application(m_rows[row].applicationId))
            pool->setChecked(r == DecisionRole::RunnerUp && application->talentPool);
    }
    for (int i = 0; i < m_criteria->count(); ++i) {
        QListWidgetItem* item = m_criteria->item(i);
        const bool deciding =
            d.decidingCriterionIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(deciding ? Qt::Checked : Qt::Unchecked);
    }
    m_rationale->setPlainText(d.rationale);
    m_shareable->setChecked(d.shareDecidingFactor);
    m_decidedBy->setText(tr("Decided by %1 on %2")
                             .arg(CurrentPanelist::name(m_session, d.decidedBy),
                                  DisplayText::dateTime(d.decidedAt.toLocalTime())));
}

void DecisionDialog::setEditable(bool editable) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool runnerUp = roleAt(row) == DecisionRole::RunnerUp;
        m_table->cellWidget(row, RoleColumn)->setEnabled(editable);
        m_table->cellWidget(row, RankColumn)->setEnabled(editable && runnerUp);
        m_table->cellWidget(row, TalentPoolColumn)->setEnabled(editable && runnerUp);
    }
    for (int i = 0; i < m_criteria->count(); ++i) {
        m_criteria->item(i)->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                               : Qt::ItemIsEnabled); // shown, not changeable
    }
    m_rationale->setReadOnly(!editable);
    m_shareable->setEnabled(editable);
    m_reason->setVisible(m_mode == Mode::Amend);
    m_reasonLabel->setVisible(m_mode == Mode::Amend);
    m_plan->setVisible(m_mode != Mode::View);
    m_amend->setVisible(m_mode == Mode::View && m_canDecide && m_commands);
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(editable);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_mode == Mode::Amend ? tr("&Save Amendment") : tr("&Record Decision"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(editable ? tr("Cancel") : tr("Close"));
    switch (m_mode) {
    case Mode::Record:
        m_note->setText(tr("Recording makes every change under “What recording does” at once; "
                           "Edit › Undo takes it all back until a message has gone out."));
        break;
    case Mode::Amend:
        m_note->setText(tr("The amendment is kept in the audit log with its reason; Edit › Undo "
                           "takes it back until a message has gone out."));
        break;
    case Mode::View:
        m_note->setText(tr("The decision is recorded. Decision › Amend Decision… changes it, "
                           "with a reason."));
        break;
    }
}

void DecisionDialog::showProblems(const QString& message) {
    m_errors->setText(message);
    m_errors->setVisible(!message.isEmpty());
}

QString DecisionDialog::deciderName() const {
    const QString name = CurrentPanelist::name(m_session, m_panelistId);
    return name.isEmpty() ? tr("unknown panelist") : name;
}

QString DecisionDialog::chosenNames(const DecisionRequest& request) const {
    QStringList names;
    for (const Row& row : m_rows) {
        if (request.chosen.contains(row.applicationId))
            names.append(row.name);
    }
    return names.join(QStringLiteral(", "));
}

void DecisionDialog::resolveConflict(const DecisionRequest& mine, const Decision& theirs) {
    auto rows = DecisionComparison::fields(m_session.database(), mine, theirs);
    if (!rows) {
        showProblems(rows.errorMessage());
        return;
    }
    EditConflictPrompt::open(
        this, QStringLiteral("decisionConflictDialog"),
        {tr("Decision Changed Elsewhere"),
         tr("This decision was amended elsewhere (in another window or on another computer) "
            "after you opened it; the saved version is dated %1. Nothing was overwritten. "
            "Compare the two versions and choose which to keep.")
             .arg(DisplayText::dateTime(theirs.decidedAt.toLocalTime())),
         *rows,
         {}},
        [this, version = theirs.rowVersion](EditConflictDialog::Choice choice) {
            switch (choice) {
            case EditConflictDialog::Choice::KeepMine:
                // The same amendment and reason, now over the version compared.
                m_baseVersion = version;
                accept();
                break;
            case EditConflictDialog::Choice::TakeTheirs:
                if (Status loaded = load(m_openingId, m_panelistId, true); !loaded)
                    showProblems(loaded.errorMessage());
                else
                    showProblems(tr("Showing the decision saved elsewhere; your amendment was not "
                                    "kept."));
                break;
            case EditConflictDialog::Choice::Undecided:
                showProblems(tr("Not saved: the decision was amended elsewhere. Your changes stay "
                                "here until you choose."));
                break;
            }
        });
}

} // namespace debrief
