#include "PanelEditor.h"

#include "DisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace debrief {
namespace {

QPushButton* button(const QString& text, const QString& name) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

// Name and role first: when the list is narrow, the e-mail address at the
// end is what gets elided.
QString seatText(const PanelSeat& seat) {
    QStringList parts{seat.name};
    if (seat.isLead)
        parts.append(PanelEditor::tr("lead"));
    if (seat.isNew())
        parts.append(PanelEditor::tr("new"));
    if (!seat.email.isEmpty())
        parts.append(seat.email);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PanelEditor::PanelEditor(QWidget* parent)
    : QWidget(parent) {
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("panelList"));
    m_list->setAccessibleName(tr("Panel"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });

    m_known = new QComboBox;
    m_known->setObjectName(QStringLiteral("knownPanelistCombo"));
    m_known->setAccessibleName(tr("Stored panelist to add"));
    m_addKnown = button(tr("Add Panel&ist"), QStringLiteral("addPanelistButton"));
    connect(m_addKnown, &QPushButton::clicked, this, &PanelEditor::addKnown);
    m_remove = button(tr("Remove"), QStringLiteral("removePanelistButton"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &PanelEditor::removeSeat);

    m_lead = new QComboBox;
    m_lead->setObjectName(QStringLiteral("leadCombo"));
    m_lead->setAccessibleName(tr("Panel lead"));
    connect(m_lead, &QComboBox::activated, this, &PanelEditor::chooseLead);
    auto* leadLabel = new QLabel(tr("&Lead:"));
    leadLabel->setBuddy(m_lead);
    leadLabel->setToolTip(tr("The lead may reveal scorecards to the panel and records the "
                             "decision."));

    auto* knownRow = new QHBoxLayout;
    knownRow->addWidget(m_known, 1);
    knownRow->addWidget(m_addKnown);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto* side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addStretch(1);
    listRow->addLayout(side);
    auto* leadRow = new QHBoxLayout;
    leadRow->addWidget(leadLabel);
    leadRow->addWidget(m_lead, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listRow, 1);
    layout->addLayout(leadRow);
    layout->addLayout(knownRow);
    layout->addLayout(buildNewPersonRow());
    setFocusProxy(m_list);
}

QLayout* PanelEditor::buildNewPersonRow() {
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("newPanelistNameEdit"));
    m_newName->setAccessibleName(tr("New panelist's name"));
    m_newName->setPlaceholderText(tr("New panelist's name"));
    m_newEmail = new QLineEdit;
    m_newEmail->setObjectName(QStringLiteral("newPanelistEmailEdit"));
    m_newEmail->setAccessibleName(tr("New panelist's e-mail address"));
    m_newEmail->setPlaceholderText(tr("E-mail address"));
    m_addNew = button(tr("Add Ne&w"), QStringLiteral("addNewPanelistButton"));
    m_addNew->setEnabled(false);
    for (QLineEdit* edit : {m_newName, m_newEmail})
        edit->installEventFilter(this);
    connect(m_newName, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_addNew->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_addNew, &QPushButton::clicked, this, &PanelEditor::addNew);
    auto* row = new QHBoxLayout;
    row->addWidget(m_newName, 3);
    row->addWidget(m_newEmail, 3);
    row->addWidget(m_addNew);
    return row;
}

bool PanelEditor::eventFilter(QObject* watched, QEvent* event) {
    if ((watched == m_newName || watched == m_newEmail) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addNew();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PanelEditor::setKnownPanelists(const QList<Panelist>& people) {
    m_people = people;
    refresh();
}

void PanelEditor::setSeats(const QList<PanelSeat>& seats) {
    m_seats = seats;
    refresh();
    emit changed();
}

void PanelEditor::addKnown() {
    const RowId id = m_known->currentData().value<RowId>();
    for (const Panelist& person : std::as_const(m_people)) {
        if (person.id == id)
            m_seats.append(PanelSeat{person.id, person.name, person.email, m_seats.isEmpty()});
    }
    refresh();
    emit changed();
}

void PanelEditor::addNew() {
    if (m_newName->text().trimmed().isEmpty())
        return;
    // The first seat leads until someone else is chosen: a panel of one
    // needs no extra step.
    m_seats.append(PanelSeat{kNoRow, m_newName->text().trimmed(), m_newEmail->text().trimmed(),
                             m_seats.isEmpty()});
    m_newName->clear();
    m_newEmail->clear();
    m_newName->setFocus();
    refresh();
    emit changed();
}

void PanelEditor::removeSeat() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_seats.size())
        return;
    const bool wasLead = m_seats.at(row).isLead;
    m_seats.removeAt(row);
    if (wasLead && !m_seats.isEmpty())
        m_seats.first().isLead = true;
    refresh();
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    emit changed();
}

void PanelEditor::chooseLead(int index) {
    for (int i = 0; i < m_seats.size(); ++i)
        m_seats[i].isLead = i == index;
    refresh();
    emit changed();
}

void PanelEditor::refresh() {
    const QSignalBlocker listBlocker(m_list);
    const QSignalBlocker leadBlocker(m_lead);
    const int row = m_list->currentRow();
    m_list->clear();
    m_lead->clear();
    int lead = -1;
    for (int i = 0; i < m_seats.size(); ++i) {
        m_list->addItem(seatText(m_seats.at(i)));
        m_list->item(i)->setToolTip(DisplayText::toolTip(seatText(m_seats.at(i))));
        m_lead->addItem(m_seats.at(i).name);
        if (m_seats.at(i).isLead && lead < 0)
            lead = i;
    }
    m_lead->setCurrentIndex(lead);
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_remove->setEnabled(m_list->currentRow() >= 0);

    m_known->clear();
    for (const Panelist& person : std::as_const(m_people)) {
        const bool seated = std::any_of(m_seats.cbegin(), m_seats.cend(), [&](const PanelSeat& s) {
            return s.panelistId == person.id;
        });
        if (!seated)
            m_known->addItem(person.name, QVariant::fromValue(person.id));
    }
    m_known->setEnabled(m_known->count() > 0);
    m_addKnown->setEnabled(m_known->count() > 0);
}

} // namespace debrief
