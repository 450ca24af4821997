#pragma once

#include "Result.h"
#include "correspondence/WaitingOnUsQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace debrief {

class DatabaseSession;

/// The "Waiting on us" list as a table: every candidate past the date the
/// panel promised them an answer, oldest promise first, as WaitingOnUsQuery
/// returns them for the session's today.
class WaitingOnUsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Candidate, Opening, Stage, Promised, DaysOverdue, LastContact, ColumnCount };
    enum Role {
        ApplicationIdRole = Qt::UserRole + 1,
        OpeningIdRole,
    };

    explicit WaitingOnUsModel(DatabaseSession& session, QObject* parent = nullptr);

    /// Reads the list again; on failure the model is left empty.
    Status reload();
    const OverdueApplication& at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const OverdueApplication& row, int column) const;
    QString toolTip(const OverdueApplication& row) const;

    DatabaseSession& m_session;
    QList<OverdueApplication> m_rows;
};

} // namespace debrief
