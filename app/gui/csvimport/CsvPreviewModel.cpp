#include "CsvPreviewModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace debrief {

CsvPreviewModel::CsvPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void CsvPreviewModel::setPlan(const CandidateImportPlan& plan) {
    beginResetModel();
    m_rows = plan.rows;
    m_errors.clear();
    for (const CsvIssue& issue : plan.issues) {
        if (issue.isError() && issue.line > 0 && !m_errors.contains(issue.line))
            m_errors.insert(issue.line, issue.message);
    }
    endResetModel();
}

namespace {

/// The fields in column order: short values first, the free text last so
/// that it can take whatever width is left.
const QList<CandidateField>& fieldColumns() {
    static const QList<CandidateField> columns{
        CandidateField::FullName,  CandidateField::PreferredName, CandidateField::Email,
        CandidateField::Phone,     CandidateField::Location,      CandidateField::Source,
        CandidateField::AppliedOn, CandidateField::Notes};
    return columns;
}

} // namespace

CandidateField CsvPreviewModel::fieldOf(int column) {
    return fieldColumns().value(column - FirstField);
}

int CsvPreviewModel::rowOfLine(int line) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).line == line)
            return row;
    }
    return -1;
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstField + static_cast<int>(fieldColumns().size());
}

CsvPreviewModel::RowState CsvPreviewModel::stateOf(const CandidateImportRow& row) const {
    if (m_errors.contains(row.line))
        return RowState::Error;
    if (row.duplicate)
        return RowState::Duplicate;
    return row.existingCandidateId != kNoRow ? RowState::KnownCandidate : RowState::New;
}

QString CsvPreviewModel::statusText(const CandidateImportRow& row) const {
    switch (stateOf(row)) {
    case RowState::Error:
        return tr("Error");
    case RowState::Duplicate:
        return row.duplicateOfLine > 0 ? tr("Skipped: as line %1").arg(row.duplicateOfLine)
                                       : tr("Skipped: applied already");
    case RowState::KnownCandidate:
        return tr("Added (known person)");
    case RowState::New:
        return tr("Added");
    }
    return {};
}

QString CsvPreviewModel::value(const CandidateImportRow& row, CandidateField field) const {
    const Candidate& c = row.candidate;
    switch (field) {
    case CandidateField::FullName:
        return c.fullName;
    case CandidateField::PreferredName:
        return c.preferredName;
    case CandidateField::Email:
        return c.email;
    case CandidateField::Phone:
        return c.phone;
    case CandidateField::Location:
        return c.location;
    case CandidateField::Source:
        return c.source;
    case CandidateField::Notes:
        // One line per row in the table; the tooltip has the whole text.
        return c.notes.simplified();
    case CandidateField::AppliedOn:
        return QLocale().toString(row.appliedOn, QLocale::ShortFormat);
    }
    return {};
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateImportRow& row = m_rows.at(index.row());
    const int column = index.column();
    if (column == Status && role == kStateRole)
        return QVariant::fromValue(stateOf(row));
    if (column == Status && role == Qt::DecorationRole) {
        const RowState state = stateOf(row);
        if (state == RowState::Error)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (state == RowState::Duplicate)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (column == Line)
            return row.line;
        if (column == Status && role == Qt::ToolTipRole && m_errors.contains(row.line))
            return m_errors.value(row.line);
        if (column == Status)
            return statusText(row);
        if (role == Qt::ToolTipRole && fieldOf(column) == CandidateField::Notes)
            return row.candidate.notes;
        return value(row, fieldOf(column));
    }
    if (role == Qt::TextAlignmentRole && column == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Line)
        return tr("Line");
    if (section == Status)
        return tr("Status");
    if (section < columnCount())
        return CandidateColumnMapping::label(fieldOf(section));
    return {};
}

} // namespace debrief
