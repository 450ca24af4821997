#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/Enums.h"
#include "domain/RejectionDraft.h"
#include "storage/VersionedSave.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace debrief {

class Database;
struct EmailMessage;

/// The rules of a rejection draft's life: saved and edited (audited),
/// held while its application is on hold, and marked as sent once, which
/// logs the message in the communication log, answers the candidate's
/// promised date and closes the application as rejected, all in one
/// transaction. An offer letter (a chosen candidate's, RejectionQueue::
/// isPendingOffer) is marked as sent the same way but leaves the
/// application at Offer. Every output and the sending can carry the tone
/// findings the sender chose to send anyway, logged with the message.
class DEBRIEF_CORE_EXPORT DraftWorkflow {
    Q_DECLARE_TR_FUNCTIONS(DraftWorkflow)

public:
    explicit DraftWorkflow(Database& db)
        : m_db(db) {}

    /// Stores a new draft, or the edited language, subject and body of a
    /// stored one, with audit entries; `draft` then is the row as stored. A
    /// sent draft never changes. An edit based on an older version than the
    /// stored one (`draft.rowVersion`, as the editor read it) is refused as
    /// stale with the stored row, unless it says what is stored already;
    /// nothing is written then.
    VersionedSave<RejectionDraft> save(RejectionDraft& draft, const QString& actor,
                                       const QDateTime& now);

    /// The application's newest draft; std::nullopt when it has none.
    Result<std::optional<RejectionDraft>> latest(RowId applicationId);

    /// The draft is not sent and its application is on hold.
    static bool isHeld(const RejectionDraft& draft, const Application& application);
    /// The same, reading the application; true when it cannot be read (a
    /// rejection that may be premature waits).
    bool isHeld(const RejectionDraft& draft);

    /// Marks the draft `seen` (its id and the version the sender saw) as
    /// sent by `channel`. Refused as stale, with the stored row, when the
    /// draft was saved elsewhere since (the sender must see what goes out);
    /// refused for a held draft unless `confirmHeld` (the sender saw the
    /// warning and sends anyway), and for a draft already sent. Logs an
    /// outbound entry that answers the promised date (noting `openFindings`,
    /// the tone findings sent anyway), moves the application to Rejected
    /// (not an offer letter) and releases any hold.
    VersionedSave<RejectionDraft> markSent(const RejectionDraft& seen, CommunicationChannel channel,
                                           bool confirmHeld, const QString& actor,
                                           const QDateTime& now,
                                           const QStringList& openFindings = {});

    /// Writes `message` (the e-mail of `draft`) to `path` as an owner-only
    /// .eml file and logs the output (with `openFindings`), all or nothing:
    /// when logging fails no file is left, when the file cannot be written
    /// nothing is logged.
    Status saveEml(const RejectionDraft& draft, const EmailMessage& message, const QString& path,
                   const QString& actor, const QDateTime& now,
                   const QStringList& openFindings = {});

    /// The communication-log summary markSent() writes.
    static QString sentSummary(const RejectionDraft& draft, bool offer = false,
                               const QStringList& openFindings = {});

    /// Whether the user's language, subject and body are those of `stored`.
    static bool sameContent(const RejectionDraft& mine, const RejectionDraft& stored);

private:
    Status closeApplication(const Application& before, const QString& actor, const QDateTime& now);

    Database& m_db;
};

} // namespace debrief
