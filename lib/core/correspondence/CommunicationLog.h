#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/CommunicationEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;

/// Whether a logged message is the panel's final answer to the candidate
/// (it "closes the loop": nobody waits on the panel any more).
enum class FinalAnswer { No, Yes };

/// How a draft left Debrief; every output is logged, none of them means the
/// message was sent.
enum class OutputKind { Clipboard, MailClient, EmlFile };

/// What CommunicationLog::record() wrote: the stored entry and the
/// application's promised answer date before and after, so that an undo can
/// put both back exactly.
struct LoggedCommunication {
    CommunicationEntry entry;
    QDate promisedBefore;
    QDate promisedAfter;

    bool movedPromise() const { return promisedBefore != promisedAfter; }
};

/// The communication log of an application: every message and call, and
/// the promised answer date it moves. An entry and the date change are
/// written in one transaction and audited like every application change
/// (see PipelineWorkflow), so the log and the "Waiting on us" list never
/// disagree.
class DEBRIEF_CORE_EXPORT CommunicationLog {
    Q_DECLARE_TR_FUNCTIONS(CommunicationLog)

public:
    explicit CommunicationLog(Database& db)
        : m_db(db) {}

    /// Stores `entry` (keeping its uuid when set, so a redo puts back the
    /// same entry) and moves the application's promised answer date: to
    /// entry.nextPromisedDate when that is set; cleared when `finalAnswer`
    /// is Yes (outbound only, and then without a next date); otherwise left
    /// alone. An invalid occurredAt becomes `now`; an empty author `actor`.
    Result<LoggedCommunication> record(CommunicationEntry entry, const QString& actor,
                                       const QDateTime& now,
                                       FinalAnswer finalAnswer = FinalAnswer::No);
    /// Logs that a draft was copied, opened in the mail client or saved as a
    /// file, worded the same way everywhere. `subject` names the message;
    /// only its first line, shortened, is kept (never the body). Outputs do
    /// not move the promised date: producing a message is not sending it.
    /// `openFindings` (DraftToneCheck::categoryNames) are the tone findings
    /// the sender chose to send anyway; the entry says so (findingsNote).
    Result<LoggedCommunication> recordOutput(RowId applicationId, OutputKind kind,
                                             const QString& subject, const QString& actor,
                                             const QDateTime& now,
                                             const QStringList& openFindings = {});
    /// Takes back what record() did: removes the entry and, when the
    /// application still has the date record() set, restores the earlier one.
    Status undo(const LoggedCommunication& logged, const QString& actor, const QDateTime& now);

    /// The summary recordOutput() stores for `kind` and `subject`.
    static QString outputSummary(OutputKind kind, const QString& subject,
                                 const QStringList& openFindings = {});
    /// What a logged message says about the tone findings it went out with:
    /// "Sent with 2 open tone findings: Vague reason, Cold or form-letter."
    /// (each category once); empty without findings.
    static QString findingsNote(const QStringList& openFindings);
    /// "2 open tone findings: Vague reason, Cold or form-letter".
    static QString findingsList(const QStringList& openFindings);
    /// What `entry` lacks before it can be logged (empty when nothing).
    static QStringList problems(const CommunicationEntry& entry, FinalAnswer finalAnswer);

private:
    Database& m_db;
};

} // namespace debrief
