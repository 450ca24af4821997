#pragma once

#include "Result.h"
#include "domain/RowId.h"
#include "storage/PipelineQuery.h"

#include <QAbstractListModel>
#include <QList>

namespace debrief {

class DatabaseSession;

/// The openings of the session's database, one row each, with the counts
/// the list shows beside a title (candidates, finalists, overdue answers).
class OpeningListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        OpeningIdRole = Qt::UserRole + 1,
        TitleRole,
        TeamRole,
        StatusRole,
        CandidateCountRole,
        FinalistCountRole,
        OverdueCountRole,
        /// A line under the title and team: "Open · 12 candidates".
        SummaryRole,
    };
    Q_ENUM(Role)

    explicit OpeningListModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the openings again; empty when no database is open. On failure
    /// the model is left empty and the error says why.
    Status reload();
    /// Reads the counts again after an edit and updates the rows in place,
    /// keeping the selection; reloads when the openings themselves changed.
    Status refreshCounts();

    RowId openingId(int row) const;
    /// The row of an opening, or -1.
    int rowOf(RowId openingId) const;
    /// The opening a debrief is most likely about: the open one with the most
    /// finalists (the first open one on a tie), else the first row; -1 if empty.
    int debriefRow() const;

    int totalCandidates() const;
    int totalOverdue() const;

private:
    QString summary(const OpeningOverview& overview) const;
    QString accessibleText(const OpeningOverview& overview) const;

    DatabaseSession& m_session;
    QList<OpeningOverview> m_rows;
};

} // namespace debrief
