#include "RubricEditor.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "files/OutputPaths.h"
#include "rubric/RubricEditCommand.h"

#include "rubric/RubricJson.h"
#include "rubric/RubricVersioning.h"
#include "scheduling/InterviewRecords.h"
#include "storage/RecordUuid.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace debrief {
namespace {

QPushButton* button(const QString& text, const QString& name, const QString& accessible,
                    const QKeySequence& shortcut) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setShortcut(shortcut);
    b->setToolTip(
        QStringLiteral("%1 (%2)").arg(accessible, shortcut.toString(QKeySequence::NativeText)));
    b->setAutoDefault(false);
    return b;
}

QString criterionTitle(const Criterion& c) {
    return c.name.trimmed().isEmpty() ? RubricEditor::tr("(unnamed criterion)") : c.name;
}

} // namespace

RubricEditor::RubricEditor(DatabaseSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_undo(new QUndoStack(this)) {
    setObjectName(QStringLiteral("rubricEditor"));
    setWindowTitle(tr("Edit Rubric"));
    buildUi();
    resize(1040, 720);
}

void RubricEditor::buildUi() {
    m_versionLabel = new QLabel;
    m_versionLabel->setTextFormat(Qt::PlainText);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setWordWrap(true);
    QFont bold = m_versionLabel->font();
    bold.setBold(true);
    m_versionLabel->setFont(bold);

    m_rubricName = new QLineEdit;
    m_rubricName->setObjectName(QStringLiteral("rubricName"));
    m_rubricName->setAccessibleName(tr("Rubric name"));
    connect(m_rubricName, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(tr("Rename rubric"), QStringLiteral("rubric-name"),
             [&](RubricEditState& s) { s.rubric.name = text; });
    });
    auto* nameRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("Rubric &name:"));
    nameLabel->setBuddy(m_rubricName);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_rubricName, 1);

    auto* top = new QSplitter(Qt::Horizontal);
    top->setChildrenCollapsible(false);
    top->addWidget(buildCriteriaPanel());
    top->addWidget(buildCriterionPanel());
    top->setStretchFactor(1, 1);
    top->setSizes({380, 660});

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(top);
    vertical->addWidget(buildRoundsPanel());
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    m_message = new QLabel;
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_versionLabel);
    layout->addLayout(nameRow);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_message);
    layout->addWidget(buildButtons());
}

QWidget* RubricEditor::buildCriteriaPanel() {
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("criteriaList"));
    m_list->setAccessibleName(tr("Criteria"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing)
            return;
        // Selection is not an edit, but undo restores it with the state.
        m_state.current = row;
        refreshCriterion();
        refreshRounds();
    });

    m_addButton = button(tr("&Add"), QStringLiteral("addCriterion"), tr("Add criterion"),
                         QKeySequence(Qt::ALT | Qt::Key_Insert));
    m_removeButton = button(tr("Remo&ve"), QStringLiteral("removeCriterion"),
                            tr("Remove criterion"), QKeySequence(Qt::ALT | Qt::Key_Delete));
    m_upButton = button(tr("Move &Up"), QStringLiteral("moveCriterionUp"), tr("Move criterion up"),
                        QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downButton = button(tr("Move Do&wn"), QStringLiteral("moveCriterionDown"),
                          tr("Move criterion down"), QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_addButton, &QPushButton::clicked, this, &RubricEditor::addCriterion);
    connect(m_removeButton, &QPushButton::clicked, this, &RubricEditor::removeCriterion);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCriterion(1); });

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_addButton, 0, 0);
    buttons->addWidget(m_removeButton, 0, 1);
    buttons->addWidget(m_upButton, 1, 0);
    buttons->addWidget(m_downButton, 1, 1);

    auto* box = new QGroupBox(tr("&Criteria"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* RubricEditor::buildCriterionPanel() {
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("criterionName"));
    m_name->setAccessibleName(tr("Criterion name"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        editCurrent(tr("Rename “%1”"), QStringLiteral("name"),
                    [&](Criterion& c) { c.name = text; });
    });

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("criterionDescription"));
    m_description->setAccessibleName(tr("Criterion description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 16);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString text = m_description->toPlainText();
        editCurrent(tr("Change description of “%1”"), QStringLiteral("description"),
                    [&](Criterion& c) { c.description = text; });
    });

    m_weight = new QDoubleSpinBox;
    m_weight->setObjectName(QStringLiteral("criterionWeight"));
    m_weight->setAccessibleName(tr("Weight"));
    m_weight->setRange(0.0, Criterion::kMaxWeight);
    m_weight->setSingleStep(0.5);
    m_weight->setDecimals(2);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_refreshing)
            return;
        editCurrent(tr("Change weight of “%1”"), QStringLiteral("weight"),
                    [&](Criterion& c) { c.weight = value; });
    });

    m_scale = new QComboBox;
    m_scale->setObjectName(QStringLiteral("criterionScale"));
    m_scale->setAccessibleName(tr("Rating scale"));
    m_scale->addItem(tr("1–4 (no middle)"), 4);
    m_scale->addItem(tr("1–5"), 5);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &RubricEditor::changeScale);

    auto* weightRow = new QHBoxLayout;
    weightRow->addWidget(m_weight);
    auto* scaleLabel = new QLabel(tr("&Scale:"));
    scaleLabel->setBuddy(m_scale);
    weightRow->addSpacing(16);
    weightRow->addWidget(scaleLabel);
    weightRow->addWidget(m_scale);
    weightRow->addStretch(1);

    auto* anchors = new QGridLayout;
    anchors->setColumnStretch(1, 1);
    for (int level = 1; level <= kMaxLevels; ++level) {
        auto* number = new QLabel(QString::number(level));
        number->setAlignment(Qt::AlignCenter);
        number->setMinimumWidth(28);
        number->setStyleSheet(
            QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
                           "font-weight: bold; padding: 2px; }"));
        auto* anchor = new QLineEdit;
        anchor->setObjectName(QStringLiteral("anchor%1").arg(level));
        anchor->setAccessibleName(tr("Anchor for level %1").arg(level));
        anchor->setPlaceholderText(tr("What a %1 looks like in behaviour").arg(level));
        number->setBuddy(anchor);
        connect(anchor, &QLineEdit::textEdited, this, [this, level](const QString& text) {
            editCurrent(
                tr("Change level %2 anchor of “%1”"), QStringLiteral("anchor%1").arg(level),
                [&](Criterion& c) {
                    if (level <= c.anchors.size())
                        c.anchors[level - 1] = text;
                },
                QString::number(level));
        });
        anchors->addWidget(number, level - 1, 0);
        anchors->addWidget(anchor, level - 1, 1);
        m_levelLabels.append(number);
        m_anchors.append(anchor);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto* weightLabel = new QLabel(tr("Wei&ght:"));
    weightLabel->setBuddy(m_weight);
    form->addRow(weightLabel, weightRow);
    form->addRow(tr("Anchors:"), anchors);

    auto* box = new QGroupBox(tr("Selected criterion"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addStretch(1);
    m_criterionPanel = box;
    return box;
}

QWidget* RubricEditor::buildRoundsPanel() {
    m_roundGrid = new QTableWidget;
    m_roundGrid->setObjectName(QStringLiteral("roundGrid"));
    m_roundGrid->setAccessibleName(tr("Which round assesses which criterion"));
    m_roundGrid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roundGrid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roundGrid->setTabKeyNavigation(false);
    m_roundGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_roundGrid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_roundGrid, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_refreshing)
            toggleRound(item->row(), item->column(), item->checkState() == Qt::Checked);
    });
    auto* box = new QGroupBox(tr("Which &round assesses which criterion"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_roundGrid);
    return box;
}

QWidget* RubricEditor::buildButtons() {
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QToolButton;
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* redoButton = new QToolButton;
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* box = new QDialogButtonBox;
    QPushButton* importButton = box->addButton(tr("&Import JSON…"), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    QPushButton* exportButton = box->addButton(tr("E&xport JSON…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    QPushButton* saveButton = box->addButton(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    box->addButton(QDialogButtonBox::Close);
    connect(importButton, &QPushButton::clicked, this, &RubricEditor::askImport);
    connect(exportButton, &QPushButton::clicked, this, &RubricEditor::askExport);
    connect(saveButton, &QPushButton::clicked, this, &RubricEditor::trySave);
    connect(box, &QDialogButtonBox::rejected, this, &RubricEditor::reject);

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(undoButton);
    layout->addWidget(redoButton);
    layout->addWidget(box, 1);
    return row;
}

Status RubricEditor::loadOpening(RowId openingId) {
    Database& db = m_session.database();
    auto versions = RubricVersioning(db).versions(openingId);
    if (!versions)
        return versions.error();
    auto rounds = InterviewRecords(db).roundsOf(openingId);
    if (!rounds)
        return rounds.error();

    RubricEditState state;
    if (versions->isEmpty()) {
        state.rubric.openingId = openingId;
        state.rubric.name = tr("Rubric");
    } else {
        state.rubric = versions->last();
    }
    RubricVersioning versioning(db);
    m_earlierScorecards.clear();
    m_submittedAgainstThis = 0;
    for (const Rubric& version : *versions) {
        auto count = versioning.submittedScorecardCount(version.id);
        if (!count)
            return count.error();
        if (version.id == state.rubric.id)
            m_submittedAgainstThis = *count;
        else if (*count > 0)
            m_earlierScorecards.append({version.version, *count});
    }
    m_rounds = *rounds;
    for (const InterviewRound& round : m_rounds) {
        QSet<QUuid> assessed;
        for (const Criterion& c : state.rubric.criteria) {
            if (round.criterionIds.contains(c.id))
                assessed.insert(c.uuid);
        }
        state.roundCriteria.append(assessed);
    }
    state.current = state.rubric.criteria.isEmpty() ? -1 : 0;
    m_undo->clear();
    m_undo->setClean();
    showMessage({});
    apply(state);
    return {};
}

Status RubricEditor::save() {
    RubricVersioning::RoundLinks links;
    for (qsizetype r = 0; r < m_rounds.size(); ++r) {
        QList<int> indices;
        for (qsizetype i = 0; i < m_state.rubric.criteria.size(); ++i) {
            if (m_state.roundCriteria.at(r).contains(m_state.rubric.criteria.at(i).uuid))
                indices.append(int(i));
        }
        links.insert(m_rounds.at(r).id, indices);
    }
    auto saved = RubricVersioning(m_session.database()).save(m_state.rubric, links);
    if (!saved)
        return saved.error();
    const RowId openingId = saved->rubric.openingId;
    const int current = m_state.current;
    if (Status reloaded = loadOpening(openingId); !reloaded)
        return reloaded;
    if (current >= 0 && current < m_state.rubric.criteria.size()) {
        m_state.current = current;
        refresh();
    }
    if (saved->createdNewVersion) {
        showMessage(tr("Saved as version %1; scorecards already submitted keep version %2.")
                        .arg(saved->rubric.version)
                        .arg(saved->rubric.version - 1));
        m_message->setStyleSheet(QString());
    }
    emit rubricSaved(openingId);
    return {};
}

Status RubricEditor::importFrom(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read %1: %2").arg(path, file.errorString())};
    auto imported = RubricJson::importRubric(file.readAll(), QFileInfo(path).fileName());
    if (!imported)
        return imported.error();
    edit(tr("Import rubric from “%1”").arg(QFileInfo(path).fileName()), {},
         [&](RubricEditState& s) {
             s.rubric.name = imported->name;
             s.rubric.description = imported->description;
             s.rubric.criteria = imported->criteria;
             // Imported criteria are new ones, even when the file came from here.
             for (Criterion& c : s.rubric.criteria) {
                 c.id = kNoRow;
                 c.uuid = RecordUuid::create();
             }
             for (QSet<QUuid>& assessed : s.roundCriteria)
                 assessed.clear();
             s.current = s.rubric.criteria.isEmpty() ? -1 : 0;
         });
    return {};
}

Status RubricEditor::exportTo(const QString& path) const {
    if (Status allowed = OutputPaths::check(path); !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(RubricJson::exportRubric(m_state.rubric)) < 0 || !file.commit())
        return Error{tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

void RubricEditor::reject() {
    if (!m_undo->isClean()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"), tr("Discard the changes to this rubric?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void RubricEditor::edit(const QString& text, const QString& mergeKey,
                        const std::function<void(RubricEditState&)>& change) {
    if (m_refreshing)
        return;
    RubricEditState after = m_state;
    change(after);
    if (after == m_state)
        return;
    m_undo->push(new RubricEditCommand(text, mergeKey, m_state, after,
                                       [this](const RubricEditState& s) { apply(s); }));
}

void RubricEditor::editCurrent(const QString& text, const QString& field,
                               const std::function<void(Criterion&)>& change,
                               const QString& detail) {
    const int row = m_state.current;
    if (row < 0 || row >= m_state.rubric.criteria.size())
        return;
    const Criterion& c = m_state.rubric.criteria.at(row);
    // %1 names the criterion as it was before the edit, %2 is the detail.
    const QString title = criterionTitle(c);
    const QString label = detail.isNull() ? text.arg(title) : text.arg(title, detail);
    edit(label, field + c.uuid.toString(),
         [&](RubricEditState& s) { change(s.rubric.criteria[row]); });
}

void RubricEditor::apply(const RubricEditState& state) {
    m_state = state;
    refresh();
    showMessage({});
}

void RubricEditor::refresh() {
    m_refreshing = true;
    if (m_rubricName->text() != m_state.rubric.name)
        m_rubricName->setText(m_state.rubric.name);
    refreshList();
    m_refreshing = false;
    refreshCriterion();
    refreshRounds();
    refreshVersionLabel();
}

void RubricEditor::refreshList() {
    const auto& criteria = m_state.rubric.criteria;
    while (m_list->count() > criteria.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion& c = criteria.at(i);
        const QString text = tr("%1. %2 · weight %3")
                                 .arg(i + 1)
                                 .arg(criterionTitle(c))
                                 .arg(QLocale().toString(c.weight, 'g', 3));
        if (i < m_list->count())
            m_list->item(int(i))->setText(text);
        else
            m_list->addItem(text);
    }
    m_list->setCurrentRow(m_state.current);
    const int row = m_state.current;
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < criteria.size());
}

void RubricEditor::refreshCriterion() {
    const int row = m_state.current;
    const bool has = row >= 0 && row < m_state.rubric.criteria.size();
    m_criterionPanel->setEnabled(has);
    const Criterion c = has ? m_state.rubric.criteria.at(row) : Criterion{};
    m_refreshing = true;
    if (m_name->text() != c.name)
        m_name->setText(c.name);
    if (m_description->toPlainText() != c.description)
        m_description->setPlainText(c.description);
    if (m_weight->value() != c.weight)
        m_weight->setValue(c.weight);
    m_scale->setCurrentIndex(qMax(0, m_scale->findData(c.scaleSize)));
    for (int level = 0; level < kMaxLevels; ++level) {
        const bool shown = level < c.scaleSize;
        m_levelLabels.at(level)->setVisible(shown);
        m_anchors.at(level)->setVisible(shown);
        const QString text = shown && level < c.anchors.size() ? c.anchors.at(level) : QString();
        if (m_anchors.at(level)->text() != text) {
            m_anchors.at(level)->setText(text);
            // Long anchors read from their beginning; the tooltip has them whole.
            m_anchors.at(level)->setCursorPosition(0);
        }
        m_anchors.at(level)->setToolTip(DisplayText::toolTip(text));
    }
    m_refreshing = false;
}

void RubricEditor::refreshRounds() {
    m_refreshing = true;
    const auto& criteria = m_state.rubric.criteria;
    m_roundGrid->setRowCount(int(criteria.size()));
    m_roundGrid->setColumnCount(int(m_rounds.size()));
    QStringList rows;
    for (const Criterion& c : criteria)
        rows.append(criterionTitle(c));
    QStringList columns;
    for (const InterviewRound& round : m_rounds)
        columns.append(round.name);
    m_roundGrid->setVerticalHeaderLabels(rows);
    m_roundGrid->setHorizontalHeaderLabels(columns);
    for (int r = 0; r < criteria.size(); ++r) {
        for (int col = 0; col < m_rounds.size(); ++col) {
            QTableWidgetItem* item = m_roundGrid->item(r, col);
            if (!item) {
                item = new QTableWidgetItem;
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                m_roundGrid->setItem(r, col, item);
            }
            const bool on = m_state.roundCriteria.value(col).contains(criteria.at(r).uuid);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::AccessibleTextRole,
                          tr("%1 in %2").arg(criterionTitle(criteria.at(r)), columns.at(col)));
        }
    }
    if (m_state.current >= 0 && m_state.current < criteria.size())
        m_roundGrid->selectRow(m_state.current);
    m_refreshing = false;
}

void RubricEditor::refreshVersionLabel() {
    const Rubric& r = m_state.rubric;
    QString text =
        r.id == kNoRow ? tr("New rubric (not saved yet)") : tr("Version %1").arg(r.version);
    for (const auto& [version, count] : m_earlierScorecards)
        text += QStringLiteral(" · ") +
                tr("%n scorecard(s) were scored against version %1", "", count).arg(version);
    if (m_submittedAgainstThis > 0)
        text += QStringLiteral(" · ") +
                tr("%n submitted scorecard(s) use this version, so saving creates version %1", "",
                   m_submittedAgainstThis)
                    .arg(r.version + 1);
    m_versionLabel->setText(text);
}

void RubricEditor::showMessage(const QString& message) {
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RubricEditor::addCriterion() {
    int scale = 4;
    if (m_state.current >= 0 && m_state.current < m_state.rubric.criteria.size())
        scale = m_state.rubric.criteria.at(m_state.current).scaleSize;
    edit(tr("Add criterion"), {}, [&](RubricEditState& s) {
        Criterion c;
        c.uuid = RecordUuid::create();
        c.name = tr("New criterion");
        c.scaleSize = scale;
        for (int i = 0; i < scale; ++i)
            c.anchors.append(QString());
        const int at = s.current < 0 ? int(s.rubric.criteria.size()) : s.current + 1;
        s.rubric.criteria.insert(at, c);
        s.current = at;
    });
    m_name->setFocus();
    m_name->selectAll();
}

void RubricEditor::removeCriterion() {
    const int row = m_state.current;
    if (row < 0 || row >= m_state.rubric.criteria.size())
        return;
    edit(tr("Remove criterion “%1”").arg(criterionTitle(m_state.rubric.criteria.at(row))), {},
         [&](RubricEditState& s) {
             const QUuid uuid = s.rubric.criteria.takeAt(row).uuid;
             for (QSet<QUuid>& assessed : s.roundCriteria)
                 assessed.remove(uuid);
             s.current = qMin(row, int(s.rubric.criteria.size()) - 1);
         });
}

void RubricEditor::moveCriterion(int delta) {
    const int row = m_state.current;
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_state.rubric.criteria.size())
        return;
    const QString name = criterionTitle(m_state.rubric.criteria.at(row));
    edit(delta < 0 ? tr("Move “%1” up").arg(name) : tr("Move “%1” down").arg(name), {},
         [&](RubricEditState& s) {
             s.rubric.criteria.move(row, to);
             s.current = to;
         });
    m_list->setFocus();
}

void RubricEditor::changeScale(int index) {
    if (m_refreshing)
        return;
    const int size = m_scale->itemData(index).toInt();
    editCurrent(
        tr("Change scale of “%1” to 1–%2"), QStringLiteral("scale"),
        [&](Criterion& c) {
            c.scaleSize = size;
            // Shrinking keeps the dropped anchors in the undo step only.
            while (c.anchors.size() > size)
                c.anchors.removeLast();
            while (c.anchors.size() < size)
                c.anchors.append(QString());
        },
        QString::number(size));
}

void RubricEditor::toggleRound(int row, int column, bool checked) {
    if (row < 0 || row >= m_state.rubric.criteria.size() || column < 0 ||
        column >= m_state.roundCriteria.size())
        return;
    const Criterion& c = m_state.rubric.criteria.at(row);
    const QString round = m_rounds.at(column).name;
    const QString text = checked ? tr("Assess “%1” in “%2”").arg(criterionTitle(c), round)
                                 : tr("Stop assessing “%1” in “%2”").arg(criterionTitle(c), round);
    const QUuid uuid = c.uuid;
    edit(text, {}, [&](RubricEditState& s) {
        if (checked)
            s.roundCriteria[column].insert(uuid);
        else
            s.roundCriteria[column].remove(uuid);
        s.current = row;
    });
}

void RubricEditor::askImport() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Rubric"), {}, tr("Rubric JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status imported = importFrom(path); !imported)
        showMessage(imported.errorMessage());
}

void RubricEditor::askExport() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rubric"),
                                                      m_state.rubric.name + QStringLiteral(".json"),
                                                      tr("Rubric JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status exported = exportTo(path); !exported)
        showMessage(exported.errorMessage());
}

void RubricEditor::trySave() {
    if (Status saved = save(); !saved)
        showMessage(saved.errorMessage());
}

} // namespace debrief
