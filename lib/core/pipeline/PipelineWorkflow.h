#pragma once

#include "ApplicationChange.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Reference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

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

    /// Applies `change` to the stored application and audits each changed
    /// field; returns the application as stored afterwards.
    Result<Application> change(const QUuid& applicationUuid, const ApplicationChange& change,
                               const QString& actor, const QDateTime& now);
    /// change() with moveTo() of the stored application.
    Result<Application> moveToStage(const QUuid& applicationUuid, PipelineStage stage,
                                    const QString& actor, const QDateTime& now);

    /// Stores a new reference for the application; keeps `reference.uuid`
    /// when set (a redo puts back the same reference). Needs a name.
    Result<Reference> addReference(const QUuid& applicationUuid, Reference reference,
                                   const QString& actor, const QDateTime& now);
    /// Replaces the stored reference with the same uuid.
    Status updateReference(const Reference& changed, const QString& actor, const QDateTime& now);
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

    Database& m_db;
};

} // namespace debrief
