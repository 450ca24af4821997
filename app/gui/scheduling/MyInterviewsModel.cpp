#include "MyInterviewsModel.h"

#include "DatabaseSession.h"
#include "DisplayText.h"

#include <QFont>

#include <algorithm>

namespace debrief {

MyInterviewsModel::MyInterviewsModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
}

Status MyInterviewsModel::reload(RowId panelistId, const QDateTime& now) {
    beginResetModel();
    m_rows.clear();
    Status status;
    if (m_session.isOpen() && panelistId != kNoRow) {
        auto rows = MyInterviewsQuery(m_session.database()).list(panelistId, now);
        if (rows)
            m_rows = std::move(rows).value();
        else
            status = rows.error();
    }
    endResetModel();
    return status;
}

int MyInterviewsModel::count(MyInterview::Kind kind) const {
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [kind](const MyInterview& r) { return r.kind == kind; }));
}

int MyInterviewsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MyInterviewsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MyInterviewsModel::display(const MyInterview& row, int column) const {
    switch (column) {
    case When:
        return row.start.isValid() ? DisplayText::dateTime(row.start) : tr("no time yet");
    case State: {
        QString status;
        switch (row.kind) {
        case MyInterview::Kind::OverdueScorecard:
            status = tr("⚠ Scorecard overdue");
            break;
        case MyInterview::Kind::OwedScorecard:
            status = tr("Scorecard to write");
            break;
        case MyInterview::Kind::Upcoming:
            status = tr("Upcoming");
            break;
        }
        return row.hasDraft ? tr("%1 (draft started)").arg(status) : status;
    }
    case Candidate:
        return row.candidateName;
    case Opening:
        return row.openingTitle;
    case Round:
        return row.roundName;
    case Where: {
        QStringList where;
        for (const QString& part : {row.location, row.videoLink}) {
            if (!part.trimmed().isEmpty())
                where.append(part);
        }
        return DisplayText::orDash(where.join(QStringLiteral(" · ")));
    }
    default:
        return {};
    }
}

QString MyInterviewsModel::toolTip(const MyInterview& row) const {
    if (!row.owesScorecard())
        return tr("%1 with %2 (%3). Press Enter to open your scorecard.")
            .arg(row.roundName, row.candidateName, row.openingTitle);
    return tr("Your scorecard for the %1 with %2 (%3) was due %4. Press Enter to write it.")
        .arg(row.roundName, row.candidateName, row.openingTitle,
             DisplayText::dateTime(row.scorecardDue));
}

QVariant MyInterviewsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MyInterview& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return DisplayText::toolTip(toolTip(row));
    case Qt::ForegroundRole:
        if (index.column() == State && row.kind == MyInterview::Kind::OverdueScorecard)
            return DisplayText::overdueColour();
        return {};
    case Qt::FontRole:
        return DisplayText::emphasis(index.column() == Candidate);
    case InterviewIdRole:
        return QVariant::fromValue(row.interviewId);
    case ApplicationIdRole:
        return QVariant::fromValue(row.applicationId);
    case OpeningIdRole:
        return QVariant::fromValue(row.openingId);
    default:
        return {};
    }
}

QVariant MyInterviewsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case State:
        return tr("Status");
    case Candidate:
        return tr("Candidate");
    case Opening:
        return tr("Opening");
    case Round:
        return tr("Round");
    case Where:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace debrief
