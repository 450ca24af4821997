#pragma once

#include <QSortFilterProxyModel>

namespace debrief {

/// Sits between CandidateTableModel and the table view: sorts columns by
/// their sort keys (dates as dates, overdue by days) and filters rows by a
/// search text matched against name and e-mail address. Sorted by stage,
/// furthest along first, until the user picks another column.
class CandidateFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CandidateFilterModel(QObject* parent = nullptr);

    /// Case-insensitive; empty shows every row.
    void setSearchText(const QString& text);
};

} // namespace debrief
