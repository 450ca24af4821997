#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Enums.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

class Database;

/// One candidate the panel promised an answer by a date that has passed.
struct OverdueApplication {
    RowId applicationId = kNoRow;
    QUuid applicationUuid;
    RowId candidateId = kNoRow;
    QString candidateName;
    RowId openingId = kNoRow;
    QString openingTitle;
    PipelineStage stage = PipelineStage::Applied;
    /// A runner-up kept waiting on purpose still waits for an answer.
    bool onHold = false;
    QDate promisedDate;
    qint64 daysOverdue = 0;
    /// The latest entry in the application's communication log (either
    /// direction, outputs included); invalid when there is none.
    QDateTime lastContact;
};

/// The "Waiting on us" list: every application whose promised answer date
/// is before `today` and that is not closed (hired, rejected, withdrawn),
/// across openings or in one, oldest promise first. One query, however
/// long the list.
class DEBRIEF_CORE_EXPORT WaitingOnUsQuery {
    Q_DECLARE_TR_FUNCTIONS(WaitingOnUsQuery)

public:
    explicit WaitingOnUsQuery(Database& db)
        : m_db(db) {}

    /// Oldest promise first, then by name. `openingId` kNoRow: every opening.
    Result<QList<OverdueApplication>> list(const QDate& today, RowId openingId = kNoRow);
    /// How many list() would return (the main window's badge).
    Result<int> count(const QDate& today, RowId openingId = kNoRow);

private:
    Database& m_db;
};

} // namespace debrief
