#include "PipelineWorkflow.h"

#include "StageRules.h"

#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"
#include "storage/TransactionGuard.h"
#include "storage/VersionedUpdate.h"

namespace debrief {
namespace {

const QString kApplicationEntity = QStringLiteral("application");
const QString kReferenceEntity = QStringLiteral("reference");

/// Dates in the audit log as ISO text, empty when unset, so the log reads
/// the same in every language.
QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString flagText(bool flag) {
    return flag ? QStringLiteral("true") : QStringLiteral("false");
}

/// Adds an entry for `field` when the two values differ.
void compare(QList<AuditEntry>& entries, const QString& entity, const QString& field,
             const QString& before, const QString& after) {
    if (before != after)
        entries.append(AuditEntry::change(entity, field, before, after));
}

/// Updates a versioned row and audits `entries`, in the caller's transaction.
template <typename Repository, typename T>
VersionedSave<T> updateAudited(Database& db, T& row, const QList<AuditEntry>& entries,
                               const QString& actor, const QDateTime& now) {
    if (auto saved = Repository(db).update(row); !saved)
        return saved;
    if (auto audited = AuditRepository(db).insertChanges(entries, row.uuid, actor, now); !audited)
        return audited;
    return {};
}

} // namespace

ApplicationChange PipelineWorkflow::moveTo(const Application& application, PipelineStage stage) {
    ApplicationChange change;
    change.stage = stage;
    change.furthestStage = StageRules::furthestAfterMove(application.furthestStage, stage);
    return change;
}

QList<AuditEntry> PipelineWorkflow::differences(const Application& before,
                                                const Application& after) {
    QList<AuditEntry> entries;
    const QString& e = kApplicationEntity;
    compare(entries, e, QStringLiteral("stage"), toKey(before.stage), toKey(after.stage));
    compare(entries, e, QStringLiteral("furthest_stage"), toKey(before.furthestStage),
            toKey(after.furthestStage));
    compare(entries, e, QStringLiteral("promised_response_date"),
            dateText(before.promisedResponseDate), dateText(after.promisedResponseDate));
    compare(entries, e, QStringLiteral("notes"), before.notes, after.notes);
    return entries;
}

QList<AuditEntry> PipelineWorkflow::differences(const Reference& before, const Reference& after) {
    QList<AuditEntry> entries;
    const QString& e = kReferenceEntity;
    compare(entries, e, QStringLiteral("name"), before.name, after.name);
    compare(entries, e, QStringLiteral("relation"), before.relation, after.relation);
    compare(entries, e, QStringLiteral("contact"), before.contact, after.contact);
    compare(entries, e, QStringLiteral("contacted_on"), dateText(before.contactedOn),
            dateText(after.contactedOn));
    compare(entries, e, QStringLiteral("summary"), before.summary, after.summary);
    compare(entries, e, QStringLiteral("concern"), flagText(before.concern),
            flagText(after.concern));
    return entries;
}

QStringList PipelineWorkflow::problems(const Reference& reference) {
    QStringList problems;
    if (reference.name.trimmed().isEmpty())
        problems.append(tr("Name: enter the referee's name."));
    return problems;
}

Result<Application> PipelineWorkflow::change(const QUuid& applicationUuid,
                                             const ApplicationChange& change, const QString& actor,
                                             const QDateTime& now) {
    Application written;
    if (auto saved = apply(applicationUuid, change, std::nullopt, nullptr, actor, now, written);
        !saved)
        return saved.error();
    return written;
}

VersionedSave<Application> PipelineWorkflow::change(const QUuid& applicationUuid,
                                                    const ApplicationChange& change,
                                                    int readVersion, const QString& actor,
                                                    const QDateTime& now, Application* stored) {
    Application written;
    auto saved = apply(applicationUuid, change, readVersion, nullptr, actor, now, written);
    if (saved && stored)
        *stored = written;
    return saved;
}

VersionedSave<Application> PipelineWorkflow::restore(const QUuid& applicationUuid,
                                                     const ApplicationChange& expected,
                                                     const ApplicationChange& restored,
                                                     const QString& actor, const QDateTime& now) {
    Application written;
    return apply(applicationUuid, restored, std::nullopt, &expected, actor, now, written);
}

VersionedSave<Application>
PipelineWorkflow::apply(const QUuid& applicationUuid, const ApplicationChange& change,
                        std::optional<int> readVersion, const ApplicationChange* expected,
                        const QString& actor, const QDateTime& now, Application& written) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stored = storedApplication(applicationUuid);
    if (!stored)
        return stored.error();
    if (expected && !expected->isNoOpOn(*stored)) {
        return VersionedSave<Application>::stale(
            *stored, sql::RowVersions::changedMeanwhile(tr("Application %1").arg(stored->id),
                                                        m_db.location()));
    }
    written = change.appliedTo(*stored);
    // On the version the editor read, when there was one, so the repository
    // refuses it (with the row as stored now) when anyone saved since.
    if (readVersion)
        written.rowVersion = *readVersion;
    const QList<AuditEntry> entries = differences(*stored, written);
    if (entries.isEmpty()) {
        written = *stored; // already so: nothing to write, nothing to refuse
        return {};
    }
    written.updatedAt = now;
    if (auto saved = updateAudited<ApplicationRepository>(m_db, written, entries, actor, now);
        !saved)
        return saved;
    return tx.commit();
}

Result<Application> PipelineWorkflow::moveToStage(const QUuid& applicationUuid, PipelineStage stage,
                                                  const QString& actor, const QDateTime& now) {
    auto stored = storedApplication(applicationUuid);
    if (!stored)
        return stored.error();
    return change(applicationUuid, moveTo(*stored, stage), actor, now);
}

Result<Reference> PipelineWorkflow::addReference(const QUuid& applicationUuid, Reference reference,
                                                 const QString& actor, const QDateTime& now) {
    if (const QStringList found = problems(reference); !found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto application = storedApplication(applicationUuid);
    if (!application)
        return application.error();
    reference.id = kNoRow;
    reference.applicationId = application->id;
    if (auto written = ReferenceRepository(m_db).insert(reference); !written)
        return written.error();
    const QList<AuditEntry> added{
        AuditEntry::change(kReferenceEntity, QStringLiteral("added"), {}, reference.name)};
    if (auto audited = AuditRepository(m_db).insertChanges(added, reference.uuid, actor, now);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return reference;
}

VersionedSave<Reference> PipelineWorkflow::write(const Reference& stored, Reference& changed,
                                                 const QString& actor, const QDateTime& now) {
    // The row id and application may have changed since an undo put the
    // reference back; the uuid names it.
    changed.id = stored.id;
    changed.applicationId = stored.applicationId;
    const QList<AuditEntry> entries = differences(stored, changed);
    if (entries.isEmpty()) {
        changed.rowVersion = stored.rowVersion;
        return {};
    }
    return updateAudited<ReferenceRepository>(m_db, changed, entries, actor, now);
}

VersionedSave<Reference> PipelineWorkflow::updateReference(Reference& changed, const QString& actor,
                                                           const QDateTime& now) {
    return saveReference(changed, nullptr, actor, now);
}

VersionedSave<Reference> PipelineWorkflow::restoreReference(const Reference& expected,
                                                            Reference restored,
                                                            const QString& actor,
                                                            const QDateTime& now) {
    return saveReference(restored, &expected, actor, now);
}

VersionedSave<Reference> PipelineWorkflow::saveReference(Reference& changed,
                                                         const Reference* expected,
                                                         const QString& actor,
                                                         const QDateTime& now) {
    if (const QStringList found = problems(changed); !found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stored = storedReference(changed.uuid);
    if (!stored)
        return stored.error();
    Reference updated = changed;
    if (expected) {
        if (!differences(*stored, *expected).isEmpty()) {
            return VersionedSave<Reference>::stale(
                *stored, sql::RowVersions::changedMeanwhile(tr("Reference %1").arg(stored->id),
                                                            m_db.location()));
        }
        updated.rowVersion = stored->rowVersion;
    }
    // Otherwise written with the version the dialog read: the repository
    // refuses it when anyone saved the reference since.
    if (auto written = write(*stored, updated, actor, now); !written)
        return written;
    if (auto committed = tx.commit(); !committed)
        return committed;
    changed = updated;
    return {};
}

Status PipelineWorkflow::removeReference(const QUuid& referenceUuid, const QString& actor,
                                         const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stored = storedReference(referenceUuid);
    if (!stored)
        return stored.error();
    if (auto removed = ReferenceRepository(m_db).remove(stored->id); !removed)
        return removed;
    const QList<AuditEntry> removedEntry{
        AuditEntry::change(kReferenceEntity, QStringLiteral("removed"), stored->name, {})};
    if (auto audited = AuditRepository(m_db).insertChanges(removedEntry, referenceUuid, actor, now);
        !audited)
        return audited;
    return tx.commit();
}

Result<Application> PipelineWorkflow::storedApplication(const QUuid& uuid) {
    auto found = ApplicationRepository(m_db).findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{
            tr("The application %1 no longer exists.").arg(uuid.toString(QUuid::WithoutBraces))};
    return **found;
}

Result<Reference> PipelineWorkflow::storedReference(const QUuid& uuid) {
    auto found = ReferenceRepository(m_db).findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{
            tr("The reference %1 no longer exists.").arg(uuid.toString(QUuid::WithoutBraces))};
    return **found;
}

} // namespace debrief
