#include "DraftWorkflow.h"

#include "RejectionQueue.h"
#include "correspondence/CommunicationLog.h"
#include "correspondence/EmlWriter.h"
#include "interchange/PrivateFile.h"
#include "pipeline/PipelineWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/RejectionDraftRepository.h"
#include "storage/TransactionGuard.h"

#include <QFile>

namespace debrief {
namespace {

const QString kDraftEntity = QStringLiteral("rejection_draft");
const QString kApplicationEntity = QStringLiteral("application");

QString flagText(bool flag) {
    return flag ? QStringLiteral("true") : QStringLiteral("false");
}

QList<AuditEntry> edits(const RejectionDraft& before, const RejectionDraft& after) {
    QList<AuditEntry> entries;
    const auto add = [&](const QString& field, const QString& old, const QString& now) {
        if (old != now)
            entries.append(AuditEntry::change(kDraftEntity, field, old, now));
    };
    add(QStringLiteral("language"), before.language, after.language);
    add(QStringLiteral("subject"), before.subject, after.subject);
    add(QStringLiteral("body"), before.body, after.body);
    return entries;
}

} // namespace

QString DraftWorkflow::sentSummary(const RejectionDraft& draft, bool offer,
                                   const QStringList& openFindings) {
    const QString subject = draft.subject.simplified();
    const QString sent = offer ? tr("Sent the offer “%1”.").arg(subject)
                               : tr("Sent the rejection “%1”.").arg(subject);
    const QString note = CommunicationLog::findingsNote(openFindings);
    return note.isEmpty() ? sent : sent + QLatin1Char(' ') + note;
}

bool DraftWorkflow::sameContent(const RejectionDraft& mine, const RejectionDraft& stored) {
    return mine.language == stored.language && mine.subject == stored.subject &&
           mine.body == stored.body;
}

VersionedSave<RejectionDraft> DraftWorkflow::save(RejectionDraft& draft, const QString& actor,
                                                  const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    RejectionDraftRepository drafts(m_db);
    AuditRepository audit(m_db);
    if (draft.id == kNoRow) {
        if (draft.isSent())
            return Error{tr("A new draft cannot be stored as already sent; save it, then mark it "
                            "as sent.")};
        RejectionDraft created = draft;
        created.createdAt = now;
        created.updatedAt = now;
        if (Status stored = drafts.insert(created); !stored)
            return stored;
        const QList<AuditEntry> entries{
            AuditEntry::change(kDraftEntity, QStringLiteral("created"), {},
                               QStringLiteral("application %1, template %2, %3")
                                   .arg(created.applicationId)
                                   .arg(created.templateId)
                                   .arg(created.language))};
        if (auto audited = audit.insertChanges(entries, created.uuid, actor, now); !audited)
            return audited.error();
        if (Status committed = tx.commit(); !committed)
            return committed;
        draft = created;
        return {};
    }
    auto stored = drafts.get(draft.id);
    if (!stored)
        return stored.error();
    const bool unchanged = sameContent(draft, *stored);
    // An edit of an older version that says something else than the stored
    // one is the user's to choose; one that says the same has nothing to lose.
    if (stored->rowVersion != draft.rowVersion && !unchanged)
        return VersionedSave<RejectionDraft>::stale(*stored, drafts.changedMeanwhile(draft.id));
    if (unchanged) {
        // Nothing to store; committing keeps a caller's transaction alive.
        if (Status committed = tx.commit(); !committed)
            return committed;
        draft = *stored;
        return {};
    }
    if (stored->isSent())
        return Error{tr("Draft %1 was already sent on %2; a sent message cannot change.")
                         .arg(draft.id)
                         .arg(stored->sentAt.toString(Qt::ISODate))};
    RejectionDraft updated = *stored;
    updated.language = draft.language;
    updated.subject = draft.subject;
    updated.body = draft.body;
    updated.updatedAt = now;
    if (auto written = drafts.update(updated); !written)
        return written;
    if (auto audited = audit.insertChanges(edits(*stored, updated), updated.uuid, actor, now);
        !audited)
        return audited.error();
    if (Status committed = tx.commit(); !committed)
        return committed;
    draft = updated;
    return {};
}

Result<std::optional<RejectionDraft>> DraftWorkflow::latest(RowId applicationId) {
    return RejectionDraftRepository(m_db).latestForApplication(applicationId);
}

bool DraftWorkflow::isHeld(const RejectionDraft& draft, const Application& application) {
    return application.onHold && !draft.isSent();
}

bool DraftWorkflow::isHeld(const RejectionDraft& draft) {
    auto application = ApplicationRepository(m_db).get(draft.applicationId);
    return !application || isHeld(draft, *application);
}

VersionedSave<RejectionDraft> DraftWorkflow::markSent(const RejectionDraft& seen,
                                                      CommunicationChannel channel,
                                                      bool confirmHeld, const QString& actor,
                                                      const QDateTime& now,
                                                      const QStringList& openFindings) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const RowId draftId = seen.id;
    RejectionDraftRepository drafts(m_db);
    auto draft = drafts.get(draftId);
    if (!draft)
        return draft.error();
    // The sender must see what goes out: not a text saved elsewhere since.
    if (draft->rowVersion != seen.rowVersion)
        return VersionedSave<RejectionDraft>::stale(*draft, drafts.changedMeanwhile(draftId));
    if (draft->isSent())
        return Error{tr("Draft %1 was already sent on %2.")
                         .arg(draftId)
                         .arg(draft->sentAt.toString(Qt::ISODate))};
    auto application = ApplicationRepository(m_db).get(draft->applicationId);
    if (!application)
        return application.error();
    if (isHeld(*draft, *application) && !confirmHeld)
        return Error{tr("Draft %1 is held: application %2 is on hold (%3). Send it only once the "
                        "hold is released, or confirm that it should go out anyway.")
                         .arg(draftId)
                         .arg(application->id)
                         .arg(application->holdReason)};
    auto decision = DecisionRepository(m_db).forOpening(application->openingId);
    if (!decision)
        return decision.error();
    const bool offer = RejectionQueue::isPendingOffer(*application, *decision);

    const RejectionDraft before = *draft;
    draft->status = DraftStatus::Sent;
    draft->sentAt = now;
    draft->sentChannel = toKey(channel);
    draft->updatedAt = now;
    if (auto written = drafts.update(*draft); !written)
        return written;
    const QList<AuditEntry> sent{AuditEntry::change(kDraftEntity, QStringLiteral("status"),
                                                    toKey(before.status), toKey(draft->status))};
    if (Status audited = AuditRepository(m_db).insertChanges(sent, draft->uuid, actor, now);
        !audited)
        return audited;

    CommunicationEntry entry;
    entry.applicationId = application->id;
    entry.occurredAt = now;
    entry.channel = channel;
    entry.direction = CommunicationDirection::Outbound;
    entry.summary = sentSummary(*draft, offer, openFindings);
    if (auto logged = CommunicationLog(m_db).record(entry, actor, now, FinalAnswer::Yes); !logged)
        return logged.error();
    if (offer)
        return tx.commit();
    // The log may have cleared the promised date: close what is stored now.
    auto current = ApplicationRepository(m_db).get(application->id);
    if (!current)
        return current.error();
    if (Status closed = closeApplication(*current, actor, now); !closed)
        return closed;
    return tx.commit();
}

Status DraftWorkflow::closeApplication(const Application& before, const QString& actor,
                                       const QDateTime& now) {
    Application after = before;
    if (!isTerminal(before.stage))
        after = PipelineWorkflow::moveTo(before, PipelineStage::Rejected).appliedTo(before);
    after.onHold = false;
    after.holdReason.clear();
    QList<AuditEntry> entries = PipelineWorkflow::differences(before, after);
    const auto add = [&](const QString& field, const QString& old, const QString& value) {
        if (old != value)
            entries.append(AuditEntry::change(kApplicationEntity, field, old, value));
    };
    add(QStringLiteral("on_hold"), flagText(before.onHold), flagText(after.onHold));
    add(QStringLiteral("hold_reason"), before.holdReason, after.holdReason);
    if (entries.isEmpty())
        return {};
    after.updatedAt = now;
    if (auto written = ApplicationRepository(m_db).update(after); !written)
        return written;
    return AuditRepository(m_db).insertChanges(entries, after.uuid, actor, now);
}

Status DraftWorkflow::saveEml(const RejectionDraft& draft, const EmailMessage& message,
                              const QString& path, const QString& actor, const QDateTime& now,
                              const QStringList& openFindings) {
    if (const QStringList problems = EmlWriter::problems(message); !problems.isEmpty())
        return Error{problems.join(QLatin1Char(' '))};
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto logged = CommunicationLog(m_db).recordOutput(draft.applicationId, OutputKind::EmlFile,
                                                      draft.subject, actor, now, openFindings);
    if (!logged)
        return logged.error();
    if (Status written = PrivateFile::write(path, EmlWriter::write(message)); !written)
        return written;
    if (Status committed = tx.commit(); !committed) {
        QFile::remove(path);
        return committed;
    }
    return {};
}

} // namespace debrief
