#include "ScoreLevelPicker.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>

namespace debrief {
namespace {

/// Width of the focus frame, inside the layout's margins so no cell covers it.
constexpr int kFocusFrame = 3;

} // namespace

ScoreLevelPicker::ScoreLevelPicker(const QStringList& levelTexts, const QString& noneText,
                                   QWidget* parent)
    : QFrame(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(kFocusFrame + 2, kFocusFrame + 2, kFocusFrame + 2, kFocusFrame + 2);
    layout->setSpacing(4);
    for (qsizetype i = 0; i < levelTexts.size(); ++i) {
        QLabel* cell = makeCell(levelTexts.at(i));
        m_levels.append(cell);
        layout->addWidget(cell, 0, static_cast<int>(i));
        layout->setColumnStretch(static_cast<int>(i), 1);
    }
    if (!noneText.isEmpty()) {
        m_none = makeCell(noneText);
        layout->addWidget(m_none, 0, static_cast<int>(levelTexts.size()));
    }
    refresh();
}

QLabel* ScoreLevelPicker::makeCell(const QString& text) {
    auto* cell = new QLabel(text);
    cell->setWordWrap(true);
    cell->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    cell->setMargin(6);
    cell->setTextFormat(Qt::RichText);
    cell->installEventFilter(this);
    cell->setAutoFillBackground(true);
    return cell;
}

void ScoreLevelPicker::setLevel(std::optional<int> level) {
    m_level = level;
    refresh();
}

void ScoreLevelPicker::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    refresh();
}

void ScoreLevelPicker::choose(std::optional<int> level) {
    if (m_readOnly || level == m_level)
        return;
    if (!level && !m_none)
        return;
    m_level = level;
    refresh();
    emit levelChosen(level);
}

void ScoreLevelPicker::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_0 <= levelCount()) {
        choose(key - Qt::Key_0);
    } else if (key == Qt::Key_0 || key == Qt::Key_N) {
        choose(std::nullopt);
    } else if (key == Qt::Key_Left && m_level && *m_level > 1) {
        choose(*m_level - 1);
    } else if (key == Qt::Key_Right && (!m_level || *m_level < levelCount())) {
        choose(m_level ? *m_level + 1 : 1);
    } else if (key == Qt::Key_Up || key == Qt::Key_Down) {
        emit moveRequested(key == Qt::Key_Up ? -1 : 1);
    } else {
        QFrame::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool ScoreLevelPicker::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease) {
        setFocus(Qt::MouseFocusReason);
        if (watched == m_none)
            choose(std::nullopt);
        const auto index = m_levels.indexOf(qobject_cast<QLabel*>(watched));
        if (index >= 0)
            choose(static_cast<int>(index) + 1);
    }
    return QFrame::eventFilter(watched, event);
}

void ScoreLevelPicker::focusInEvent(QFocusEvent* event) {
    QFrame::focusInEvent(event);
    refresh();
}

void ScoreLevelPicker::focusOutEvent(QFocusEvent* event) {
    QFrame::focusOutEvent(event);
    refresh();
}

void ScoreLevelPicker::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // Keyboard users must see where digits go: a thick frame around the
    // whole row, a change of shape and not of colour alone.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), kFocusFrame);
    painter.setPen(pen);
    const qreal inset = kFocusFrame / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 3, 3);
}

void ScoreLevelPicker::refresh() {
    // The focused picker stands out so keyboard users see where digits go.
    setBackgroundRole(hasFocus() ? QPalette::AlternateBase : QPalette::Window);
    update();
    for (qsizetype i = 0; i < m_levels.size(); ++i) {
        const bool selected = m_level == static_cast<int>(i) + 1;
        QLabel* cell = m_levels.at(i);
        cell->setBackgroundRole(selected ? QPalette::Highlight : QPalette::Base);
        cell->setForegroundRole(selected ? QPalette::HighlightedText : QPalette::Text);
        cell->setToolTip(m_readOnly ? tr("Locked: submitted") : QString());
    }
    if (m_none) {
        // "Not assessed" is also where every card starts, so it is marked
        // quietly: a strong highlight would read as a score someone gave.
        m_none->setBackgroundRole(!m_level ? QPalette::Midlight : QPalette::Base);
        m_none->setForegroundRole(QPalette::Text);
        m_none->setToolTip(m_readOnly ? tr("Locked: submitted") : QString());
    }
}

} // namespace debrief
