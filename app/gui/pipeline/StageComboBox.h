#pragma once

#include "domain/Enums.h"

#include <QComboBox>

#include <optional>

namespace debrief {

/// A choice of pipeline stage that changes only by a deliberate pick from
/// its list. A plain combo box steps through its items on arrow keys and
/// the mouse wheel, and each step would be a stage move of its own: moving
/// from Interview to Rejected would pass Final and Offer and wrongly raise
/// the furthest stage reached. Here those keys open the list instead, and
/// the wheel is left to the scroll area around it.
class StageComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit StageComboBox(QWidget* parent = nullptr);

    std::optional<PipelineStage> stage() const;
    /// Shows `stage` without emitting activated().
    void setStage(PipelineStage stage);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace debrief
