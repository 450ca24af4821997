#pragma once

#include "Result.h"
#include "scheduling/MyInterviewsQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace debrief {

class DatabaseSession;

/// One panelist's "My interviews" as a table: the scorecards they owe
/// (overdue first) and the interviews to come, as MyInterviewsQuery lists
/// them. Status words and a ⚠ carry the overdue state, not colour alone.
class MyInterviewsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, State, Candidate, Opening, Round, Where, ColumnCount };
    enum Role {
        InterviewIdRole = Qt::UserRole + 1,
        ApplicationIdRole,
        OpeningIdRole,
    };

    explicit MyInterviewsModel(DatabaseSession& session, QObject* parent = nullptr);

    /// Reads `panelistId`'s list as it stands at `now`; on failure (or
    /// without a panelist) the model is left empty.
    Status reload(RowId panelistId, const QDateTime& now);
    const MyInterview& at(int row) const { return m_rows.at(row); }
    /// How many rows are of `kind`.
    int count(MyInterview::Kind kind) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const MyInterview& row, int column) const;
    QString toolTip(const MyInterview& row) const;

    DatabaseSession& m_session;
    QList<MyInterview> m_rows;
};

} // namespace debrief
