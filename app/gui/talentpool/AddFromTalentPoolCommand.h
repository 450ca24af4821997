#pragma once

#include "correspondence/TalentPoolQuery.h"
#include "domain/Application.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace debrief {

class DatabaseSession;

/// "Add N candidates from the talent pool to “…”" on the window's undo
/// stack: one application per chosen person in the new opening (stage
/// Applied, a note saying where they came from), written in one
/// transaction. The uuids are fixed when the command is made, so undo
/// removes exactly these applications and redo puts the same ones back.
class AddFromTalentPoolCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddFromTalentPoolCommand)

public:
    struct Context {
        DatabaseSession* session = nullptr;
        /// Called after every change with the opening to show.
        std::function<void(RowId)> showOpening;
        std::function<void(const QString&)> report;
    };

    AddFromTalentPoolCommand(Context context, RowId openingId, const QString& openingTitle,
                             const QList<TalentPoolEntry>& chosen, const QDate& today);

    void undo() override;
    void redo() override;

    const QList<Application>& applications() const { return m_applications; }

private:
    Status insertAll();
    Status removeAll();

    Context m_context;
    RowId m_openingId;
    QList<Application> m_applications;
    bool m_tried = false;
};

} // namespace debrief
