#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace debrief {

class Database;

/// What an anonymisation did.
struct AnonymisationResult {
    /// Candidates anonymised now (ones already anonymised are passed over).
    int candidates = 0;
    /// Audit entries about records that no longer exist whose text was cleared.
    int orphanEntries = 0;
    /// False when another connection kept part of the write-ahead log
    /// (FileScrub::incompleteNote says what that means).
    bool fileScrubbed = true;
};

/// Removes a candidate's personal text and keeps what the statistics need
/// (docs/PRIVACY.md has the table). Removed: name (a placeholder with the
/// row id takes its place), e-mail, phone, location, source, notes, the
/// applications' notes and hold reasons, interview places, video links and
/// cancellation reasons, scorecard evidence and key takeaways, referees'
/// names, contacts and summaries, message summaries, draft subjects and
/// bodies, their name in decision rationales, and every audit value that
/// is not a stage, date, flag, score or recommendation. Kept: every row,
/// uuid, stage, date, score, recommendation and decision role. They also
/// leave the talent pool: there is nobody left to contact.
class DEBRIEF_CORE_EXPORT Anonymiser {
    Q_DECLARE_TR_FUNCTIONS(Anonymiser)

public:
    explicit Anonymiser(Database& db)
        : m_db(db) {}

    /// "Anonymised candidate #38": stable for the row, unique in the file.
    static QString placeholderName(RowId candidateId);
    /// Whether an audit entry's values for `field` of an `entityType`
    /// record stay when the person is anonymised: stages, dates, flags,
    /// scores and recommendations do; free text does not.
    static bool keepsAuditValue(const QString& entityType, const QString& field);

    /// Anonymises the candidates in one transaction and then scrubs the file
    /// (FileScrub). `basis` says why, without personal data
    /// ("retention_period=12m"); it goes to the audit log with `actor`.
    /// Audit entries older than `orphansBefore` about records that no
    /// longer exist (a message or reference taken back with Undo) lose their
    /// text too: nothing ties them to a person any more (invalid: left).
    Result<AnonymisationResult> anonymise(const QList<RowId>& candidateIds, const QString& basis,
                                          const QString& actor, const QDateTime& now,
                                          const QDateTime& orphansBefore = {});
    /// Chooses whom inside the writing transaction, so that nobody whose
    /// record changed meanwhile (moved back into the process) is anonymised.
    using Selection = std::function<Result<QList<RowId>>()>;
    /// The same, for the candidates `whom` gives.
    Result<AnonymisationResult> anonymise(const Selection& whom, const QString& basis,
                                          const QString& actor, const QDateTime& now,
                                          const QDateTime& orphansBefore = {});

private:
    Result<AnonymisationResult> write(const QList<RowId>& candidateIds, const QString& basis,
                                      const QString& actor, const QDateTime& now,
                                      const QDateTime& orphansBefore);
    Status anonymiseOne(RowId candidateId, const QString& basis, const QString& actor,
                        const QDateTime& now, bool& done);
    Result<int> clearOrphanEntries(const QDateTime& before);

    Database& m_db;
};

} // namespace debrief
