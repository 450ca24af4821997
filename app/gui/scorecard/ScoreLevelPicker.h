#pragma once

#include <QFrame>
#include <QList>
#include <QStringList>

#include <optional>

class QLabel;

namespace debrief {

/// A keyboard-first choice of one level on a scale, with every level's
/// anchor text readable at once and the chosen one highlighted. Digits pick a
/// level, 0 or N picks "not assessed" (when allowed), Up/Down ask the owner
/// to move to the neighbouring picker.
class ScoreLevelPicker : public QFrame {
    Q_OBJECT

public:
    /// `levelTexts[i]` describes level i + 1; `noneText` empty: a level is required.
    ScoreLevelPicker(const QStringList& levelTexts, const QString& noneText,
                     QWidget* parent = nullptr);

    std::optional<int> level() const { return m_level; }
    /// Shows `level` without emitting levelChosen().
    void setLevel(std::optional<int> level);
    void setReadOnly(bool readOnly);
    int levelCount() const { return static_cast<int>(m_levels.size()); }

signals:
    /// The user picked a level (std::nullopt: not assessed).
    void levelChosen(std::optional<int> level);
    /// The user asked for the previous (-1) or next (+1) picker.
    void moveRequested(int step);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* makeCell(const QString& text);
    void choose(std::optional<int> level);
    void refresh();

    QList<QLabel*> m_levels;
    QLabel* m_none = nullptr;
    std::optional<int> m_level;
    bool m_readOnly = false;
};

} // namespace debrief
