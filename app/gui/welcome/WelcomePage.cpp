#include "WelcomePage.h"

#include "CardDelegate.h"
#include "DisplayText.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace debrief {
namespace {

constexpr int kColumnWidth = 620;
constexpr int kPathRole = Qt::UserRole + 1;

QLabel* paragraph(const QString& text) {
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));

    auto* title = new QLabel(tr("Welcome to Debrief"));
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* about = paragraph(
        tr("Debrief helps an interview panel decide fairly and answer every candidate well. The "
           "panel fixes a scored rubric before the interviews, each panelist scores on their own "
           "and sees the others' scores only after submitting, the finalists are compared side "
           "by side, the decision is recorded with its reasons, and every other candidate gets "
           "a specific, honest answer on time."));
    m_state = paragraph(QString());
    m_state->setObjectName(QStringLiteral("welcomeState"));
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);

    m_choices = new QGridLayout;
    m_choices->setColumnStretch(1, 1);
    m_choices->setHorizontalSpacing(16);
    m_newOpening = addChoice(tr("&Set Up the First Opening…"),
                             tr("Title, panel, interview rounds and a rubric from a template."),
                             QStringLiteral("welcomeNewOpening"));
    connect(m_newOpening, &QPushButton::clicked, this, &WelcomePage::newOpeningRequested);
    QPushButton* newDatabase =
        addChoice(tr("&New Panel Database…"),
                  tr("A new file for one opening or a whole team; then its first opening."),
                  QStringLiteral("welcomeNewDatabase"));
    connect(newDatabase, &QPushButton::clicked, this, &WelcomePage::newDatabaseRequested);
    QPushButton* open =
        addChoice(tr("&Open Database…"), tr("A panel database you or a colleague keep elsewhere."),
                  QStringLiteral("welcomeOpen"));
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    QPushButton* demo = addChoice(
        tr("&Try the Demo"),
        tr("A sample database with openings in every state, finalists waiting for their "
           "debrief and a decided opening, to look around in. Your own data is not touched."),
        QStringLiteral("welcomeDemo"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("welcomeRecentList"));
    m_recent->setAccessibleName(tr("Recent databases"));
    m_recent->setItemDelegate(new CardDelegate(m_recent));
    m_recent->setToolTip(tr("Press Enter or double-click to open."));
    m_recent->setMaximumHeight(220);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(kPathRole).toString());
    });
    m_recentHeading = new QLabel(tr("&Recent databases"));
    QFont headingFont = m_recentHeading->font();
    headingFont.setBold(true);
    m_recentHeading->setFont(headingFont);
    m_recentHeading->setBuddy(m_recent);

    auto* column = new QWidget;
    column->setMaximumWidth(kColumnWidth);
    auto* layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addWidget(about);
    layout->addSpacing(12);
    layout->addWidget(m_state);
    layout->addLayout(m_choices);
    layout->addSpacing(12);
    layout->addWidget(m_recentHeading);
    layout->addWidget(m_recent);
    layout->addStretch(1);

    // Centred, and scrolling rather than growing the window on a small screen.
    auto* centre = new QWidget;
    auto* centreLayout = new QHBoxLayout(centre);
    centreLayout->addStretch(1);
    centreLayout->addWidget(column, 3);
    centreLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centre);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 24, 0, 0);
    outer->addWidget(scroll);
    setFocusProxy(m_newOpening);
}

QPushButton* WelcomePage::addChoice(const QString& text, const QString& explanation,
                                    const QString& objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAccessibleDescription(explanation);
    QLabel* label = paragraph(explanation);
    label->setForegroundRole(QPalette::PlaceholderText);
    const int row = m_choices->rowCount();
    m_choices->addWidget(button, row, 0);
    m_choices->addWidget(label, row, 1);
    return button;
}

void WelcomePage::display(const QString& openFile, const QStringList& recentFiles) {
    const bool isOpen = !openFile.isEmpty();
    m_state->setText(isOpen ? tr("%1 has no openings yet.").arg(QFileInfo(openFile).fileName())
                            : tr("No panel database is open."));
    m_state->setToolTip(DisplayText::toolTip(QDir::toNativeSeparators(openFile)));
    m_newOpening->setVisible(isOpen);
    // The explanation next to the button goes with it.
    if (QLayoutItem* item = m_choices->itemAtPosition(0, 1))
        item->widget()->setVisible(isOpen);
    setFocusProxy(isOpen ? m_newOpening
                         : findChild<QPushButton*>(QStringLiteral("welcomeNewDatabase")));

    m_recent->clear();
    const QString current = QFileInfo(openFile).absoluteFilePath();
    for (const QString& path : recentFiles) {
        if (isOpen && QFileInfo(path).absoluteFilePath() == current)
            continue;
        const QFileInfo info(path);
        const QString where = QDir::toNativeSeparators(info.absolutePath());
        CardDelegate::addCard(m_recent, info.fileName(),
                              {info.exists() ? where : tr("%1 (not found)").arg(where)});
        m_recent->item(m_recent->count() - 1)->setData(kPathRole, path);
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_recentHeading->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
}

} // namespace debrief
