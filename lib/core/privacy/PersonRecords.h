#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

class Database;

/// How many records of each kind hold something about one person.
struct DEBRIEF_CORE_EXPORT PersonRecordCounts {
    Q_DECLARE_TR_FUNCTIONS(PersonRecordCounts)

public:
    int applications = 0;
    int interviews = 0;
    int scorecards = 0;
    int references = 0;
    int messages = 0;
    int drafts = 0;
    int auditEntries = 0;

    /// "1 application, 3 interviews, 5 scorecards and 12 messages": kinds
    /// with none are left out.
    QString toDisplayText() const;
    /// "applications=1 interviews=3 …", every kind: what the audit log keeps
    /// of an erasure (no words to translate, nothing personal).
    QString toRecordText() const;

    friend bool operator==(const PersonRecordCounts&, const PersonRecordCounts&) = default;
};

/// Every record Debrief holds about one candidate, by uuid: the candidate,
/// their applications to every opening, and what hangs off those
/// (interviews, scorecards, references, messages, rejection drafts), plus
/// the audit entries about any of them. The list anonymising, erasing and
/// exporting a person work from.
struct DEBRIEF_CORE_EXPORT PersonRecords {
    Q_DECLARE_TR_FUNCTIONS(PersonRecords)

public:
    RowId candidateId = kNoRow;
    QUuid candidateUuid;
    QString fullName;
    QString preferredName;
    /// When their personal text was removed; invalid while it is held.
    QDateTime anonymisedAt;
    QList<RowId> applicationIds;
    QList<QUuid> applications;
    QList<QUuid> interviews;
    QList<QUuid> scorecards;
    QList<QUuid> references;
    QList<QUuid> communications;
    QList<QUuid> drafts;
    int auditEntries = 0;

    /// An error names the candidate by id when there is none with it.
    static Result<PersonRecords> load(Database& db, RowId candidateId);

    /// The candidate's uuid and every record's, the keys of the audit log.
    QList<QUuid> recordUuids() const;
    PersonRecordCounts counts() const;
};

} // namespace debrief
