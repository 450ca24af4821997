#include "PipelineWorkflow.h"

#include "StageRules.h"

#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"
#include "storage/TransactionGuard.h"

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
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = storedApplication(applicationUuid);
    if (!stored)
        return stored.error();
    Application updated = change.appliedTo(*stored);
    const QList<AuditEntry> entries = differences(*stored, updated);
    if (entries.isEmpty())
        return stored;
    updated.updatedAt = now;
    if (auto written = ApplicationRepository(m_db).update(updated); !written)
        return written.error();
    if (auto audited = AuditRepository(m_db).insertChanges(entries, updated.uuid, actor, now);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return updated;
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

Status PipelineWorkflow::updateReference(const Reference& changed, const QString& actor,
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
    // The row id and application may have changed since an undo put the
    // reference back; the uuid names it.
    updated.id = stored->id;
    updated.applicationId = stored->applicationId;
    updated.rowVersion = stored->rowVersion;
    const QList<AuditEntry> entries = differences(*stored, updated);
    if (entries.isEmpty())
        return {};
    if (auto written = ReferenceRepository(m_db).update(updated); !written)
        return written;
    if (auto audited = AuditRepository(m_db).insertChanges(entries, updated.uuid, actor, now);
        !audited)
        return audited;
    return tx.commit();
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
