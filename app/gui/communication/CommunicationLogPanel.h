#pragma once

#include "domain/CommunicationEntry.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace debrief {

/// The detail pane's Messages tab: the application's communication log,
/// newest first (date, channel, direction, summary, the answer date it
/// promised), and "Log a Message or Call…", which stays disabled until an
/// editor (CommunicationEditing) listens for logRequested().
class CommunicationLogPanel : public QWidget {
    Q_OBJECT

public:
    explicit CommunicationLogPanel(QWidget* parent = nullptr);

    /// Shows `entries` (oldest first, as stored) newest first.
    void display(const QList<CommunicationEntry>& entries);
    void setLoggingEnabled(bool enabled);
    QListWidget* list() const { return m_list; }

signals:
    void logRequested();

private:
    QListWidget* m_list = nullptr;
    QPushButton* m_log = nullptr;
};

} // namespace debrief
