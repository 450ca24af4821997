#include "CommunicationLog.h"

#include "pipeline/PipelineWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

namespace debrief {
namespace {

const QString kEntity = QStringLiteral("communication");

/// Long enough for any real subject line, short enough that a pasted body
/// never ends up in the log.
constexpr qsizetype kMaxSubjectInSummary = 120;

QString subjectLine(const QString& subject) {
    QString line = subject.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > kMaxSubjectInSummary)
        line = line.left(kMaxSubjectInSummary - 1).trimmed() + QChar(0x2026);
    return line;
}

/// The promised date after an entry: its own promise wins, a final answer
/// clears the old one, anything else leaves it as it was.
QDate promiseAfter(const CommunicationEntry& entry, const QDate& before, FinalAnswer finalAnswer) {
    if (entry.nextPromisedDate.isValid())
        return entry.nextPromisedDate;
    return finalAnswer == FinalAnswer::Yes ? QDate() : before;
}

Status audit(Database& db, const QString& field, const CommunicationEntry& entry, bool added,
             const QString& actor, const QDateTime& now) {
    const QList<AuditEntry> entries{added ? AuditEntry::change(kEntity, field, {}, entry.summary)
                                          : AuditEntry::change(kEntity, field, entry.summary, {})};
    return AuditRepository(db).insertChanges(entries, entry.uuid, actor, now);
}

/// Moves the promised date through PipelineWorkflow, which audits it; its
/// transaction joins the caller's.
Status movePromise(Database& db, const Application& application, const QDate& date,
                   const QString& actor, const QDateTime& now) {
    ApplicationChange change;
    change.promisedResponseDate = date;
    auto changed = PipelineWorkflow(db).change(application.uuid, change, actor, now);
    if (!changed)
        return changed.error();
    return {};
}

} // namespace

QStringList CommunicationLog::problems(const CommunicationEntry& entry, FinalAnswer finalAnswer) {
    QStringList found;
    if (entry.applicationId == kNoRow)
        found.append(tr("Application: choose the application this message belongs to."));
    if (entry.summary.trimmed().isEmpty())
        found.append(tr("Summary: say in a few words what was said or sent."));
    if (finalAnswer == FinalAnswer::Yes && entry.direction != CommunicationDirection::Outbound)
        found.append(tr("Final answer: only a message from the panel to the candidate can be the "
                        "final answer."));
    if (finalAnswer == FinalAnswer::Yes && entry.nextPromisedDate.isValid())
        found.append(tr("Next promised date: a final answer promises no further answer; clear "
                        "the date or do not mark the message as the final answer."));
    return found;
}

QString CommunicationLog::findingsList(const QStringList& openFindings) {
    QStringList categories;
    for (const QString& name : openFindings) {
        if (!categories.contains(name))
            categories.append(name);
    }
    return tr("%n open tone finding(s): %1", "", int(openFindings.size()))
        .arg(categories.join(QStringLiteral(", ")));
}

QString CommunicationLog::findingsNote(const QStringList& openFindings) {
    if (openFindings.isEmpty())
        return {};
    return tr("Sent with %1.").arg(findingsList(openFindings));
}

QString CommunicationLog::outputSummary(OutputKind kind, const QString& subject,
                                        const QStringList& openFindings) {
    const QString line = subjectLine(subject);
    QString summary = line;
    switch (kind) {
    case OutputKind::Clipboard:
        summary = tr("Copied the message “%1” to the clipboard.").arg(line);
        break;
    case OutputKind::MailClient:
        summary = tr("Opened the message “%1” in the mail program.").arg(line);
        break;
    case OutputKind::EmlFile:
        summary = tr("Saved the message “%1” as an .eml file.").arg(line);
        break;
    }
    const QString note = findingsNote(openFindings);
    return note.isEmpty() ? summary : summary + QLatin1Char(' ') + note;
}

Result<LoggedCommunication> CommunicationLog::record(CommunicationEntry entry, const QString& actor,
                                                     const QDateTime& now,
                                                     FinalAnswer finalAnswer) {
    if (const QStringList found = problems(entry, finalAnswer); !found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto application = ApplicationRepository(m_db).get(entry.applicationId);
    if (!application)
        return application.error();
    entry.id = kNoRow;
    if (!entry.occurredAt.isValid())
        entry.occurredAt = now;
    if (entry.author.trimmed().isEmpty())
        entry.author = actor;
    if (auto stored = CommunicationRepository(m_db).insert(entry); !stored)
        return stored.error();
    if (auto audited = audit(m_db, QStringLiteral("added"), entry, true, actor, now); !audited)
        return audited.error();
    LoggedCommunication logged{entry, application->promisedResponseDate,
                               promiseAfter(entry, application->promisedResponseDate, finalAnswer)};
    if (logged.movedPromise()) {
        if (auto moved = movePromise(m_db, *application, logged.promisedAfter, actor, now); !moved)
            return moved.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return logged;
}

Result<LoggedCommunication> CommunicationLog::recordOutput(RowId applicationId, OutputKind kind,
                                                           const QString& subject,
                                                           const QString& actor,
                                                           const QDateTime& now,
                                                           const QStringList& openFindings) {
    CommunicationEntry entry;
    entry.applicationId = applicationId;
    entry.occurredAt = now;
    entry.channel = CommunicationChannel::Email;
    entry.direction = CommunicationDirection::Outbound;
    entry.summary = outputSummary(kind, subject, openFindings);
    return record(entry, actor, now, FinalAnswer::No);
}

Status CommunicationLog::undo(const LoggedCommunication& logged, const QString& actor,
                              const QDateTime& now) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    CommunicationRepository entries(m_db);
    auto found = entries.findByUuid(logged.entry.uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("The log entry %1 no longer exists.")
                         .arg(logged.entry.uuid.toString(QUuid::WithoutBraces))};
    const CommunicationEntry stored = **found;
    if (auto removed = entries.remove(stored.id); !removed)
        return removed;
    if (auto audited = audit(m_db, QStringLiteral("removed"), stored, false, actor, now); !audited)
        return audited;
    if (logged.movedPromise()) {
        auto application = ApplicationRepository(m_db).get(stored.applicationId);
        if (!application)
            return application.error();
        // A later change of the date wins over an undo of an older one.
        if (application->promisedResponseDate == logged.promisedAfter) {
            if (auto moved = movePromise(m_db, *application, logged.promisedBefore, actor, now);
                !moved)
                return moved;
        }
    }
    return tx.commit();
}

} // namespace debrief
