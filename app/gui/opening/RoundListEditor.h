#pragma once

#include "opening/OpeningSetup.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace debrief {

/// The interview rounds of an opening's set-up, in interview order: add one
/// by name, rename in place (F2), reorder, remove. Rounds that are already
/// stored cannot be removed here: that would drop which criteria they
/// assess, which undo could not bring back.
class RoundListEditor : public QWidget {
    Q_OBJECT

public:
    explicit RoundListEditor(QWidget* parent = nullptr);

    void setRounds(const QList<RoundSetup>& rounds);
    /// Replaces the rounds a previous rubric source suggested with `names`
    /// (suggested round i becomes sourceRound i); the panel's own rounds
    /// stay, after them.
    void setSuggestedRounds(const QStringList& names);
    QList<RoundSetup> rounds() const;

signals:
    void changed();

protected:
    /// Return in the name field adds the round instead of pressing OK.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRound();
    void removeRound();
    void moveRound(int delta);
    void updateButtons();
    void appendItem(const RoundSetup& round);

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace debrief
