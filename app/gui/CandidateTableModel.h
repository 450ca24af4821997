#pragma once

#include "Result.h"
#include "domain/RowId.h"
#include "storage/PipelineQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace debrief {

class DatabaseSession;

/// One opening's candidates as a table: name, stage, dates, whether the
/// panel owes them an answer, talent-pool mark and scorecards submitted.
class CandidateTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Stage, AppliedOn, PromisedDate, AnswerDue, TalentPool, Scorecards };
    Q_ENUM(Column)
    static constexpr int kColumnCount = Scorecards + 1;

    enum Role {
        /// A value that sorts the column sensibly (dates as dates, …).
        SortRole = Qt::UserRole + 1,
        /// Name and e-mail address, for the search field.
        SearchRole,
        ApplicationIdRole,
        CandidateIdRole,
        /// True on every column of a row whose answer is overdue.
        OverdueRole,
    };
    Q_ENUM(Role)

    explicit CandidateTableModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows this opening's candidates (kNoRow: none). On failure the table
    /// is left empty and the error says why.
    Status setOpening(RowId openingId);
    Status reload();
    RowId openingId() const { return m_openingId; }
    const PipelineRow& pipelineRow(int row) const { return m_rows.at(row); }

private:
    QVariant display(const PipelineRow& row, int column) const;
    QVariant sortKey(const PipelineRow& row, int column) const;
    QVariant toolTip(const PipelineRow& row, int column) const;
    bool isOverdue(const PipelineRow& row) const;

    DatabaseSession& m_session;
    RowId m_openingId = kNoRow;
    QList<PipelineRow> m_rows;
};

} // namespace debrief
