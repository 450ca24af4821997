#include "EmptyState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

EmptyState::EmptyState(const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(text))
    , m_buttons(new QHBoxLayout) {
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->addStretch(1);
    m_buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
}

void EmptyState::setText(const QString& text) {
    m_text->setText(text);
}

QString EmptyState::text() const {
    return m_text->text();
}

QPushButton* EmptyState::addButton(const QString& text, QAction* action) {
    auto* button = new QPushButton(text);
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, [action] {
        // Menus enable their actions as they are about to show; ask the
        // action's menu now, so the button follows the same rule.
        for (QObject* owner : action->associatedObjects()) {
            if (auto* menu = qobject_cast<QMenu*>(owner))
                emit menu->aboutToShow();
        }
        action->trigger();
    });
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

} // namespace debrief
