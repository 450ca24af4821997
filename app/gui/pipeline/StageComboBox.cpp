#include "StageComboBox.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace debrief {

StageComboBox::StageComboBox(QWidget* parent)
    : QComboBox(parent) {
    // Without wheel focus a scroll over the pane never lands on the combo.
    setFocusPolicy(Qt::StrongFocus);
    for (const QString& key : allKeys<PipelineStage>()) {
        if (const auto value = fromKey<PipelineStage>(key))
            addItem(toLabel(*value), key);
    }
}

std::optional<PipelineStage> StageComboBox::stage() const {
    return fromKey<PipelineStage>(currentData().toString());
}

void StageComboBox::setStage(PipelineStage stage) {
    const int index = findData(toKey(stage));
    if (index >= 0)
        setCurrentIndex(index); // setCurrentIndex never emits activated()
}

void StageComboBox::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            showPopup();
            return;
        }
        break;
    default:
        // Typing a letter would jump to a matching stage; open the list
        // instead, where the same letter picks the item to confirm.
        if (!event->text().isEmpty() && event->text().at(0).isLetterOrNumber() &&
            !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            showPopup();
            return;
        }
        break;
    }
    QComboBox::keyPressEvent(event);
}

void StageComboBox::wheelEvent(QWheelEvent* event) {
    event->ignore();
}

} // namespace debrief
