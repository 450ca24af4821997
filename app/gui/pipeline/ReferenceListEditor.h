#pragma once

#include "domain/Application.h"
#include "domain/Reference.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace debrief {

class PipelineCommands;

/// The References tab of the detail pane: one card per referee (relation,
/// when contacted, summary, a concern badge) and buttons to add, edit and
/// remove them, each an undo command. An edit refused because the reference
/// was saved elsewhere since the dialog opened shows the edit conflict
/// (ReferenceComparison). Without commands it only lists.
class ReferenceListEditor : public QWidget {
    Q_OBJECT

public:
    explicit ReferenceListEditor(QWidget* parent = nullptr);

    void setCommands(PipelineCommands* commands);
    void display(const Application& application, const QString& candidateName,
                 const QList<Reference>& references, const QDate& today);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addReference();
    void editReference();
    void removeReference();
    void openReferenceDialog(const Reference& reference);
    void resolveConflict(const Reference& mine, const Reference& theirs);
    void updateButtons();
    int currentRow() const;

    PipelineCommands* m_commands = nullptr;
    Application m_application;
    QString m_candidateName;
    QDate m_today;
    QList<Reference> m_references;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_conflictOpen = false;
};

} // namespace debrief
