#include "CandidateFilterModel.h"

#include "CandidateTableModel.h"

namespace debrief {

CandidateFilterModel::CandidateFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CandidateTableModel::SortRole);
    setSortLocaleAware(true);
    setFilterRole(CandidateTableModel::SearchRole);
    setFilterKeyColumn(CandidateTableModel::Name);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Furthest along first: the people a panel is deciding about lead.
    sort(CandidateTableModel::Stage, Qt::DescendingOrder);
}

void CandidateFilterModel::setSearchText(const QString& text) {
    setFilterFixedString(text.trimmed());
}

} // namespace debrief
