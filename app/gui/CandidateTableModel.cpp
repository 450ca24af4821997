#include "CandidateTableModel.h"

#include "DatabaseSession.h"
#include "DisplayText.h"

#include <QFont>
#include <QScopedValueRollback>

#include <limits>

namespace debrief {
namespace {

/// How far along the pipeline a stage is, for sorting: hired first (when
/// descending), then offer, final, …, and the closed-out stages last.
int pipelineRank(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Withdrawn:
        return 0;
    case PipelineStage::Rejected:
        return 1;
    case PipelineStage::Applied:
        return 2;
    case PipelineStage::Screen:
        return 3;
    case PipelineStage::Interview:
        return 4;
    case PipelineStage::Final:
        return 5;
    case PipelineStage::Offer:
        return 6;
    case PipelineStage::Hired:
        return 7;
    }
    return 0;
}

// sort() relies on the columns and the sort keys being listed in one order.
static_assert(static_cast<int>(PipelineSortKey::Name) == CandidateTableModel::Name);
static_assert(static_cast<int>(PipelineSortKey::Scorecards) == CandidateTableModel::Scorecards);

} // namespace

CandidateTableModel::CandidateTableModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PipelineRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole: {
        const QVariant tip = toolTip(row, column);
        return tip.isValid() ? QVariant(DisplayText::toolTip(tip.toString())) : tip;
    }
    case Qt::AccessibleTextRole: {
        const QVariant tip = toolTip(row, column);
        return tip.isValid() ? tip : display(row, column);
    }
    case Qt::ForegroundRole:
        if (column == AnswerDue && isOverdue(row))
            return DisplayText::overdueColour();
        return {};
    case Qt::FontRole:
        return DisplayText::emphasis(column == AnswerDue && isOverdue(row));
    case Qt::TextAlignmentRole:
        if (column == Scorecards || column == TalentPool)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(row, column);
    case SearchRole:
        return QString(row.candidateName % QLatin1Char(' ') % row.email);
    case ApplicationIdRole:
        return row.applicationId;
    case CandidateIdRole:
        return row.candidateId;
    case OverdueRole:
        return isOverdue(row);
    default:
        return {};
    }
}

QVariant CandidateTableModel::display(const PipelineRow& row, int column) const {
    switch (column) {
    case Name:
        return row.candidateName;
    case Stage:
        return toLabel(row.stage);
    case AppliedOn:
        return DisplayText::date(row.appliedOn);
    case PromisedDate:
        return DisplayText::date(row.promisedResponseDate);
    case AnswerDue: {
        const QString due =
            DisplayText::answerDue(row.promisedResponseDate, row.stage, m_session.today());
        if (!row.onHold)
            return due;
        // A runner-up waits on purpose; say so, and still show the promise.
        return due.isEmpty() ? tr("On hold") : tr("On hold · %1").arg(due);
    }
    case TalentPool:
        return row.talentPool ? QStringLiteral("★") : QString();
    case Scorecards:
        return row.interviewCount > 0 ? QString::number(row.submittedScorecardCount)
                                      : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant CandidateTableModel::sortKey(const PipelineRow& row, int column) const {
    switch (column) {
    case Name:
        return row.candidateName;
    case Stage:
        return pipelineRank(row.stage);
    case AppliedOn:
        return row.appliedOn;
    case PromisedDate:
        return row.promisedResponseDate;
    case AnswerDue: {
        // Most overdue first when sorted descending; nobody waiting sorts last.
        if (!row.promisedResponseDate.isValid() || isTerminal(row.stage))
            return std::numeric_limits<int>::min();
        return static_cast<int>(row.promisedResponseDate.daysTo(m_session.today()));
    }
    case TalentPool:
        return row.talentPool ? 1 : 0;
    case Scorecards:
        return row.submittedScorecardCount;
    default:
        return {};
    }
}

QVariant CandidateTableModel::toolTip(const PipelineRow& row, int column) const {
    switch (column) {
    case Name:
        return row.email.isEmpty() ? row.candidateName
                                   : QString(row.candidateName % QStringLiteral(" <") % row.email %
                                             QLatin1Char('>'));
    case TalentPool:
        return row.talentPool ? tr("In the talent pool: the panel would happily hire this "
                                   "person for another role")
                              : tr("Not in the talent pool");
    case Scorecards:
        return QString(tr("%n scorecard(s) submitted", "", row.submittedScorecardCount) %
                       QStringLiteral(" · ") % tr("%n interview(s)", "", row.interviewCount));
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TalentPool)
        return tr("Talent pool: the panel would happily hire this person for another role");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Stage:
        return tr("Stage");
    case AppliedOn:
        return tr("Applied");
    case PromisedDate:
        return tr("Promised");
    case AnswerDue:
        return tr("Waiting");
    case TalentPool:
        return tr("Pool", "talent pool, column header");
    case Scorecards:
        return tr("Scorecards");
    default:
        return {};
    }
}

Status CandidateTableModel::setOpening(RowId openingId) {
    m_openingId = openingId;
    return reload();
}

Status CandidateTableModel::reload() {
    // The first page is read inside the reset, so that views see one reset
    // with rows rather than a reset followed by an insertion.
    // Views (and Qt 6.4's model tester) may ask to fetch while handling the
    // reset or an insertion; such nested fetches are ignored until it is done.
    const QScopedValueRollback resetting(m_resetting, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    Status status = loadFirstPage();
    if (!status) {
        m_rows.clear();
        m_total = 0;
    }
    endResetModel();
    return status;
}

Status CandidateTableModel::loadFirstPage() {
    if (!m_session.isOpen() || m_openingId == kNoRow)
        return {};
    auto first = pipeline().firstPage(m_openingId, m_filter, kPageSize);
    if (!first)
        return first.error();
    m_rows = std::move(first->rows);
    m_total = first->matching;
    return {};
}

Status CandidateTableModel::setSearchText(const QString& text) {
    if (text.trimmed() == m_filter.search)
        return {};
    m_filter.search = text.trimmed();
    return reload();
}

Status CandidateTableModel::prepareSearch() {
    if (!m_session.isOpen() || m_openingId == kNoRow)
        return {};
    return pipeline().prepareSearch(m_openingId, m_filter);
}

Status CandidateTableModel::setStageFilter(std::optional<PipelineStage> stage) {
    if (stage == m_filter.stage)
        return {};
    m_filter.stage = stage;
    return reload();
}

void CandidateTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= kColumnCount)
        return;
    // The columns are listed in the same order as the sort keys.
    m_filter.sortKey = static_cast<PipelineSortKey>(column);
    m_filter.descending = order == Qt::DescendingOrder;
    notify(reload());
}

bool CandidateTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void CandidateTableModel::fetchMore(const QModelIndex& parent) {
    if (!m_resetting && canFetchMore(parent))
        notify(fetchPage());
}

PipelineQuery CandidateTableModel::pipeline() {
    return m_session.pipeline(&m_searchIndex);
}

void CandidateTableModel::notify(const Status& status) {
    if (!status)
        emit loadFailed(status.errorMessage());
}

Status CandidateTableModel::fetchPage() {
    const int offset = static_cast<int>(m_rows.size());
    auto page = pipeline().page(m_openingId, m_filter, offset, kPageSize);
    if (!page) {
        // Stop asking: a view would otherwise retry on every scroll.
        m_total = offset;
        return page.error();
    }
    if (page->isEmpty()) {
        m_total = offset; // rows went away since counting
        return {};
    }
    const QScopedValueRollback inserting(m_resetting, true);
    beginInsertRows({}, offset, offset + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    return {};
}

int CandidateTableModel::rowOfApplication(RowId applicationId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).applicationId == applicationId)
            return row;
    }
    return -1;
}

Status CandidateTableModel::refreshApplication(RowId applicationId) {
    const int row = rowOfApplication(applicationId);
    if (row < 0 || !m_session.isOpen())
        return {};
    auto fresh = m_session.pipeline().row(applicationId);
    if (!fresh)
        return fresh.error();
    if (!fresh->has_value()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        --m_total;
        endRemoveRows();
        return {};
    }
    m_rows[row] = **fresh;
    emit dataChanged(index(row, 0), index(row, kColumnCount - 1));
    return {};
}

bool CandidateTableModel::isOverdue(const PipelineRow& row) const {
    return row.isOverdue(m_session.today());
}

} // namespace debrief
