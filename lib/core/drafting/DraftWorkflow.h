#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Enums.h"
#include "domain/RejectionDraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace debrief {

class Database;
struct EmailMessage;

/// An opening's rejection drafts, each application's newest one, by where
/// it stands.
struct DraftGroups {
    /// Not sent, and the application is on hold (a runner-up while the
    /// chosen candidate's offer is pending).
    QList<RejectionDraft> held;
    /// Not sent, and nothing holds it back.
    QList<RejectionDraft> ready;
    QList<RejectionDraft> sent;
};

/// The rules of a rejection draft's life: saved and edited (audited),
/// held while its application is on hold, and marked as sent once, which
/// logs the message in the communication log, answers the candidate's
/// promised date and closes the application as rejected, all in one
/// transaction.
class DEBRIEF_CORE_EXPORT DraftWorkflow {
    Q_DECLARE_TR_FUNCTIONS(DraftWorkflow)

public:
    explicit DraftWorkflow(Database& db)
        : m_db(db) {}

    /// Stores a new draft, or the edited subject and body of a stored one,
    /// with audit entries. A sent draft never changes.
    Result<RejectionDraft> save(RejectionDraft draft, const QString& actor, const QDateTime& now);

    /// The draft is not sent and its application is on hold.
    static bool isHeld(const RejectionDraft& draft, const Application& application);
    /// The same, reading the application; true when it cannot be read (a
    /// rejection that may be premature waits).
    bool isHeld(const RejectionDraft& draft);

    /// Marks the draft as sent by `channel`. Refused for a held draft unless
    /// `confirmHeld` (the sender saw the warning and sends anyway), and for a
    /// draft already sent. Logs an outbound entry that answers the promised
    /// date, moves the application to Rejected and releases any hold.
    Status markSent(RowId draftId, CommunicationChannel channel, bool confirmHeld,
                    const QString& actor, const QDateTime& now);

    /// Writes `message` (the e-mail of `draft`) to `path` as an owner-only
    /// .eml file and logs the output, all or nothing: when logging fails no
    /// file is left, when the file cannot be written nothing is logged.
    Status saveEml(const RejectionDraft& draft, const EmailMessage& message, const QString& path,
                   const QString& actor, const QDateTime& now);

    /// The newest draft of each application of the opening, grouped.
    Result<DraftGroups> draftsForOpening(RowId openingId);

    /// The communication-log summary markSent() writes.
    static QString sentSummary(const RejectionDraft& draft);

private:
    Status closeApplication(const Application& before, const QString& actor, const QDateTime& now);

    Database& m_db;
};

} // namespace debrief
