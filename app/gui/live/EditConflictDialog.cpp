#include "EditConflictDialog.h"

#include "DisplayText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace debrief {
namespace {

QLabel* plainLabel(const QString& text, const QString& objectName) {
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

EditConflictDialog::EditConflictDialog(const Content& content, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(content.title);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Your version and the saved version, field by field"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Yours"), tr("Saved elsewhere"), tr("Differs")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // A long evidence note or a whole letter makes one tall row: scroll
    // through it line by line rather than jumping past it.
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    for (const ComparedField& row : content.fields)
        addRow(row);
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox;
    QPushButton* keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton* takeTheirs =
        buttons->addButton(tr("&Take Saved Version"), QDialogButtonBox::AcceptRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(content.intro, QStringLiteral("conflictIntro")));
    if (!content.keepMineRefused.isEmpty()) {
        layout->addWidget(
            plainLabel(content.keepMineRefused, QStringLiteral("conflictKeepMineRefused")));
        keepMine->setEnabled(false);
        takeTheirs->setDefault(true);
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

void EditConflictDialog::addRow(const ComparedField& row) {
    const int at = m_table->rowCount();
    m_table->insertRow(at);
    const bool differs = row.differs();
    // Table items show their text as it is, never as markup.
    const QStringList cells{row.field, row.mine, row.theirs, differs ? tr("differs") : QString()};
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (differs)
            item->setData(Qt::FontRole, DisplayText::emphasis());
        m_table->setItem(at, column, item);
    }
}

} // namespace debrief
