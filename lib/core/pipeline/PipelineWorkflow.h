#pragma once

#include "ApplicationChange.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Reference.h"
#include "storage/VersionedSave.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace debrief {

class Database;

/// The rules of editing a candidate's place in the pipeline: stage moves
/// (see StageRules), the promised answer date, notes and references. Every
/// write runs in one transaction together with its audit entries (who, when,
/// field, old and new value), as ScorecardWorkflow does for amendments.
/// Records are named by uuid, which stays the same when an undo takes a
/// record away and a redo puts it back under a new row id.
class DEBRIEF_CORE_EXPORT PipelineWorkflow {
    Q_DECLARE_TR_FUNCTIONS(PipelineWorkflow)

public:
    explicit PipelineWorkflow(Database& db)
        : m_db(db) {}

    /// The change that moves `application` to `stage`, advancing its
    /// furthest stage when the move goes forward.
    static ApplicationChange moveTo(const Application& application, PipelineStage stage);

    /// Applies `change` to the stored application as it is now and audits
    /// each changed field; returns the application as stored afterwards. For
    /// writers with no editor that read the row earlier (the CLI, a logged
    /// message, a one-click stage move): their change is decided on the row
    /// as stored, so there is no older reading to be stale against.
    Result<Application> change(const QUuid& applicationUuid, const ApplicationChange& change,
                               const QString& actor, const QDateTime& now);
    /// The user's edit in an editor that read the application at
    /// `readVersion`: refused as stale, with the row as stored now and
    /// nothing written, when anyone saved the application since. The fields
    /// the change does not name stay as stored. `stored` (optional) receives
    /// the application as written.
    VersionedSave<Application> change(const QUuid& applicationUuid, const ApplicationChange& change,
                                      int readVersion, const QString& actor, const QDateTime& now,
                                      Application* stored = nullptr);
    /// Undo or redo of one's own edit: writes `restored` on the version
    /// stored now, provided the fields it names still hold `expected` (what
    /// the edit being undone or redone left); otherwise stale, as someone
    /// else changed them meanwhile. Never refused for one's own writes,
    /// which move the version on.
    VersionedSave<Application> restore(const QUuid& applicationUuid,
                                       const ApplicationChange& expected,
                                       const ApplicationChange& restored, const QString& actor,
                                       const QDateTime& now);
    /// change() with moveTo() of the stored application.
    Result<Application> moveToStage(const QUuid& applicationUuid, PipelineStage stage,
                                    const QString& actor, const QDateTime& now);

    /// Stores a new reference for the application; keeps `reference.uuid`
    /// when set (a redo puts back the same reference). Needs a name.
    Result<Reference> addReference(const QUuid& applicationUuid, Reference reference,
                                   const QString& actor, const QDateTime& now);
    /// Replaces the stored reference with the same uuid by the user's
    /// edit, based on `changed.rowVersion` (the version the dialog read):
    /// refused as stale, with the reference as stored now and nothing
    /// written, when anyone saved it since. On success `changed` is the
    /// reference as stored (its new version).
    VersionedSave<Reference> updateReference(Reference& changed, const QString& actor,
                                             const QDateTime& now);
    /// Undo or redo of one's own edit: writes `restored`'s fields on the
    /// version stored now, provided the stored fields are still `expected`'s
    /// (what the edit being undone or redone left); otherwise stale.
    VersionedSave<Reference> restoreReference(const Reference& expected, Reference restored,
                                              const QString& actor, const QDateTime& now);
    Status removeReference(const QUuid& referenceUuid, const QString& actor, const QDateTime& now);

    /// What a reference needs before it can be stored (empty when nothing).
    static QStringList problems(const Reference& reference);
    /// Audit entries (entity "application") for the fields that differ.
    static QList<AuditEntry> differences(const Application& before, const Application& after);
    /// Audit entries (entity "reference") for the fields that differ.
    static QList<AuditEntry> differences(const Reference& before, const Reference& after);

private:
    Result<Application> storedApplication(const QUuid& uuid);
    Result<Reference> storedReference(const QUuid& uuid);
    /// The one path of every application change: refused as stale when
    /// `readVersion` is older than the stored row or the stored fields no
    /// longer hold `expected`; `written` receives the row as stored.
    VersionedSave<Application> apply(const QUuid& applicationUuid, const ApplicationChange& change,
                                     std::optional<int> readVersion,
                                     const ApplicationChange* expected, const QString& actor,
                                     const QDateTime& now, Application& written);
    /// updateReference() (no `expected`) or restoreReference().
    VersionedSave<Reference> saveReference(Reference& changed, const Reference* expected,
                                           const QString& actor, const QDateTime& now);
    /// Writes `changed` over `stored` with its audit entries, in the
    /// caller's transaction, on `changed.rowVersion`.
    VersionedSave<Reference> write(const Reference& stored, Reference& changed,
                                   const QString& actor, const QDateTime& now);

    Database& m_db;
};

} // namespace debrief
