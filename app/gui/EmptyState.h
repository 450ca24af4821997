#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace debrief {

/// What an empty list shows in its place: a sentence saying why it is
/// empty and buttons for what to do next ("No candidates yet · Add
/// Candidate… · Import from CSV…"). The text is plain, never markup.
class EmptyState : public QWidget {
    Q_OBJECT

public:
    explicit EmptyState(const QString& text, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    /// A button labelled `text` (with its own mnemonic, as the list's
    /// window needs) that triggers the menu action `action`.
    QPushButton* addButton(const QString& text, QAction* action);

private:
    QLabel* m_text = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace debrief
