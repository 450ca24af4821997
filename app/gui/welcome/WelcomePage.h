#pragma once

#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace debrief {

/// What the main window shows while no database is open or the open one
/// has no opening yet: a plain word on what Debrief does and the ways on,
/// all by keyboard: set up the first opening here, a new panel database,
/// open one, try the demo, or a recent database. It only says what was
/// chosen; the main window carries it out.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// Shows the page for `openFile` (empty: none is open) and the recent
    /// databases, newest first; the open one is left out of them.
    void display(const QString& openFile, const QStringList& recentFiles);

signals:
    void newOpeningRequested();
    void newDatabaseRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QPushButton* addChoice(const QString& text, const QString& explanation,
                           const QString& objectName);

    QLabel* m_state = nullptr;
    QPushButton* m_newOpening = nullptr;
    QLabel* m_recentHeading = nullptr;
    QListWidget* m_recent = nullptr;
    QGridLayout* m_choices = nullptr;
};

} // namespace debrief
