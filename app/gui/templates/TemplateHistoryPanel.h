#pragma once

#include "domain/MessageTemplate.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace debrief {

/// Every saved version of one template, newest first (version, when, who),
/// and "Restore as New Version" for an older one: restoring never rewrites
/// history, it saves the old text again as the newest version.
class TemplateHistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit TemplateHistoryPanel(QWidget* parent = nullptr);

    /// `versions` oldest first, as the repository returns them.
    void display(const QList<MessageTemplate>& versions);
    QTreeWidget* list() const { return m_list; }

signals:
    void restoreRequested(const MessageTemplate& version);

private:
    void updateButton();

    QList<MessageTemplate> m_versions;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace debrief
