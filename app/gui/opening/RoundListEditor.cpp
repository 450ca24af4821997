#include "RoundListEditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace debrief {
namespace {

constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kSourceRole = Qt::UserRole + 2;

QPushButton* button(const QString& text, const QString& name, const QString& tip) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAutoDefault(false);
    return b;
}

} // namespace

RoundListEditor::RoundListEditor(QWidget* parent)
    : QWidget(parent) {
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("roundsList"));
    m_list->setAccessibleName(tr("Interview rounds"));
    m_list->setToolTip(tr("Double-click or press F2 to rename a round."));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QListWidget::itemChanged, this, &RoundListEditor::changed);
    connect(m_list, &QListWidget::currentRowChanged, this, &RoundListEditor::updateButtons);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("roundNameEdit"));
    m_name->setAccessibleName(tr("Name of a new round"));
    m_name->setPlaceholderText(tr("New round, e.g. “Phone screen”"));
    m_name->installEventFilter(this);
    connect(m_name, &QLineEdit::textChanged, this, &RoundListEditor::updateButtons);

    m_add = button(tr("&Add Round"), QStringLiteral("addRoundButton"),
                   tr("Add the round named on the left"));
    m_remove =
        button(tr("Remove"), QStringLiteral("removeRoundButton"), tr("Remove the selected round"));
    m_up = button(tr("Up"), QStringLiteral("moveRoundUpButton"),
                  tr("Move the selected round earlier"));
    m_down = button(tr("Down"), QStringLiteral("moveRoundDownButton"),
                    tr("Move the selected round later"));
    connect(m_add, &QPushButton::clicked, this, &RoundListEditor::addRound);
    connect(m_remove, &QPushButton::clicked, this, &RoundListEditor::removeRound);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRound(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRound(1); });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);
    auto* side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listRow, 1);
    layout->addLayout(addRow);
    setFocusProxy(m_list);
    updateButtons();
}

bool RoundListEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addRound();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoundListEditor::appendItem(const RoundSetup& round) {
    auto* item = new QListWidgetItem(round.name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(kUuidRole, round.uuid);
    item->setData(kSourceRole, round.sourceRound);
    m_list->addItem(item);
}

void RoundListEditor::setRounds(const QList<RoundSetup>& rounds) {
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const RoundSetup& round : rounds)
            appendItem(round);
    }
    updateButtons();
    emit changed();
}

void RoundListEditor::setSuggestedRounds(const QStringList& names) {
    QList<RoundSetup> kept;
    for (const RoundSetup& round : rounds()) {
        if (round.sourceRound < 0)
            kept.append(round);
    }
    QList<RoundSetup> result;
    for (int i = 0; i < names.size(); ++i)
        result.append(RoundSetup{{}, names.at(i), i});
    setRounds(result + kept);
}

QList<RoundSetup> RoundListEditor::rounds() const {
    QList<RoundSetup> result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        result.append(RoundSetup{item->data(kUuidRole).toUuid(), item->text(),
                                 item->data(kSourceRole).toInt()});
    }
    return result;
}

void RoundListEditor::addRound() {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    appendItem(RoundSetup{{}, name, -1});
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->clear();
    emit changed();
}

void RoundListEditor::removeRound() {
    const int row = m_list->currentRow();
    if (row < 0 || !m_list->item(row)->data(kUuidRole).toUuid().isNull())
        return;
    delete m_list->takeItem(row);
    updateButtons();
    emit changed();
}

void RoundListEditor::moveRound(int delta) {
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->insertItem(target, m_list->takeItem(row));
    }
    m_list->setCurrentRow(target);
    emit changed();
}

void RoundListEditor::updateButtons() {
    const int row = m_list->currentRow();
    const bool stored = row >= 0 && !m_list->item(row)->data(kUuidRole).toUuid().isNull();
    m_remove->setEnabled(row >= 0 && !stored);
    m_remove->setToolTip(stored ? tr("Rounds already stored stay; rename them instead.")
                                : tr("Remove the selected round"));
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace debrief
