#include "OpeningListModel.h"

#include "CardDelegate.h"
#include "DatabaseSession.h"
#include "DisplayText.h"

namespace debrief {

OpeningListModel::OpeningListModel(DatabaseSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
}

int OpeningListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant OpeningListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpeningOverview& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.opening.title;
    case Qt::ToolTipRole:
        return DisplayText::toolTip(accessibleText(row));
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case OpeningIdRole:
        return row.opening.id;
    case TeamRole:
        return row.opening.team;
    case StatusRole:
        return toLabel(row.opening.status);
    case CandidateCountRole:
        return row.candidateCount;
    case FinalistCountRole:
        return row.finalistCount;
    case OverdueCountRole:
        return row.overdueCount;
    case SummaryRole:
        return summary(row);
    case CardDelegate::LinesRole:
        return QStringList{row.opening.team, summary(row)};
    case CardDelegate::BadgeRole:
        return row.overdueCount > 0 ? QStringLiteral("⚠ %1").arg(row.overdueCount) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> OpeningListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(OpeningIdRole, "openingId");
    names.insert(TitleRole, "title");
    names.insert(TeamRole, "team");
    names.insert(StatusRole, "status");
    names.insert(CandidateCountRole, "candidateCount");
    names.insert(FinalistCountRole, "finalistCount");
    names.insert(OverdueCountRole, "overdueCount");
    names.insert(SummaryRole, "summary");
    return names;
}

Status OpeningListModel::reload() {
    beginResetModel();
    m_rows.clear();
    Status status;
    if (m_session.isOpen()) {
        auto loaded = m_session.pipeline().openings(m_session.today());
        if (loaded)
            m_rows = std::move(loaded).value();
        else
            status = loaded.error();
    }
    endResetModel();
    return status;
}

Status OpeningListModel::refreshCounts() {
    if (!m_session.isOpen() || m_rows.isEmpty())
        return {};
    auto loaded = m_session.pipeline().openings(m_session.today());
    if (!loaded)
        return loaded.error();
    bool sameOpenings = loaded->size() == m_rows.size();
    for (int row = 0; sameOpenings && row < m_rows.size(); ++row)
        sameOpenings = loaded->at(row).opening == m_rows.at(row).opening;
    if (!sameOpenings)
        return reload();
    m_rows = std::move(loaded).value();
    emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    return {};
}

RowId OpeningListModel::openingId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).opening.id : kNoRow;
}

int OpeningListModel::rowOf(RowId openingId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).opening.id == openingId)
            return row;
    }
    return -1;
}

int OpeningListModel::debriefRow() const {
    int best = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const OpeningOverview& candidate = m_rows.at(row);
        if (candidate.opening.status != OpeningStatus::Open)
            continue;
        if (best < 0 || candidate.finalistCount > m_rows.at(best).finalistCount)
            best = row;
    }
    return best >= 0 ? best : (m_rows.isEmpty() ? -1 : 0);
}

int OpeningListModel::totalCandidates() const {
    int total = 0;
    for (const OpeningOverview& row : m_rows)
        total += row.candidateCount;
    return total;
}

int OpeningListModel::totalOverdue() const {
    int total = 0;
    for (const OpeningOverview& row : m_rows)
        total += row.overdueCount;
    return total;
}

QString OpeningListModel::summary(const OpeningOverview& overview) const {
    return toLabel(overview.opening.status) % QStringLiteral(" · ") %
           tr("%n candidate(s)", "", overview.candidateCount);
}

QString OpeningListModel::accessibleText(const OpeningOverview& overview) const {
    QString text = overview.opening.title;
    if (!overview.opening.team.isEmpty())
        text += QStringLiteral(", ") % overview.opening.team;
    text += QStringLiteral(", ") % summary(overview);
    if (overview.finalistCount > 0)
        text += QStringLiteral(", ") % tr("%n finalist(s)", "", overview.finalistCount);
    if (overview.overdueCount > 0) {
        text += QStringLiteral(", ") %
                tr("%n waiting past their promised date", "", overview.overdueCount);
    }
    return text;
}

} // namespace debrief
