#pragma once

#include <QToolButton>

namespace debrief {

/// The main window's "Waiting on us: 3" button in the status bar: a
/// coloured badge while anyone waits past a promised date, plain at zero.
/// Clicking it opens the "Waiting on us" list.
class WaitingOnUsBadge : public QToolButton {
    Q_OBJECT

public:
    explicit WaitingOnUsBadge(QWidget* parent = nullptr);

    void setCount(int count);
    int count() const { return m_count; }

private:
    int m_count = -1;
};

} // namespace debrief
