#pragma once

#include "domain/Application.h"
#include "domain/Reference.h"
#include "pipeline/ApplicationChange.h"
#include "pipeline/CandidateIntake.h"

#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace debrief {

class DatabaseSession;

/// Turns the user's pipeline edits (stage, promised date, notes,
/// references, a new candidate) into undo commands on the window's undo
/// stack, and carries them out through lib/core's PipelineWorkflow and
/// CandidateIntake. After every change, whether done, undone or redone, it
/// says which application changed so the list row and the pane refresh.
class PipelineCommands : public QObject {
    Q_OBJECT

public:
    /// Who is editing, for the audit log.
    using Actor = std::function<QString()>;

    PipelineCommands(DatabaseSession& session, QUndoStack& stack, Actor actor,
                     QObject* parent = nullptr);

    // The user's edits of the application on display; each pushes one
    // command (none when nothing changes). An edit of an application that is
    // no longer stored (say another database was opened meanwhile) is dropped.
    void moveToStage(const Application& shown, PipelineStage stage);
    /// An invalid date removes the promise.
    void changePromisedDate(const Application& shown, const QDate& date);
    void changeNotes(const Application& shown, const QString& notes);
    void addReference(const Application& shown, Reference reference);
    void editReference(const Application& shown, const Reference& changed);
    void removeReference(const Application& shown, const Reference& reference);
    void addCandidate(RowId openingId, const NewCandidate& input);

    /// Keep Mine after an application's edit conflict: the user's change
    /// again, now on the version `theirs` (as stored) carries.
    void keepChange(const Application& theirs, const ApplicationChange& mine);
    /// Has the views read the application again (Take Saved Version).
    void showStored(const QUuid& applicationUuid);

    // What the commands call to do and undo; false (and errorOccurred, or a
    // conflict signal) when the database refused.
    /// The user's change, on the version the editor read.
    bool applyChange(const QUuid& applicationUuid, const ApplicationChange& change,
                     int readVersion);
    /// Undo or redo: `to` where the fields still hold `from`.
    bool restoreChange(const QUuid& applicationUuid, const ApplicationChange& from,
                       const ApplicationChange& to);
    /// Replaces `from` by `to`: adds when `from` is empty, removes when `to`
    /// is. `edit` says it is the user's edit (on the version `to` was read
    /// at), not an undo or redo (on the stored version, when it still
    /// holds `from`).
    bool applyReference(const QUuid& applicationUuid, const std::optional<Reference>& from,
                        const std::optional<Reference>& to, bool edit = false);
    std::optional<IntakeRecord> addIntake(RowId openingId, const NewCandidate& input);
    std::optional<IntakeRecord> restoreIntake(const IntakeRecord& record);
    bool takeBackIntake(const IntakeRecord& record);

signals:
    /// An application's stage, dates, notes or references changed.
    void applicationChanged(RowId applicationId);
    /// An application was added to (`added` its id) or removed from
    /// (`added` kNoRow) the opening.
    void applicationsChanged(RowId openingId, RowId added);
    void errorOccurred(const QString& message);
    /// The user's edit of an application was stored as `stored`: an editor
    /// that shows it bases its next edit on this version, even before the
    /// views read it again (they do not when another one is shown by then).
    void applicationStored(const Application& stored);
    /// The user's edit of an application was refused: `theirs` was saved
    /// since the editor read it. Nothing was written.
    void applicationConflict(const QUuid& applicationUuid, const ApplicationChange& mine,
                             const Application& theirs);
    /// The user's edit of a reference was refused: `theirs` was saved since
    /// the dialog read it. Nothing was written.
    void referenceConflict(const Reference& mine, const Reference& theirs);

private:
    /// The stored application and its candidate's name, for a command's
    /// "before" and its text.
    struct Subject {
        Application application;
        QString candidateName;
    };
    std::optional<Subject> load(const Application& shown);
    void pushChange(const Application& shown, int readVersion,
                    const std::function<ApplicationChange(const Application&)>& make,
                    const std::function<QString(const Subject&)>& text);
    void push(QUndoCommand* command);
    bool fail(const QString& message);
    RowId applicationIdOf(const QUuid& uuid);

    DatabaseSession& m_session;
    QUndoStack& m_stack;
    Actor m_actor;
    /// Depth of changes being carried out; a command pushed meanwhile (by a
    /// view refreshing itself) waits until they are done.
    int m_applying = 0;
};

} // namespace debrief
