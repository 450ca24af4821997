#include "WaitingOnUsModel.h"

#include "DatabaseSession.h"
#include "DisplayText.h"

#include <QFont>

namespace debrief {

WaitingOnUsModel::WaitingOnUsModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
}

Status WaitingOnUsModel::reload() {
    beginResetModel();
    m_rows.clear();
    Status status;
    if (m_session.isOpen()) {
        auto rows = WaitingOnUsQuery(m_session.database()).list(m_session.today());
        if (rows)
            m_rows = std::move(rows).value();
        else
            status = rows.error();
    }
    endResetModel();
    return status;
}

int WaitingOnUsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WaitingOnUsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString WaitingOnUsModel::display(const OverdueApplication& row, int column) const {
    switch (column) {
    case Candidate:
        return row.candidateName;
    case Opening:
        return row.openingTitle;
    case Stage:
        // A runner-up kept waiting on purpose still waits: say why.
        return row.onHold ? tr("%1 (on hold)").arg(toLabel(row.stage)) : toLabel(row.stage);
    case Promised:
        return DisplayText::date(row.promisedDate);
    case DaysOverdue:
        // Worded as in the candidate list: "⚠ 3 days overdue".
        return DisplayText::answerDue(row.promisedDate, row.stage, m_session.today());
    case LastContact:
        return row.lastContact.isValid() ? DisplayText::dateTime(row.lastContact) : tr("never");
    default:
        return {};
    }
}

QString WaitingOnUsModel::toolTip(const OverdueApplication& row) const {
    return tr("%1 (%2) was promised an answer by %3 and has waited %n day(s) since.", "",
              static_cast<int>(row.daysOverdue))
        .arg(row.candidateName, row.openingTitle, DisplayText::date(row.promisedDate));
}

QVariant WaitingOnUsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OverdueApplication& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return DisplayText::toolTip(toolTip(row));
    case Qt::ForegroundRole:
        if (index.column() == DaysOverdue)
            return DisplayText::overdueColour();
        return {};
    case Qt::FontRole:
        return DisplayText::emphasis(index.column() == Candidate);
    case ApplicationIdRole:
        return QVariant::fromValue(row.applicationId);
    case OpeningIdRole:
        return QVariant::fromValue(row.openingId);
    default:
        return {};
    }
}

QVariant WaitingOnUsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Candidate:
        return tr("Candidate");
    case Opening:
        return tr("Opening");
    case Stage:
        return tr("Stage");
    case Promised:
        return tr("Promised by");
    case DaysOverdue:
        return tr("Overdue");
    case LastContact:
        return tr("Last contact");
    default:
        return {};
    }
}

} // namespace debrief
